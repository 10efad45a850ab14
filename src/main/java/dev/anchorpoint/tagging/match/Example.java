package dev.anchorpoint.tagging.match;

/**
 * A labelled phrasing the matcher compares utterances with: a rubric anchor, or a line of the rubric's example
 * corpus. {@code dimension} is null for off-topic lines (the "none" class).
 *
 * @param level the level it shows; anchors of a band (1-2) carry its middle (1.5)
 */
public record Example(String dimension, double level, String text, Source source) {
    public enum Source { ANCHOR, CORPUS }

    public boolean isNone() {
        return dimension == null;
    }

    public String label() {
        return dimension == null ? NONE : dimension;
    }

    public static final String NONE = "none";
}
