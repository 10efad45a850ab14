package dev.anchorpoint.store;

import java.time.Instant;

/** The latest suggestion stored for one dimension; evidence as the scorecard JSON's evidence array. */
public record SuggestionRecord(String dimension, Integer score, double confidence, String anchor,
                               String evidenceJson, Instant updatedAt) {
}
