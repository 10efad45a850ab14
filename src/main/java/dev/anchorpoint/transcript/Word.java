package dev.anchorpoint.transcript;

/** One recognised (or imported) word with its place in the audio. Confidence is in [0,1]; 1 for imported text. */
public record Word(String text, long startMs, long endMs, double confidence) {
}
