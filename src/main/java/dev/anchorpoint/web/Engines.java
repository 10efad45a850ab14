package dev.anchorpoint.web;

import dev.anchorpoint.asr.SpeechRecognizer;
import dev.anchorpoint.rubric.Rubric;
import dev.anchorpoint.rubric.RubricLoader;
import dev.anchorpoint.tagging.Tagger;
import dev.anchorpoint.transcript.MonoRoleAssigner;
import dev.anchorpoint.transcript.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
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
    private final Map<String, SpeechRecognizer> recognizers = new ConcurrentHashMap<>();
    private final Map<String, Rubric> rubrics = new ConcurrentHashMap<>();
    private final Map<String, Tagger> taggers = new ConcurrentHashMap<>();
    private volatile MonoRoleAssigner mixedRoles;

    public Engines(@Value("${anchorpoint.asr.engine:auto}") String engine,
                   @Value("${anchorpoint.asr.model:}") String model,
                   @Value("${anchorpoint.asr.live-profile:live}") String liveProfile,
                   @Value("${anchorpoint.asr.batch-profile:batch}") String batchProfile) {
        this.engine = engine;
        this.model = model;
        this.liveProfile = liveProfile;
        this.batchProfile = batchProfile;
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
            SpeechRecognizer r = createRecognizer(engine, model.isBlank() ? null : Path.of(model), p);
            LOG.info("speech recognition: engine={} profile={} ready in {} ms", r.engine(), r.profile(),
                    (System.nanoTime() - t0) / 1_000_000);
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

    // The engines' factories are linked by reflection until the asr and tagging packages land in main.
    static SpeechRecognizer createRecognizer(String engine, Path model, String profile) {
        Object r = invoke("dev.anchorpoint.asr.AsrEngines", "create", engine, model, profile);
        return (SpeechRecognizer) r;
    }

    static Tagger createTagger(Rubric rubric) {
        return (Tagger) invoke("dev.anchorpoint.tagging.RubricTagger", "create", rubric);
    }

    private static Object invoke(String cls, String name, Object... args) {
        try {
            Class<?> c = Class.forName(cls);
            for (Method m : c.getMethods()) {
                if (m.getName().equals(name) && m.getParameterCount() == args.length
                        && java.lang.reflect.Modifier.isStatic(m.getModifiers())) {
                    Object[] converted = new Object[args.length];
                    Class<?>[] types = m.getParameterTypes();
                    for (int i = 0; i < args.length; i++) {
                        converted[i] = args[i] instanceof Path p && types[i] == String.class ? p.toString()
                                : args[i];
                    }
                    return m.invoke(null, converted);
                }
            }
            throw new IllegalStateException(cls + "." + name + " not found");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(cls + " is not available in this build", e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
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
