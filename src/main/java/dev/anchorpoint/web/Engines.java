package dev.anchorpoint.web;

import dev.anchorpoint.asr.AsrEngines;
import dev.anchorpoint.asr.SpeechRecognizer;
import dev.anchorpoint.asr.SphinxSpeechRecognizer;
import dev.anchorpoint.rubric.Rubric;
import dev.anchorpoint.rubric.RubricLoader;
import dev.anchorpoint.tagging.RubricTagger;
import dev.anchorpoint.tagging.Tagger;
import dev.anchorpoint.tagging.match.ExampleCorpus;
import dev.anchorpoint.transcript.MonoRoleAssigner;
import dev.anchorpoint.transcript.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The server's shared engines. Speech recognizers are expensive (Sphinx4 loads its language model for every
 * recognizer and needs hundreds of MB each), so there is one per profile for the whole server and every socket
 * opens its own stream on it. Taggers and rubrics are cached per rubric.
 */
@Component
public class Engines implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Engines.class);
    private final String engine;
    private final String model;
    private final String liveProfile;
    private final String batchProfile;
    private final boolean preload;
    private final int preloadStreams;
    private final String domainRubric;
    private final Map<String, SpeechRecognizer> recognizers = new ConcurrentHashMap<>();
    private final Map<String, Rubric> rubrics = new ConcurrentHashMap<>();
    private final Map<String, Tagger> taggers = new ConcurrentHashMap<>();
    private volatile MonoRoleAssigner mixedRoles;
    private volatile boolean ready;

    public Engines(@Value("${anchorpoint.asr.engine:auto}") String engine,
                   @Value("${anchorpoint.asr.model:}") String model,
                   @Value("${anchorpoint.asr.live-profile:live}") String liveProfile,
                   @Value("${anchorpoint.asr.batch-profile:batch}") String batchProfile,
                   @Value("${anchorpoint.asr.preload:true}") boolean preload,
                   @Value("${anchorpoint.asr.preload-streams:2}") int preloadStreams,
                   @Value("${anchorpoint.asr.domain-rubric:" + RubricLoader.DEFAULT + "}") String domainRubric) {
        this.preload = preload;
        this.preloadStreams = Math.max(1, preloadStreams);
        this.domainRubric = domainRubric;
        this.engine = engine;
        this.model = model;
        this.liveProfile = liveProfile;
        this.batchProfile = batchProfile;
    }

    /**
     * Loads the live recognizer's model and the default rubric's tagger in the background at startup, so the first
     * interviews do not wait for them: anchorpoint.asr.preload-streams decoders (default 2, what two cores keep up
     * with) wait in the recognizer's pool; a further interview loads its own and its first words come seconds late.
     */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    public void warmUp() {
        if (!preload) {
            ready = true;
            return;
        }
        Thread t = new Thread(() -> {
            long t0 = System.nanoTime();
            try {
                // Loads a decoder into the recognizer's pool without running it: a stream opened and closed
                // without audio leaves Sphinx4's LiveCMN uninitialised for the next stream that reuses it.
                if (live() instanceof SphinxSpeechRecognizer sphinx) {
                    sphinx.preload(preloadStreams);
                }
            } catch (RuntimeException e) {
                LOG.warn("speech recognition is not available: {}", e.getMessage());
            }
            try {
                tagger(rubric(RubricLoader.DEFAULT)).tag(new dev.anchorpoint.transcript.Utterance("warm-up",
                        Role.CANDIDATE, null, "I build multi quarter account plans", 0, 1000, null));
                mixedRoles().apply("how do you plan your accounts");
            } catch (RuntimeException e) {
                LOG.warn("the tagger is not available: {}", e.getMessage());
            }
            ready = true;
            LOG.info("engines warmed up in {} ms", (System.nanoTime() - t0) / 1_000_000);
        }, "asr-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** True once the warm-up has loaded the recognizer and the default tagger (first interviews start at once). */
    public boolean isReady() {
        return ready;
    }

    /** The recognizer for sockets (faster than real time). */
    public SpeechRecognizer live() {
        return recognizer(liveProfile);
    }

    /** The recognizer for uploaded recordings (most accurate). */
    public SpeechRecognizer batch() {
        return recognizer(batchProfile);
    }

    private SpeechRecognizer recognizer(String profile) {
        return recognizers.computeIfAbsent(profile, p -> {
            long t0 = System.nanoTime();
            SpeechRecognizer r = createRecognizer(engine, model.isBlank() ? null : Path.of(model), p, phrasings());
            LOG.info("speech recognition: {} ready in {} ms", r.description(), (System.nanoTime() - t0) / 1_000_000);
            return r;
        });
    }

    public Rubric rubric(String nameOrPath) {
        return rubrics.computeIfAbsent(nameOrPath, RubricLoader::load);
    }

    public Tagger tagger(Rubric rubric) {
        return taggers.computeIfAbsent(rubric.id() + "@" + rubric.version(), k -> createTagger(rubric));
    }

    /**
     * Speaker role for a segment of a single mixed channel (both voices on one microphone): questions and
     * acknowledgements are the interviewer's, the rest the candidate's (see {@link MonoRoleAssigner}).
     */
    public Function<String, Role> mixedRoles() {
        MonoRoleAssigner r = mixedRoles;
        if (r == null) {
            synchronized (this) {
                if (mixedRoles == null) {
                    mixedRoles = new MonoRoleAssigner();
                }
                r = mixedRoles;
            }
        }
        return r;
    }

    /**
     * The phrasings of the rubric named by anchorpoint.asr.domain-rubric (blank: none), mixed into Sphinx4's language
     * model. One recognizer serves every interview, so this is one rubric for the server, the one most interviews
     * use; interviews on other rubrics still get general English with it.
     */
    private List<String> phrasings() {
        return domainRubric.isBlank() ? List.of() : ExampleCorpus.phrasings(rubric(domainRubric));
    }

    static SpeechRecognizer createRecognizer(String engine, Path model, String profile, List<String> phrasings) {
        return AsrEngines.create(engine, model, profile, phrasings);
    }

    static Tagger createTagger(Rubric rubric) {
        return RubricTagger.create(rubric);
    }

    @Override
    @jakarta.annotation.PreDestroy
    public void close() {
        recognizers.values().forEach(r -> {
            try {
                r.close();
            } catch (RuntimeException e) {
                LOG.warn("closing recognizer: {}", e.getMessage());
            }
        });
        recognizers.clear();
    }
}
