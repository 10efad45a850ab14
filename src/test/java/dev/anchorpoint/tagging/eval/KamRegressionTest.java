package dev.anchorpoint.tagging.eval;

import dev.anchorpoint.rubric.Rubric;
import dev.anchorpoint.rubric.RubricLoader;
import dev.anchorpoint.tagging.RubricTagger;
import dev.anchorpoint.tagging.Signal;
import dev.anchorpoint.transcript.Role;
import dev.anchorpoint.transcript.Utterance;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The held-out Key Account Manager set (written apart from the example corpus): macroF1 may not drop more than
 * 0.03 below the figure committed in kam-regression.expected, and interviewer lines never give signals.
 */
class KamRegressionTest {
    @Test
    void macroF1HoldsOnTheHeldOutSet() throws Exception {
        Rubric rubric = RubricLoader.load(RubricLoader.DEFAULT);
        Properties expected = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/tagging/kam-regression.expected")) {
            assertThat(in).as("src/test/resources/tagging/kam-regression.expected").isNotNull();
            expected.load(in);
        }
        double committed = Double.parseDouble(expected.getProperty("macroF1"));
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        EvaluationResult r = TaggerEvaluation.run(resource("/tagging/kam-regression.jsonl"), rubric,
                new PrintStream(report, true, StandardCharsets.UTF_8));
        String text = report.toString(StandardCharsets.UTF_8);
        assertThat(r.macroF1()).as(text).isGreaterThanOrEqualTo(committed - 0.03);
        assertThat(r.interviewerSignals()).as(text).isZero();
        assertThat(r.precision()).as(text).isGreaterThanOrEqualTo(0.85);
    }

    /**
     * Long answers: consecutive held-out lines on two different dimensions, joined as one two-sentence answer.
     * Every signal must name one of the two dimensions (precision over all signals, as for single lines), and
     * both found in most answers. Measured: 61 answers, 116 signals, precision 0.991, both found in 0.902 (one
     * signal per answer, as before sentence-level tagging, would find both in none).
     */
    @Test
    void anAnswerJoiningTwoDimensionsGivesBoth() throws Exception {
        Rubric rubric = RubricLoader.load(RubricLoader.DEFAULT);
        RubricTagger tagger = RubricTagger.create(rubric);
        List<LabelledLine> lines = TaggerEvaluation.read(resource("/tagging/kam-regression.jsonl"), rubric).stream()
                .filter(l -> l.isCandidate() && l.dimension() != null).toList();
        int answers = 0;
        int signals = 0;
        int right = 0;
        int bothFound = 0;
        for (int i = 0; i + 1 < lines.size(); i += 2) {
            LabelledLine a = lines.get(i);
            LabelledLine b = lines.get(i + 1);
            if (a.dimension().equals(b.dimension())) {
                continue;
            }
            answers++;
            List<Signal> found = tagger.tag(new Utterance("u", Role.CANDIDATE, null, a.text() + ". " + b.text() + ".",
                    0, 0, List.of()));
            Set<String> dims = new HashSet<>();
            for (Signal s : found) {
                signals++;
                if (s.dimension().equals(a.dimension()) || s.dimension().equals(b.dimension())) {
                    right++;
                    dims.add(s.dimension());
                }
            }
            if (dims.size() == 2) {
                bothFound++;
            }
        }
        String figures = String.format(Locale.ROOT, "answers=%d signals=%d precision=%.3f bothFound=%.3f", answers,
                signals, right / (double) signals, bothFound / (double) answers);
        System.out.println("joined answers: " + figures);
        assertThat(right / (double) signals).as(figures).isGreaterThanOrEqualTo(0.9);
        assertThat(bothFound / (double) answers).as(figures).isGreaterThanOrEqualTo(0.8);
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(KamRegressionTest.class.getResource(name).toURI());
    }
}
