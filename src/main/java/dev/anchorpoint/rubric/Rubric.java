package dev.anchorpoint.rubric;

import java.util.List;
import java.util.Optional;

/** A scorecard: dimensions with anchors and weights, role levels, and rules. Loaded from YAML by {@link RubricLoader}. */
public record Rubric(String id, String name, String version, String source, List<LevelSpec> levels,
                     List<Dimension> dimensions, List<Rule> rules) {
    public Rubric {
        levels = List.copyOf(levels);
        dimensions = List.copyOf(dimensions);
        rules = List.copyOf(rules);
    }

    public Optional<Dimension> dimension(String dimensionId) {
        return dimensions.stream().filter(d -> d.id().equals(dimensionId)).findFirst();
    }

    public Optional<LevelSpec> level(String levelId) {
        return levels.stream().filter(l -> l.id().equalsIgnoreCase(levelId)).findFirst();
    }

    /** The level, or an error that lists the levels this rubric has. */
    public LevelSpec requireLevel(String levelId) {
        return level(levelId).orElseThrow(() -> new IllegalArgumentException("unknown level '" + levelId
                + "' for rubric " + id + " (use one of " + levels.stream().map(LevelSpec::id).toList() + ")"));
    }
}
