package dev.anchorpoint.asr;

/**
 * Receives what an engine hears. Callbacks may come from an engine thread; implementations must not block for long.
 */
public interface RecognitionListener {
    /** Text of the utterance in progress; replaced by the next partial or by a final segment. */
    default void onPartial(String text) {
    }

    /** A final segment; never revised afterwards. Empty segments (silence) are not reported. */
    void onSegment(RecognizedSegment segment);
}
