package dev.anchorpoint.scoring;

import java.util.List;

/**
 * Suggested scores for one interview against one rubric and level.
 *
 * @param finalScore weighted average over the dimensions that have a score, or null when none has
 * @param missing    ids of the dimensions without enough evidence (left out of the final score)
 * @param meetsLevel true when the final score reaches the level's expectation and no rule fails
 */
public record Scorecard(String rubricId, String rubricVersion, String level, double expectedScore,
                        Double finalScore, List<DimensionScore> dimensions, List<String> missing,
                        List<RuleResult> rules, boolean meetsLevel) {
    public Scorecard {
        dimensions = List.copyOf(dimensions);
        missing = List.copyOf(missing);
        rules = List.copyOf(rules);
    }
}
