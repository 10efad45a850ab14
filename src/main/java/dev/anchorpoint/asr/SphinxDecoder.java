package dev.anchorpoint.asr;

import edu.cmu.sphinx.api.AbstractSpeechRecognizer;
import edu.cmu.sphinx.api.Configuration;
import edu.cmu.sphinx.api.Context;
import edu.cmu.sphinx.api.SpeechResult;
import edu.cmu.sphinx.decoder.ResultListener;
import edu.cmu.sphinx.result.Result;
import edu.cmu.sphinx.util.TimeFrame;

import edu.cmu.sphinx.frontend.feature.LiveCMN;

import java.io.IOException;
import java.lang.reflect.Field;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * One allocated Sphinx4 recognizer (acoustic model, dictionary, language model and search) built from one of our
 * config XML copies. Allocation reloads the language model (~1.6 s), so a decoder is allocated once and then fed
 * any number of audio streams one after the other.
 */
final class SphinxDecoder extends AbstractSpeechRecognizer {
    private static final Logger LOG = Logger.getLogger(SphinxDecoder.class.getName());
    static final String ACOUSTIC_MODEL = "resource:/edu/cmu/sphinx/models/en-us/en-us";
    static final String DICTIONARY = "resource:/edu/cmu/sphinx/models/en-us/cmudict-en-us.dict";
    static final String LANGUAGE_MODEL = "resource:/edu/cmu/sphinx/models/en-us/en-us.lm.bin";

    private SphinxDecoder(Context context) throws IOException {
        super(context);
    }

    /**
     * Loads and allocates; {@code configLocation} is a "resource:/..." name or a file URL/path. With a domain model
     * (an ARPA file, or null for none) the search uses the general model mixed with it ({@link MixedLanguageModel};
     * the system property anchorpoint.asr.domainWeight overrides the profile's share, for tuning).
     */
    static SphinxDecoder load(String configLocation, Path domainArpa) {
        Configuration configuration = new Configuration();
        configuration.setAcousticModelPath(ACOUSTIC_MODEL);
        configuration.setDictionaryPath(DICTIONARY);
        configuration.setLanguageModelPath(LANGUAGE_MODEL);
        configuration.setSampleRate(RecognitionStream.SAMPLE_RATE);
        try {
            Context context = new Context(configLocation, configuration);
            if (domainArpa != null) {
                context.setLocalProperty("domainNGramModel->location", domainArpa.toUri().toString());
                context.setLocalProperty("lexTreeLinguist->languageModel", "interpolatedModel");
                String weight = System.getProperty("anchorpoint.asr.domainWeight");
                if (weight != null) {
                    context.setLocalProperty("interpolatedModel->domainWeight", weight);
                }
            }
            SphinxDecoder decoder = new SphinxDecoder(context);
            decoder.recognizer.allocate();
            return decoder;
        } catch (IOException | RuntimeException e) {
            throw new AsrException("Could not load the Sphinx4 English model with " + configLocation + ": " + e
                    + ". Check that de.sciss:sphinx4-data is on the classpath (rebuild with ./mvnw package).", e);
        }
    }

    /** Starts reading a new stream; times in results restart at 0 and the cepstral mean is estimated afresh. */
    void attach(InputStream audio) {
        resetCepstralMean();
        context.setSpeechSource(audio, TimeFrame.INFINITE);
    }

    /**
     * LiveCMN estimates the channel's cepstral mean from its first frames and never forgets it, so a reused decoder
     * would carry the previous stream's speaker and microphone into the next one (and decode the same audio
     * differently depending on history). Sphinx4 1.0.0 has no reset; clearing its package-private initial buffer
     * makes it start over. Should a later Sphinx4 differ, the mean simply keeps adapting, as before.
     */
    private void resetCepstralMean() {
        try {
            LiveCMN cmn = context.getInstance(LiveCMN.class);
            Field initial = LiveCMN.class.getDeclaredField("initialList");
            initial.setAccessible(true);
            initial.set(cmn, null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.FINE, "Could not reset Sphinx LiveCMN; the mean carries over between streams", e);
        }
    }

    /**
     * Decodes the next utterance; null at the end of the attached stream. Sphinx4 sometimes ends an utterance
     * with no final token (seen on browser microphone audio: noise with no word in it), and its SpeechResult then
     * fails building the word lattice (NPE, or an AssertionError with -ea). Such an utterance holds no words, so it
     * is skipped and decoding goes on with the next one instead of failing the stream.
     */
    SpeechResult nextUtterance() {
        while (true) {
            Result result = recognizer.recognize();
            if (result == null) {
                return null;
            }
            if (result.getBestToken() == null) {
                continue;
            }
            try {
                return new SpeechResult(result);
            } catch (NullPointerException | AssertionError e) {
                LOG.log(Level.FINE, "Sphinx4 result without a usable lattice skipped", e);
            }
        }
    }

    void addResultListener(ResultListener listener) {
        recognizer.addResultListener(listener);
    }

    void removeResultListener(ResultListener listener) {
        recognizer.removeResultListener(listener);
    }

    void deallocate() {
        try {
            recognizer.deallocate();
        } catch (RuntimeException ignored) {
            // already deallocated or never finished allocating: nothing left to free
        }
    }

    static String partialText(Result result) {
        return result.getBestResultNoFiller();
    }
}
