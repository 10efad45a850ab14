package dev.anchorpoint.asr;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * CMU Sphinx4 (offline, model bundled in sphinx4-data). Each open stream needs its own allocated decoder (Sphinx4
 * components are not shareable between concurrent searches); decoders of closed streams are kept for the next
 * stream so that the model and language model load only once per concurrently open stream.
 */
public final class SphinxSpeechRecognizer implements SpeechRecognizer {
    public static final String ENGINE = "sphinx";
    private static final Logger LOG = Logger.getLogger(SphinxSpeechRecognizer.class.getName());

    private final String profile;
    private final String configLocation;
    private final String description;
    private final List<String> domainPhrasings;
    private final Deque<SphinxDecoder> idle = new ArrayDeque<>();
    private Path domainModel;
    private boolean closed;

    /** Profile "live" (faster than real time) or "batch" (most accurate); config from src/main/resources/asr. */
    public SphinxSpeechRecognizer(String profile) {
        this(checkProfile(profile), "resource:/asr/sphinx-" + checkProfile(profile) + ".config.xml",
                "sphinx (profile " + checkProfile(profile) + ", bundled en-us model)", List.of());
    }

    /**
     * For tuning: any Sphinx4 config XML (a "resource:/..." name or a file: URL). {@code domainPhrasings} (may be
     * empty) are sentences in the interviews' own words, e.g. a rubric's anchors and example answers: a
     * {@link DomainLanguageModel} of them is mixed into the general English model, so that the role's jargon
     * ("q b r", "mutual close plan") survives the search.
     */
    public SphinxSpeechRecognizer(String profile, String configLocation, String description,
                                  List<String> domainPhrasings) {
        this.profile = profile;
        this.configLocation = configLocation;
        this.description = description;
        this.domainPhrasings = List.copyOf(domainPhrasings);
        quietSphinxLogging();
    }

    static String checkProfile(String profile) {
        String p = profile == null ? "" : profile.trim().toLowerCase(Locale.ROOT);
        if (!p.equals("live") && !p.equals("batch")) {
            throw new AsrException("Unknown ASR profile '" + profile + "': use live or batch.");
        }
        return p;
    }

    /** Sphinx4 logs every component at INFO to stderr; the config sets WARNING, this covers loggers made before. */
    private static void quietSphinxLogging() {
        Logger.getLogger("edu.cmu.sphinx").setLevel(Level.WARNING);
    }

    @Override
    public String engine() {
        return ENGINE;
    }

    @Override
    public String profile() {
        return profile;
    }

    @Override
    public String description() {
        return description;
    }

    /** Loads a decoder now (if none is idle) so that the first stream starts without the model-load pause. */
    public void preload() {
        preload(1);
    }

    /**
     * Makes {@code decoders} decoders wait in the pool, loading those missing, so that as many streams can open at
     * once without the model-load pause (a stream that loads its own decoder starts seconds late).
     */
    public void preload(int decoders) {
        List<SphinxDecoder> loaded = new ArrayList<>();
        try {
            for (int i = 0; i < decoders; i++) {
                loaded.add(acquire());
            }
        } finally {
            loaded.forEach(this::release);
        }
    }

    /** Decoders waiting in the pool. */
    int idleDecoders() {
        synchronized (idle) {
            return idle.size();
        }
    }

    @Override
    public RecognitionStream open(RecognitionListener listener) {
        return new SphinxStream(this, acquire(), listener);
    }

    private SphinxDecoder acquire() {
        synchronized (idle) {
            if (closed) {
                throw new AsrException("The Sphinx recognizer is closed; create a new one.");
            }
            SphinxDecoder decoder = idle.poll();
            if (decoder != null) {
                return decoder;
            }
        }
        long t0 = System.nanoTime();
        SphinxDecoder decoder = SphinxDecoder.load(configLocation, domainModel());
        LOG.fine(() -> "Sphinx decoder loaded in " + (System.nanoTime() - t0) / 1_000_000 + " ms from " + configLocation);
        return decoder;
    }

    /** The domain model's ARPA file, written once for all decoders; null without phrasings. */
    private synchronized Path domainModel() {
        if (domainModel == null && !domainPhrasings.isEmpty()) {
            domainModel = SphinxDomainModel.write(domainPhrasings);
        }
        return domainModel;
    }

    /** A stream that ended cleanly hands its decoder back; broken ones are freed instead. */
    void release(SphinxDecoder decoder) {
        synchronized (idle) {
            if (!closed) {
                idle.push(decoder);
                return;
            }
        }
        decoder.deallocate();
    }

    @Override
    public void close() {
        synchronized (idle) {
            closed = true;
            idle.forEach(SphinxDecoder::deallocate);
            idle.clear();
        }
        synchronized (this) {
            if (domainModel != null) {
                domainModel.toFile().delete();
            }
        }
    }
}
