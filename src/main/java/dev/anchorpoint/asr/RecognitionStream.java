package dev.anchorpoint.asr;

/**
 * One continuous audio stream (one speaker channel of one interview). Audio arrives in chunks of
 * 16 kHz mono 16-bit PCM; results go to the listener given when the stream was opened.
 */
public interface RecognitionStream extends AutoCloseable {
    int SAMPLE_RATE = 16_000;

    /** Feed samples (16 kHz mono). May block briefly when the engine is behind. */
    void accept(short[] samples, int offset, int length);

    /** No more audio: flush the last segment to the listener, then return. */
    void finish();

    /** Release the engine resources held by this stream (idempotent). */
    @Override
    void close();
}
