package dev.anchorpoint.scoring;

import dev.anchorpoint.tagging.Signal;

import java.util.List;

/**
 * The suggestion for one dimension.
 *
 * @param score      1-5, or null when there is not enough evidence
 * @param confidence in [0,1]; 0 when there is no score
 * @param anchor     the anchor text of the suggested score's band, or null
 * @param evidence   supporting signals, strongest first
 */
public record DimensionScore(String id, String name, double weight, Integer score, double confidence,
                             String anchor, List<Signal> evidence) {
    public DimensionScore {
        evidence = List.copyOf(evidence);
    }

    public boolean hasScore() {
        return score != null;
    }
}
