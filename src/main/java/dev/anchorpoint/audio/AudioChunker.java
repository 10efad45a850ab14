package dev.anchorpoint.audio;

import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Cuts 16-bit samples into consecutive chunks of a fixed duration, to feed a streaming recogniser the way a live
 * microphone would. Every chunk is a fresh array of {@link #chunkSamples()} samples, except a shorter last one.
 */
public final class AudioChunker implements Iterable<short[]> {
    private final short[] samples;
    private final int chunkSamples;

    public AudioChunker(short[] samples, int sampleRate, int chunkMs) {
        if (sampleRate <= 0 || chunkMs <= 0) {
            throw new IllegalArgumentException("sample rate and chunk length must be positive");
        }
        this.samples = samples;
        this.chunkSamples = (int) Math.max(1, (long) sampleRate * chunkMs / 1000);
    }

    public int chunkSamples() {
        return chunkSamples;
    }

    public int chunkCount() {
        return (samples.length + chunkSamples - 1) / chunkSamples;
    }

    /** Index of the first sample of chunk {@code i}: with the rate, the chunk's start time. */
    public int chunkStart(int i) {
        return i * chunkSamples;
    }

    @Override
    public Iterator<short[]> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < samples.length;
            }

            @Override
            public short[] next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int end = Math.min(samples.length, next + chunkSamples);
                short[] chunk = Arrays.copyOfRange(samples, next, end);
                next = end;
                return chunk;
            }
        };
    }
}
