package dev.anchorpoint.rubric;

/** The anchored behaviour for a band of levels, e.g. levels 1-2 or level 4. */
public record Anchor(int fromLevel, int toLevel, String text) {
    public boolean covers(int level) {
        return level >= fromLevel && level <= toLevel;
    }

    /** "1-2" or "4". */
    public String band() {
        return fromLevel == toLevel ? Integer.toString(fromLevel) : fromLevel + "-" + toLevel;
    }
}
