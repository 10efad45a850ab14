package dev.anchorpoint.asr;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * No Vosk model can be downloaded where these tests run, so they pin down what can be checked honestly: a bad model
 * path is refused before native code with a message naming the path and the fix, and libvosk itself loads.
 */
class VoskSpeechRecognizerTest {
    @TempDir
    Path tmp;

    @Test
    void missingDirectoryIsRefusedNamingThePathAndTheFix() {
        Path missing = tmp.resolve("no-such-model");
        assertThatThrownBy(() -> new VoskSpeechRecognizer(missing, "test"))
                .isInstanceOf(AsrException.class)
                .hasMessageContaining(missing.toAbsolutePath().toString())
                .hasMessageContaining("does not exist")
                .hasMessageContaining("scripts/fetch-vosk-model")
                .hasMessageContaining("--model PATH");
    }

    @Test
    void emptyDirectoryIsRefusedListingWhatIsMissing() {
        assertThatThrownBy(() -> new VoskSpeechRecognizer(tmp, "test"))
                .isInstanceOf(AsrException.class)
                .hasMessageContaining(tmp.toAbsolutePath().toString())
                .hasMessageContaining("am/final.mdl")
                .hasMessageContaining("graph/HCLG.fst")
                .hasMessageContaining("scripts/fetch-vosk-model");
    }

    @Test
    void directoryWithJunkIsRefused() throws Exception {
        Files.writeString(tmp.resolve("README"), "not a model");
        Files.createDirectories(tmp.resolve("am"));
        Files.writeString(tmp.resolve("am/final.mdl"), ""); // present but empty: still not a model
        assertThatThrownBy(() -> new VoskSpeechRecognizer(tmp, "test"))
                .isInstanceOf(AsrException.class)
                .hasMessageContaining("missing am/final.mdl")
                .hasMessageContaining("--model PATH");
        assertThat(VoskModelCheck.looksLikeModel(tmp)).isFalse();
    }

    @Test
    void aFileInsteadOfADirectoryIsRefused() throws Exception {
        Path file = Files.writeString(tmp.resolve("model.zip"), "PK");
        assertThatThrownBy(() -> VoskModelCheck.require(file))
                .isInstanceOf(AsrException.class)
                .hasMessageContaining("not a directory");
    }

    @Test
    void theLayoutOfTheSmallEnglishModelIsRecognised() throws Exception {
        // the file names of vosk-model-small-en-us-0.15 (contents are not checked here, native code reads them)
        for (String f : new String[] {"am/final.mdl", "conf/mfcc.conf", "conf/model.conf", "graph/HCLr.fst",
                "graph/Gr.fst", "ivector/final.ie"}) {
            Files.createDirectories(tmp.resolve(f).getParent());
            Files.writeString(tmp.resolve(f), "x");
        }
        assertThat(VoskModelCheck.looksLikeModel(tmp)).isTrue();
    }

    @Test
    void theNativeLibraryLoadsOnThisMachine() {
        assertThatCode(VoskSpeechRecognizer::loadNativeLibrary).doesNotThrowAnyException();
    }

    @Test
    void resultJsonBecomesASegmentWithWordTimesInMillisecondsAndUnknownWordsDropped() {
        String json = "{\"result\":[{\"conf\":0.9,\"end\":1.02,\"start\":0.6,\"word\":\"key\"},"
                + "{\"conf\":0.5,\"end\":1.2,\"start\":1.02,\"word\":\"[unk]\"},"
                + "{\"conf\":1.0,\"end\":1.5,\"start\":1.2,\"word\":\"accounts\"}],\"text\":\"key [unk] accounts\"}";
        RecognizedSegment s = VoskStream.toSegment(VoskStream.parse(json));
        assertThat(s.text()).isEqualTo("key accounts");
        assertThat(s.startMs()).isEqualTo(600);
        assertThat(s.endMs()).isEqualTo(1500);
        assertThat(s.words()).hasSize(2);
        assertThat(s.words().get(0).confidence()).isEqualTo(0.9);
        assertThat(VoskStream.toSegment(VoskStream.parse("{\"text\":\"\"}"))).isNull();
    }
}
