package dev.anchorpoint.transcript;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class MonoRoleAssignerTest {
    private final MonoRoleAssigner assigner = new MonoRoleAssigner();

    @Test
    void backchannelsAreTheInterviewer() {
        assertThat(assigner.apply("okay")).isEqualTo(Role.INTERVIEWER);
        assertThat(assigner.apply("great thanks")).isEqualTo(Role.INTERVIEWER);
        assertThat(assigner.apply("thank you that's very helpful")).isEqualTo(Role.INTERVIEWER);
        assertThat(assigner.apply("Okay, great.")).isEqualTo(Role.INTERVIEWER);
        assertThat(assigner.isBackchannel("okay so we built a plan")).isFalse();
        assertThat(assigner.isBackchannel("yes")).isFalse();
    }

    @Test
    void shortAnswersAreTheCandidate() {
        assertThat(assigner.apply("yes")).isEqualTo(Role.CANDIDATE);
        assertThat(assigner.apply("yeah mostly the buyer")).isEqualTo(Role.CANDIDATE);
        assertThat(assigner.apply("no not really")).isEqualTo(Role.CANDIDATE);
    }

    @Test
    void blankIsUnknown() {
        assertThat(assigner.apply(" ")).isEqualTo(Role.UNKNOWN);
        assertThat(assigner.apply(null)).isEqualTo(Role.UNKNOWN);
    }

    /** The sample interviews as a recognizer would write them: lowercase, no punctuation. */
    @ParameterizedTest
    @ValueSource(strings = {"kam-great", "kam-good", "kam-nofit"})
    void sampleInterviewsAsRecognizerText(String name) throws IOException {
        int turns = 0;
        for (String line : Files.readAllLines(Path.of("sample-audio", name + ".txt"))) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split(":", 2);
            Role expected = Role.parse(parts[0]);
            String asr = parts[1].toLowerCase(Locale.ROOT).replaceAll("[^a-z' ]", " ").replaceAll("\\s+", " ").strip();
            assertThat(assigner.apply(asr)).as(asr).isEqualTo(expected);
            turns++;
        }
        assertThat(turns).isEqualTo(15);
    }
}
