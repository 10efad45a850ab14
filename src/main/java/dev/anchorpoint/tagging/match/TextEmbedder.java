package dev.anchorpoint.tagging.match;

/** Maps text to a unit-length vector. {@link SentenceEmbedder} is the real one; tools may wrap it (e.g. a cache). */
@FunctionalInterface
public interface TextEmbedder {
    float[] embed(String text);

    default java.util.List<float[]> embedAll(java.util.List<String> texts) {
        return texts.stream().map(this::embed).toList();
    }
}
