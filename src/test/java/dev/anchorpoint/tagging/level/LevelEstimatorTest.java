package dev.anchorpoint.tagging.level;

import dev.anchorpoint.tagging.analysis.AnalysisChain;
import dev.anchorpoint.tagging.match.Example;
import dev.anchorpoint.tagging.match.Prediction;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The stakeholder-ladder cues and how the estimator weighs neighbours, cues and anchor paraphrases. */
class LevelEstimatorTest {
    private static final AnalysisChain CHAIN = AnalysisChain.english();
    private final LevelCues levelCues = new LevelCues();

    private List<Cue> cues(String text) {
        return levelCues.cues(CHAIN.analyze(text));
    }

    private static List<String> kinds(List<Cue> cues) {
        return cues.stream().map(Cue::kind).toList();
    }

    @Test
    void thePrimaryContactIsTheLevelThreeRungUnlessExecutivesOrManyStakeholdersAreNamed() {
        assertThat(cues("i spoke to my main contact every week")).anyMatch(c -> c.rung() == 3 && c.narrows());
        assertThat(kinds(cues("my main contact was their cfo"))).doesNotContain("primary contacts only");
        assertThat(kinds(cues("beyond my main contact i knew several decision makers")))
                .doesNotContain("primary contacts only");
        // one rung at a time: a low-level contact is not also counted as the primary one
        assertThat(kinds(cues("my main contact was the procurement coordinator")))
                .contains("low-level contacts").doesNotContain("primary contacts only");
    }

    /** Neighbours: two level-4 examples of one dimension; ord 2 is that dimension's level-4 anchor. */
    private static final List<Example> EXAMPLES = List.of(
            new Example("rel", 4, "built trust with many decision makers", Example.Source.CORPUS),
            new Example("rel", 4, "knew everyone who signs off", Example.Source.CORPUS),
            new Example("rel", 4, "Builds trusted relationships across multiple decision-makers.", Example.Source.ANCHOR));

    private static Prediction nearAnchor(double anchorCosine) {
        return new Prediction("rel", 1, 1, Map.of("rel", 1.0), List.of(
                new Prediction.Neighbour(2, 1.0, anchorCosine),
                new Prediction.Neighbour(0, 0.95, 0.7),
                new Prediction.Neighbour(1, 0.9, 0.7)), false);
    }

    private final LevelEstimator estimator = new LevelEstimator(6, 0.1, 1.0,
            List.of(Set.of(), Set.of(), Set.of("many stakeholders")));

    @Test
    void aRungDrawsAHigherEstimateHalfwayDownToIt() {
        Cue primary = Cue.rung("primary contacts only: main contact", 3);
        assertThat(estimator.estimate("rel", nearAnchor(0.5), EXAMPLES, List.of()).raw()).isEqualTo(4.0);
        assertThat(estimator.estimate("rel", nearAnchor(0.5), EXAMPLES, List.of(primary)).raw()).isEqualTo(3.5);
    }

    @Test
    void aCloseParaphraseHoldsTheAnchorsBandUnlessItClaimsANarrowerScope() {
        Cue hedge = Cue.shift("hedging: i guess", -0.2);
        // close to the level-4 anchor: held at 4 despite the pull of a cue the anchor does not contradict...
        LevelEstimator.Estimate held = estimator.estimate("rel", nearAnchor(0.9), EXAMPLES,
                List.of(Cue.shift("numbers: 3", 0.1)));
        assertThat(held.raw()).isEqualTo(4.0);
        assertThat(held.reasons()).anyMatch(r -> r.startsWith("paraphrases the level-4 anchor"));
        // ...but a narrowing cue the anchor lacks breaks the paraphrase, and neighbours plus cues decide
        LevelEstimator.Estimate narrowed = estimator.estimate("rel", nearAnchor(0.9), EXAMPLES, List.of(hedge));
        assertThat(narrowed.raw()).isEqualTo(3.8, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(narrowed.reasons()).noneMatch(r -> r.contains("anchor"));
    }
}
