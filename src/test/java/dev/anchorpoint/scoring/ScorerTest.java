package dev.anchorpoint.scoring;

import dev.anchorpoint.rubric.Rubric;
import dev.anchorpoint.rubric.RubricLoader;
import dev.anchorpoint.tagging.Evidence;
import dev.anchorpoint.tagging.Signal;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScorerTest {
    private final Rubric kam = RubricLoader.load("key-account-manager");
    private final Scorer scorer = new Scorer();

    private static Signal signal(String dim, int level, double conf) {
        return new Signal(dim, level, conf, new Evidence("u1", "text", 1000, 2000, "candidate"), "anchor", List.of());
    }

    @Test
    void finalScoreIsTheWeightedAverageOverScoredDimensionsOnly() {
        Scorecard card = scorer.score(kam, "mid", List.of(
                signal("strategic_account_planning", 5, 0.9),   // weight 18
                signal("relationship_management", 3, 0.9)));    // weight 20
        assertThat(card.finalScore()).isEqualTo(Math.round((18 * 5 + 20 * 3) / 38.0 * 100) / 100.0);
        assertThat(card.missing()).containsExactly("sales_execution_negotiation", "product_industry_knowledge",
                "cross_functional_collaboration", "customer_success_problem_solving", "communication_presentation");
        DimensionScore missing = card.dimensions().get(2);
        assertThat(missing.score()).isNull();
        assertThat(missing.evidence()).isEmpty();
    }

    @Test
    void noEvidenceMeansNoFinalScore() {
        Scorecard card = scorer.score(kam, "junior", List.of());
        assertThat(card.finalScore()).isNull();
        assertThat(card.meetsLevel()).isFalse();
    }

    @Test
    void evidenceIsOrderedByStrengthAndTheAnchorFollowsTheScore() {
        Scorecard card = scorer.score(kam, "mid", List.of(signal("sales_execution_negotiation", 4, 0.6),
                signal("sales_execution_negotiation", 5, 0.95)));
        DimensionScore d = card.dimensions().stream().filter(x -> x.id().equals("sales_execution_negotiation"))
                .findFirst().orElseThrow();
        assertThat(d.evidence()).extracting(Signal::confidence).containsExactly(0.95, 0.6);
        assertThat(d.score()).isEqualTo(5);
        assertThat(d.anchor()).isEqualTo("Negotiates multi-year, high-value deals with favorable commercial terms.");
    }

    @Test
    void seniorNeedsTwoDimensionsAtFourOrMore() {
        List<Signal> one = new ArrayList<>(List.of(signal("strategic_account_planning", 5, 0.9),
                signal("relationship_management", 3, 0.9), signal("sales_execution_negotiation", 3, 0.9),
                signal("product_industry_knowledge", 3, 0.9), signal("cross_functional_collaboration", 3, 0.9),
                signal("customer_success_problem_solving", 3, 0.9), signal("communication_presentation", 3, 0.9)));
        assertThat(status(scorer.score(kam, "senior", one), "senior_plus_two_high_signals"))
                .isEqualTo(RuleResult.Status.FAIL);
        assertThat(status(scorer.score(kam, "mid", one), "senior_plus_two_high_signals"))
                .isEqualTo(RuleResult.Status.NOT_APPLICABLE);
        one.add(signal("communication_presentation", 5, 0.99));
        one.add(signal("communication_presentation", 5, 0.99));
        assertThat(status(scorer.score(kam, "senior", one), "senior_plus_two_high_signals"))
                .isEqualTo(RuleResult.Status.PASS);
    }

    @Test
    void nonNegotiableFailsTheLevelWhateverTheAverage() {
        List<Signal> s = List.of(signal("strategic_account_planning", 5, 0.9), signal("relationship_management", 2, 0.9),
                signal("sales_execution_negotiation", 5, 0.9));
        Scorecard card = scorer.score(kam, "mid", s);
        assertThat(card.finalScore()).isGreaterThan(3.0);
        assertThat(status(card, "relationship_management_floor")).isEqualTo(RuleResult.Status.FAIL);
        assertThat(card.meetsLevel()).isFalse();
    }

    @Test
    void interviewerDecisionsReplaceSuggestions() {
        Scorecard card = scorer.score(kam, "mid", List.of(signal("relationship_management", 2, 0.9)),
                Map.of("relationship_management", 4));
        assertThat(card.dimensions().get(1).score()).isEqualTo(4);
        assertThat(status(card, "relationship_management_floor")).isEqualTo(RuleResult.Status.PASS);
    }

    @Test
    void unknownLevelIsAClearError() {
        assertThatThrownBy(() -> scorer.score(kam, "principal", List.of()))
                .hasMessageContaining("unknown level 'principal'").hasMessageContaining("junior");
    }

    private static RuleResult.Status status(Scorecard card, String rule) {
        return card.rules().stream().filter(r -> r.id().equals(rule)).findFirst().orElseThrow().status();
    }
}
