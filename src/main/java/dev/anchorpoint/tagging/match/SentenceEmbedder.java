package dev.anchorpoint.tagging.match;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;

import java.util.List;
import java.util.concurrent.Executors;

/**
 * Sentence embeddings from BGE-small-en v1.5 (quantized ONNX, shipped inside its Maven jar, so nothing downloads
 * at run time). One model per JVM: it holds ~35 MB of weights and an ONNX session that is safe to share.
 */
public final class SentenceEmbedder implements TextEmbedder {
    private final EmbeddingModel model;

    private SentenceEmbedder() {
        int cores = Runtime.getRuntime().availableProcessors();
        // embedAll (indexing the examples) spreads segments over the cores; tagging threads bring their own
        this.model = new BgeSmallModel(Executors.newFixedThreadPool(cores, r -> {
            Thread t = new Thread(r, "embedding");
            t.setDaemon(true);
            return t;
        }));
    }

    private static final class Holder {
        static final SentenceEmbedder INSTANCE = new SentenceEmbedder();
    }

    public static SentenceEmbedder get() {
        return Holder.INSTANCE;
    }

    /** A unit-length vector, so cosine similarity is a dot product. */
    @Override
    public float[] embed(String text) {
        float[] v = model.embed(text.isBlank() ? "." : text).content().vector();
        return normalize(v);
    }

    /** Many texts at once, spread over the cores by the model's executor (used when indexing examples). */
    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<TextSegment> segments = texts.stream().map(t -> TextSegment.from(t.isBlank() ? "." : t)).toList();
        return model.embedAll(segments).content().stream().map(e -> normalize(e.vector())).toList();
    }

    public int dimensions() {
        return 384;
    }

    static float[] normalize(float[] v) {
        double n = 0;
        for (float x : v) {
            n += x * x;
        }
        n = Math.sqrt(n);
        if (n == 0) {
            return v;
        }
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / n);
        }
        return out;
    }

    public static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
