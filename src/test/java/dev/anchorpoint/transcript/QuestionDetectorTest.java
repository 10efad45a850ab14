package dev.anchorpoint.transcript;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionDetectorTest {
    private final QuestionDetector detector = QuestionDetector.get();

    static Stream<Arguments> labelled() throws IOException {
        return readLabelled().stream().map(l -> Arguments.of(l[0], l[1]));
    }

    static List<String[]> readLabelled() throws IOException {
        try (InputStream in = QuestionDetectorTest.class.getResourceAsStream("utterances.tsv")) {
            List<String[]> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split("\t", 2));
                }
            }
            return out;
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("labelled")
    void tellsQuestionsFromAnswers(String expected, String text) {
        assertThat(detector.isQuestion(text)).as(text).isEqualTo(expected.equals("q"));
    }

    @Test
    void questionMarkDecidesWhenPunctuated() {
        assertThat(detector.isQuestionSentence("The renewal went through?")).isTrue();
        assertThat(detector.isQuestionSentence("The renewal went through.")).isFalse();
    }

    @Test
    void longAnswerEndingInAQuestionStaysAnAnswer() {
        QuestionDetector.Analysis a = detector.analyse("I built a three year plan with the head of operations and"
                + " we ranked every project by value and risk, then we met every month to review it with the"
                + " finance team. What would you have done?");
        assertThat(a.endsInQuestion()).isTrue();
        assertThat(a.questionShare()).isLessThan(0.5);
        assertThat(a.isQuestion()).isFalse();
    }

    @Test
    void preambleThenQuestionInRunOnText() {
        QuestionDetector.Analysis a = detector.analyse("thanks that was helpful now tell me about a time you lost a deal");
        assertThat(a.endsInQuestion()).as(a.toString()).isTrue();
        assertThat(a.questionWords()).as(a.toString()).isEqualTo(9);
        assertThat(a.words()).isEqualTo(14);
    }

    @Test
    void blankTextIsNoQuestion() {
        assertThat(detector.isQuestion("")).isFalse();
        assertThat(detector.isQuestion("   ")).isFalse();
        assertThat(detector.isQuestion(null)).isFalse();
    }

    @Test
    void sharedModelsWorkFromManyThreads() throws Exception {
        List<String[]> cases = readLabelled();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (String[] c : cases) {
                    results.add(pool.submit(() -> detector.isQuestion(c[1]) == c[0].equals("q")));
                }
            }
            for (Future<Boolean> r : results) {
                assertThat(r.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
