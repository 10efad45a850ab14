package dev.anchorpoint.rubric;

import java.util.Set;

/** A hiring rule evaluated on top of the weighted score, for the levels it names. */
public sealed interface Rule permits Rule.MinHighScores, Rule.NonNegotiable {
    String id();

    String description();

    /** Level ids the rule applies to. */
    Set<String> levels();

    default boolean appliesTo(String levelId) {
        return levels().contains(levelId);
    }

    /** At least {@code count} dimensions scored {@code minScore} or more (the seed's "two 4+ signals for Senior+"). */
    record MinHighScores(String id, String description, Set<String> levels, int minScore, int count) implements Rule {
    }

    /** A dimension that must reach {@code minScore} whatever the weighted average says. */
    record NonNegotiable(String id, String description, Set<String> levels, String dimension, int minScore)
            implements Rule {
    }
}
