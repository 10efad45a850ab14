package dev.anchorpoint.tagging.eval;

/** One line of a labelled evaluation file; {@code dimension} and {@code level} are null for "no evidence". */
public record LabelledLine(String id, String text, String speaker, String dimension, Integer level) {
    public boolean isCandidate() {
        return "candidate".equalsIgnoreCase(speaker);
    }
}
