package dev.anchorpoint.transcript;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Enumeration;
import java.util.Properties;

/**
 * The English OpenNLP models (sentence detector, POS tagger), loaded once per JVM from the
 * {@code opennlp-models-*-en} jars on the classpath. Words are split by {@link QuestionDetector} itself (letters,
 * digits and apostrophes), so "don't" and "what's" stay one word as in speech-recognition output; the
 * tokenizer model is not needed.
 *
 * <p>Those jars hold the model at their root next to a {@code model.properties} naming it
 * ({@code model.name=opennlp-en-ud-ewt-pos-1.3-2.5.4.bin}); the models are found through those properties so a
 * newer models version works without a code change. Loading is lazy and thread-safe (initialisation-on-demand
 * holder). Models are thread-safe; the {@code *ME} tools are not, so each thread gets its own through
 * {@link #tools()}.
 */
final class NlpModels {
    private static final Logger log = LoggerFactory.getLogger(NlpModels.class);

    private NlpModels() {
    }

    /** Per-thread tools over the shared models. Throws {@link IllegalStateException} when a model jar is missing. */
    static Tools tools() {
        return Holder.TOOLS.get();
    }

    record Tools(SentenceDetectorME sentences, POSTaggerME tagger) {
    }

    private static final class Holder {
        static final SentenceModel SENTENCES;
        static final POSModel POS;
        static final String FAILURE;
        static final ThreadLocal<Tools> TOOLS;

        static {
            SentenceModel s = null;
            POSModel p = null;
            String failure = null;
            try {
                long t0 = System.nanoTime();
                try (InputStream in = open("sentence", "opennlp-models-sentdetect-en")) {
                    s = new SentenceModel(in);
                }
                try (InputStream in = open("pos", "opennlp-models-pos-en")) {
                    p = new POSModel(in);
                }
                log.debug("OpenNLP English models loaded in {} ms", (System.nanoTime() - t0) / 1_000_000);
            } catch (IOException | RuntimeException e) {
                failure = e.getMessage();
                log.error("cannot load the OpenNLP English models", e);
            }
            SENTENCES = s;
            POS = p;
            FAILURE = failure;
            TOOLS = ThreadLocal.withInitial(() -> {
                if (FAILURE != null) {
                    throw new IllegalStateException(FAILURE);
                }
                // UD tags: this model is trained on UD English-EWT; its PENN mapping is lossy (no WH tags).
                return new Tools(new SentenceDetectorME(SENTENCES), new POSTaggerME(POS, POSTagFormat.UD));
            });
        }

        /** Opens the model whose model.properties names a file of the given kind ("-pos-", "-tokens-", ...). */
        private static InputStream open(String kind, String artifact) throws IOException {
            ClassLoader cl = NlpModels.class.getClassLoader();
            Enumeration<URL> props = cl.getResources("model.properties");
            while (props.hasMoreElements()) {
                URL url = props.nextElement();
                Properties p = new Properties();
                try (InputStream in = url.openStream()) {
                    p.load(in);
                }
                String name = p.getProperty("model.name", "");
                if (name.startsWith("opennlp-en-") && name.contains("-" + kind + "-")) {
                    InputStream model = cl.getResourceAsStream(name);
                    if (model != null) {
                        return model;
                    }
                }
            }
            throw new IOException("OpenNLP English " + kind + " model not found on the classpath; add the Maven "
                    + "dependency org.apache.opennlp:" + artifact);
        }
    }
}
