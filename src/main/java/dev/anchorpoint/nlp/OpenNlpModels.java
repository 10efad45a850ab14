package dev.anchorpoint.nlp;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

import java.io.IOException;
import java.io.InputStream;

/**
 * The English OpenNLP models (UD English-EWT, from the opennlp-models-*-en 1.3.0 jars on the classpath), loaded
 * once per JVM for the whole application (question detection and the tagger share them). The ThreadSafe*
 * wrappers keep one decoder per thread, so these are shared freely.
 */
public final class OpenNlpModels {
    static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private final ThreadSafeSentenceDetectorME sentences;
    private final ThreadSafeTokenizerME tokenizer;
    private final ThreadSafePOSTaggerME posTagger;

    private OpenNlpModels() {
        try (InputStream s = open(SENTENCE_MODEL); InputStream t = open(TOKEN_MODEL); InputStream p = open(POS_MODEL)) {
            sentences = new ThreadSafeSentenceDetectorME(new SentenceModel(s));
            tokenizer = new ThreadSafeTokenizerME(new TokenizerModel(t));
            posTagger = new ThreadSafePOSTaggerME(new POSModel(p), POSTagFormat.UD);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the OpenNLP English models: " + e.getMessage(), e);
        }
    }

    private static final class Holder {
        static final OpenNlpModels INSTANCE = new OpenNlpModels();
    }

    public static OpenNlpModels get() {
        return Holder.INSTANCE;
    }

    public ThreadSafeSentenceDetectorME sentences() {
        return sentences;
    }

    public ThreadSafeTokenizerME tokenizer() {
        return tokenizer;
    }

    public ThreadSafePOSTaggerME posTagger() {
        return posTagger;
    }

    private static InputStream open(String resource) {
        InputStream in = OpenNlpModels.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath (the "
                    + "org.apache.opennlp:opennlp-models-*-en:1.3.0 dependencies provide it; rebuild with Maven)");
        }
        return in;
    }
}
