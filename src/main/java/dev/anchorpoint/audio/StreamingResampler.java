package dev.anchorpoint.audio;

import java.util.Arrays;

/**
 * {@link Resampler} for audio that arrives in pieces: a long recording decoded block by block, or frames from a
 * microphone. Fed the same samples in any chunking, it produces exactly what the one-shot resampler produces
 * for the whole signal, holding only the filter's reach of input in memory.
 *
 * <p>Output lags input by the filter's reach (about 2 ms of input at 44.1 kHz; 3 ms at 8 kHz) because each
 * output sample needs a few input samples after it; {@link #flush()} releases the tail at the end of the stream.
 * One instance per stream and channel; not thread-safe.
 */
public final class StreamingResampler {
    private static final float[] NONE = new float[0];

    private final Resampler resampler;
    private final boolean passThrough;
    private float[] buffer = new float[4096];
    private int length;
    /** Input index of buffer[0]. */
    private long bufferStart;
    private long inputSeen;
    private long nextOutput;
    private boolean flushed;

    public StreamingResampler(int fromRate, int toRate) {
        this.resampler = new Resampler(fromRate, toRate);
        this.passThrough = fromRate == toRate;
    }

    public float[] process(float[] chunk) {
        return process(chunk, 0, chunk.length);
    }

    /** Output samples made complete by this chunk (possibly none). */
    public float[] process(float[] chunk, int offset, int count) {
        if (flushed) {
            throw new IllegalStateException("stream already flushed");
        }
        inputSeen += count;
        if (passThrough) {
            nextOutput += count;
            return Arrays.copyOfRange(chunk, offset, offset + count);
        }
        append(chunk, offset, count);
        // Output n is complete once input inputIndex(n) + reach has arrived.
        long ready = inputSeen - resampler.reach();
        long end = ready <= 0 ? 0 : resampler.outputLength(ready);
        return produce(end);
    }

    /** The remaining output, treating everything after the last input as silence. Ends the stream. */
    public float[] flush() {
        if (flushed) {
            return NONE;
        }
        flushed = true;
        return passThrough ? NONE : produce(resampler.outputLength(inputSeen));
    }

    /** Output samples produced so far. */
    public long outputCount() {
        return nextOutput;
    }

    private float[] produce(long end) {
        if (end <= nextOutput) {
            return NONE;
        }
        float[] out = new float[(int) (end - nextOutput)];
        for (int i = 0; i < out.length; i++) {
            out[i] = resampler.sample(nextOutput + i, buffer, length, bufferStart);
        }
        nextOutput = end;
        discardBefore(resampler.inputIndex(nextOutput) - resampler.reach());
        return out;
    }

    private void append(float[] chunk, int offset, int count) {
        if (length + count > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + count));
        }
        System.arraycopy(chunk, offset, buffer, length, count);
        length += count;
    }

    private void discardBefore(long inputIndex) {
        int drop = (int) Math.min(length, Math.max(0, inputIndex - bufferStart));
        if (drop > 0) {
            System.arraycopy(buffer, drop, buffer, 0, length - drop);
            length -= drop;
            bufferStart += drop;
        }
    }
}
