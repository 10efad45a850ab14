package dev.anchorpoint.asr;

/**
 * An engine with its model loaded; opens any number of independent streams. Thread-safe. The model is
 * shared between streams; each stream holds its own decoder.
 */
public interface SpeechRecognizer extends AutoCloseable {
    /** "vosk" or "sphinx". */
    String engine();

    /** "live" or "batch" (or "model" for engines without profiles). */
    String profile();

    /** One line for people: which engine and model run, and why this one was chosen. */
    default String description() {
        return engine() + " (" + profile() + ")";
    }

    RecognitionStream open(RecognitionListener listener);

    @Override
    void close();
}
