package dev.anchorpoint.tagging.eval;

import dev.anchorpoint.rubric.Rubric;
import dev.anchorpoint.rubric.RubricLoader;
import dev.anchorpoint.tagging.Evidence;
import dev.anchorpoint.tagging.Signal;
import dev.anchorpoint.tagging.Tagger;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The measure itself, pinned with a rule-of-thumb tagger whose answers are known in advance. */
class TaggerEvaluationTest {
    private final Rubric rubric = RubricLoader.load(RubricLoader.DEFAULT);

    /** Says "relationship_management" at level 3 for any line mentioning "client", regardless of speaker. */
    private final Tagger keyword = u -> u.text().contains("client")
            ? List.of(new Signal("relationship_management", 3, 0.9,
            new Evidence(u.id(), u.text(), 0, 0, u.speakerName()), "a", List.of()))
            : List.of();

    @Test
    void figuresAndLastLineFollowIssue3() {
        List<LabelledLine> lines = List.of(
                new LabelledLine("1", "client lunch every week", "candidate", "relationship_management", 3),
                new LabelledLine("2", "client roadmap changed", "candidate", "relationship_management", 5),
                new LabelledLine("3", "closed the renewal", "candidate", "sales_execution_negotiation", 3),
                new LabelledLine("4", "client plan", "candidate", "strategic_account_planning", 3),
                new LabelledLine("5", "the weather is nice", "candidate", null, null),
                new LabelledLine("6", "tell me about a client", "interviewer", null, null));
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        EvaluationResult r = new TaggerEvaluation(keyword, null).evaluate(lines, rubric,
                new PrintStream(buf, true, StandardCharsets.UTF_8));
        // suggestions on 1, 2, 4, 6: right on 1 and 2
        assertThat(r.precision()).isCloseTo(0.5, within(1e-9));
        // gold candidate dimensions 1-4: right on 1 and 2
        assertThat(r.coverage()).isCloseTo(0.5, within(1e-9));
        assertThat(r.interviewerSignals()).isEqualTo(1);
        assertThat(r.levelPairs()).isEqualTo(2);
        assertThat(r.levelMae()).isCloseTo(1.0, within(1e-9));
        // F1: RM p=2/4 r=1 -> 0.667; none p=1/2 r=1/2 -> 0.5; others 0: (0.6667+0.5)/8
        assertThat(r.macroF1()).isCloseTo((2.0 / 3 + 0.5) / 8, within(1e-9));
        String[] out = buf.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(out[out.length - 1]).isEqualTo(
                "macroF1=0.146 precision=0.500 coverage=0.500 levelMAE=1.00 qwk=0.000 interviewerSignals=1");
        assertThat(out[out.length - 1]).matches("macroF1=\\d\\.\\d{3} precision=\\d\\.\\d{3} coverage=\\d\\.\\d{3} "
                + "levelMAE=\\d+\\.\\d{2} qwk=-?\\d\\.\\d{3} interviewerSignals=\\d+");
    }

    @Test
    void candidateTextHookTransformsOnlyCandidateLines() {
        List<LabelledLine> lines = List.of(
                new LabelledLine("1", "lunch every week", "candidate", "relationship_management", 3),
                new LabelledLine("2", "tell me about a meal", "interviewer", null, null));
        EvaluationResult r = new TaggerEvaluation(keyword, t -> "client " + t).evaluate(lines, rubric,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(r.coverage()).isEqualTo(1.0);
        assertThat(r.interviewerSignals()).isZero();
    }

    @Test
    void quadraticWeightedKappa() {
        assertThat(TaggerEvaluation.quadraticWeightedKappa(List.of(new int[]{1, 1}, new int[]{3, 3},
                new int[]{5, 5}), 1, 5)).isEqualTo(1.0);
        // reversed ranking is worse than chance
        assertThat(TaggerEvaluation.quadraticWeightedKappa(List.of(new int[]{1, 5}, new int[]{3, 3},
                new int[]{5, 1}), 1, 5)).isLessThan(0);
    }
}
