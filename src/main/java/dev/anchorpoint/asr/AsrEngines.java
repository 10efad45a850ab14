package dev.anchorpoint.asr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Chooses and creates the speech recognizer: "vosk", "sphinx", or "auto" (Vosk when a Vosk model is present, given
 * with --model or found under ./models/, otherwise the bundled Sphinx4 model).
 */
public final class AsrEngines {
    public static final Path MODELS_DIR = Path.of("models");

    private AsrEngines() {
    }

    /** What will run and why; {@link #create()} loads it. */
    public record Choice(String engine, String profile, Path model, String reason) {
        public String description() {
            String what = engine.equals(VoskSpeechRecognizer.ENGINE)
                    ? "ASR: vosk, model " + model.toAbsolutePath().normalize()
                    : "ASR: sphinx, profile " + profile + ", bundled en-us model";
            return what + " (" + reason + ")";
        }

        public SpeechRecognizer create() {
            return create(List.of());
        }

        /**
         * With the interviews' own phrasings (a rubric's anchors and examples, or empty for none) mixed into
         * Sphinx4's language model. Vosk takes them as they come: its models are compiled graphs, and a Vosk grammar
         * would restrict recognition to those words instead of favouring them.
         */
        public SpeechRecognizer create(List<String> domainPhrasings) {
            if (engine.equals(VoskSpeechRecognizer.ENGINE)) {
                return new VoskSpeechRecognizer(model, description());
            }
            String what = domainPhrasings.isEmpty() ? description()
                    : description() + " + " + domainPhrasings.size() + " domain phrasings in its language model";
            return new SphinxSpeechRecognizer(profile, "resource:/asr/sphinx-" + profile + ".config.xml", what,
                    domainPhrasings);
        }
    }

    /** engine: auto|vosk|sphinx; model: a Vosk model directory or null; profile: live|batch. */
    public static SpeechRecognizer create(String engine, Path modelOrNull, String profile) {
        return choose(engine, modelOrNull, profile).create();
    }

    /** As {@link #create(String, Path, String)}, with domain phrasings for Sphinx4 (see {@link Choice#create(List)}). */
    public static SpeechRecognizer create(String engine, Path modelOrNull, String profile, List<String> phrasings) {
        return choose(engine, modelOrNull, profile).create(phrasings);
    }

    public static Choice choose(String engine, Path modelOrNull, String profile) {
        return choose(engine, modelOrNull, profile, MODELS_DIR);
    }

    /** As {@link #choose(String, Path, String)}, looking for Vosk models under {@code modelsDir}. */
    public static Choice choose(String engine, Path modelOrNull, String profile, Path modelsDir) {
        String e = engine == null ? "auto" : engine.trim().toLowerCase(Locale.ROOT);
        String p = SphinxSpeechRecognizer.checkProfile(profile == null ? "live" : profile);
        switch (e) {
            case "sphinx":
                if (modelOrNull != null) {
                    throw new AsrException("--model " + modelOrNull + " is for Vosk; Sphinx uses its bundled model. "
                            + "Drop --model or use --engine vosk.");
                }
                return new Choice("sphinx", p, null, "requested with --engine sphinx");
            case "vosk":
                if (modelOrNull != null) {
                    return new Choice("vosk", p, VoskModelCheck.require(modelOrNull), "requested with --engine vosk");
                }
                Path found = findVoskModel(modelsDir).orElseThrow(() -> new AsrException(
                        "--engine vosk needs a model: none found under " + modelsDir.toAbsolutePath() + ". "
                                + VoskModelCheck.FIX));
                return new Choice("vosk", p, found, "requested with --engine vosk; model found under models/");
            case "auto":
                if (modelOrNull != null) {
                    return new Choice("vosk", p, VoskModelCheck.require(modelOrNull), "auto: --model given");
                }
                Optional<Path> model = findVoskModel(modelsDir);
                if (model.isPresent()) {
                    return new Choice("vosk", p, model.get(), "auto: Vosk model found under models/");
                }
                return new Choice("sphinx", p, null, "auto: no Vosk model under models/, run scripts/fetch-vosk-model "
                        + "for Vosk");
            default:
                throw new AsrException("Unknown ASR engine '" + engine + "': use auto, vosk or sphinx.");
        }
    }

    /** The first (by name) directory under {@code dir} that looks like a Vosk model, or the dir itself if it is one. */
    public static Optional<Path> findVoskModel(Path dir) {
        if (dir == null) {
            return Optional.empty();
        }
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        if (VoskModelCheck.looksLikeModel(dir)) {
            return Optional.of(dir);
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(Files::isDirectory).sorted().filter(VoskModelCheck::looksLikeModel).findFirst();
        } catch (IOException ex) {
            return Optional.empty();
        }
    }
}
