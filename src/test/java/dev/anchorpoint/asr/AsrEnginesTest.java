package dev.anchorpoint.asr;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AsrEnginesTest {
    @TempDir
    Path models;

    @Test
    void autoFallsBackToSphinxWithoutAVoskModelAndSaysWhy() {
        AsrEngines.Choice c = AsrEngines.choose("auto", null, "live", models);
        assertThat(c.engine()).isEqualTo("sphinx");
        assertThat(c.profile()).isEqualTo("live");
        assertThat(c.description()).contains("sphinx", "live", "no Vosk model", "fetch-vosk-model");
    }

    @Test
    void autoPicksTheFirstVoskLookingDirectoryUnderModels() throws Exception {
        Files.createDirectories(models.resolve("aaa-junk"));
        Path model = models.resolve("vosk-model-small-en-us-0.15");
        for (String f : new String[] {"am/final.mdl", "conf/mfcc.conf", "graph/HCLG.fst"}) {
            Files.createDirectories(model.resolve(f).getParent());
            Files.writeString(model.resolve(f), "x");
        }
        AsrEngines.Choice c = AsrEngines.choose("AUTO", null, "batch", models);
        assertThat(c.engine()).isEqualTo("vosk");
        assertThat(c.model()).isEqualTo(model);
        assertThat(c.description()).contains("vosk", model.getFileName().toString(), "found under models/");
    }

    @Test
    void autoWithABrokenModelPathFailsInsteadOfSilentlyFallingBack() {
        assertThatThrownBy(() -> AsrEngines.choose("auto", models.resolve("nope"), "live", models))
                .isInstanceOf(AsrException.class).hasMessageContaining("nope").hasMessageContaining("fetch-vosk-model");
    }

    @Test
    void voskWithoutAnyModelSaysWhereItLookedAndTheFix() {
        assertThatThrownBy(() -> AsrEngines.choose("vosk", null, "live", models))
                .isInstanceOf(AsrException.class)
                .hasMessageContaining(models.toAbsolutePath().toString())
                .hasMessageContaining("scripts/fetch-vosk-model");
    }

    @Test
    void unknownNamesAreRefusedWithTheChoices() {
        assertThatThrownBy(() -> AsrEngines.create("whisper", null, "live"))
                .isInstanceOf(AsrException.class).hasMessageContaining("'whisper'").hasMessageContaining("auto, vosk or sphinx");
        assertThatThrownBy(() -> AsrEngines.create("sphinx", null, "fast"))
                .isInstanceOf(AsrException.class).hasMessageContaining("'fast'").hasMessageContaining("live or batch");
        assertThatThrownBy(() -> AsrEngines.create("sphinx", models, "live"))
                .isInstanceOf(AsrException.class).hasMessageContaining("--engine vosk");
    }

    @Test
    void bothSphinxProfilesShipAConfig() {
        for (String p : new String[] {"live", "batch"}) {
            assertThat(AsrEngines.class.getResource("/asr/sphinx-" + p + ".config.xml")).as(p).isNotNull();
        }
    }
}
