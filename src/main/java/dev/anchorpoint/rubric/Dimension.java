package dev.anchorpoint.rubric;

import java.util.List;

/** One scored competency with its weight (percent) and its anchors, lowest band first. */
public record Dimension(String id, String name, double weight, List<Anchor> anchors) {
    public Dimension {
        anchors = List.copyOf(anchors);
    }

    public Anchor anchorFor(int level) {
        return anchors.stream().filter(a -> a.covers(level)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(id + " has no anchor for level " + level));
    }
}
