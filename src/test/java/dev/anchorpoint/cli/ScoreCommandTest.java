package dev.anchorpoint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A transcript is scored exactly like audio, through the same pipeline, into the documented schema. */
class ScoreCommandTest {
    @TempDir
    Path dir;

    @Test
    void jsonFollowsTheVersionedSchema() throws Exception {
        Path out = dir.resolve("great.json");
        assertThat(Main.run("score", "sample-audio/kam-great.vtt", "--level", "senior", "--out", out.toString()))
                .isZero();
        JsonNode j = new ObjectMapper().readTree(out.toFile());
        assertThat(j.path("schemaVersion").asText()).isEqualTo("1.0");
        assertThat(j.path("rubric").path("id").asText()).isEqualTo("key-account-manager");
        assertThat(j.path("level").asText()).isEqualTo("senior");
        assertThat(j.path("finalScore").isNumber()).isTrue();
        assertThat(j.path("dimensions")).hasSize(7);
        assertThat(j.path("rules").size()).isGreaterThanOrEqualTo(1);
        assertThat(j.path("transcript").size()).isGreaterThan(10);
        int withEvidence = 0;
        for (JsonNode d : j.path("dimensions")) {
            assertThat(d.has("id") && d.has("score") && d.has("confidence") && d.has("evidence")).isTrue();
            for (JsonNode e : d.path("evidence")) {
                assertThat(e.path("text").asText()).isNotBlank();
                assertThat(e.path("endMs").asLong()).isGreaterThan(e.path("startMs").asLong());
                assertThat(e.path("level").asInt()).isBetween(1, 5);
                assertThat(e.path("anchor").asText()).isNotBlank();
                assertThat(e.path("speaker").asText()).isEqualTo("candidate");
            }
            if (!d.path("score").isNull()) {
                withEvidence++;
            }
        }
        assertThat(withEvidence).isGreaterThanOrEqualTo(5);
    }

    @Test
    void transcriptsOfTheThreeCandidatesRankGreatGoodNoFit() throws Exception {
        double great = finalScore("kam-great"), good = finalScore("kam-good"), nofit = finalScore("kam-nofit");
        assertThat(great).isGreaterThan(good);
        assertThat(good).isGreaterThan(nofit);
    }

    @Test
    void htmlReportQuotesEvidenceWithTimestamps() throws Exception {
        Path out = dir.resolve("good.html");
        assertThat(Main.run("score", "sample-audio/kam-good.vtt", "--format", "html", "--out", out.toString()))
                .isZero();
        String html = Files.readString(out);
        assertThat(html).contains("<!DOCTYPE html>", "Relationship Management", "weight 20%", "Meets:",
                "class=\"ts\"", "<blockquote>");
    }

    @Test
    void severalFilesGoToAnOutputFolderAndABadOneDoesNotStopTheOthers() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.wav"), "not audio at all, just text");
        int code = Main.run("score", "sample-audio/kam-good.vtt", bad.toString(), "sample-audio/kam-nofit.vtt",
                "--out-dir", dir.resolve("reports").toString());
        assertThat(code).isNotZero();
        assertThat(dir.resolve("reports/kam-good.json")).exists();
        assertThat(dir.resolve("reports/kam-nofit.json")).exists();
        assertThat(dir.resolve("reports/bad.json")).doesNotExist();
    }

    private double finalScore(String name) throws Exception {
        Path out = dir.resolve(name + ".json");
        assertThat(Main.run("score", "sample-audio/" + name + ".vtt", "--out", out.toString())).isZero();
        JsonNode fs = new ObjectMapper().readTree(out.toFile()).path("finalScore");
        return fs.isNull() ? 0 : fs.asDouble();
    }
}
