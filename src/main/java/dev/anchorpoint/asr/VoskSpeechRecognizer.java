package dev.anchorpoint.asr;

import org.vosk.LibVosk;
import org.vosk.LogLevel;
import org.vosk.Model;

import java.io.IOException;
import java.nio.file.Path;

/** Vosk (Kaldi) through JNA: one native model shared by all streams, one native recognizer per stream. */
public final class VoskSpeechRecognizer implements SpeechRecognizer {
    public static final String ENGINE = "vosk";

    private final Path modelDir;
    private final String description;
    private Model model;

    /** Checks the directory first, then loads the model (seconds to minutes depending on its size). */
    public VoskSpeechRecognizer(Path modelDir, String description) {
        this.modelDir = VoskModelCheck.require(modelDir);
        this.description = description;
        loadNativeLibrary();
        try {
            this.model = new Model(modelDir.toAbsolutePath().toString());
        } catch (IOException | RuntimeException e) {
            throw new AsrException("Vosk could not load the model at " + modelDir.toAbsolutePath() + " (" + e.getMessage()
                    + "). " + VoskModelCheck.FIX, e);
        }
    }

    /** Loads libvosk (bundled in the vosk jar for linux-x86-64, macOS, win64) and keeps its log to warnings. */
    public static void loadNativeLibrary() {
        try {
            LibVosk.setLogLevel(LogLevel.WARNINGS);
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            throw new AsrException("The Vosk native library does not load on this machine (" + e.getMessage()
                    + "). Use --engine sphinx.", e);
        }
    }

    @Override
    public String engine() {
        return ENGINE;
    }

    /** Vosk has no search profiles here: the model decides speed and accuracy. */
    @Override
    public String profile() {
        return "model";
    }

    @Override
    public String description() {
        return description;
    }

    public Path modelDir() {
        return modelDir;
    }

    @Override
    public synchronized RecognitionStream open(RecognitionListener listener) {
        if (model == null) {
            throw new AsrException("The Vosk recognizer is closed; create a new one.");
        }
        return new VoskStream(model, listener);
    }

    @Override
    public synchronized void close() {
        if (model != null) {
            model.close();
            model = null;
        }
    }
}
