package dev.anchorpoint.audio;

/**
 * Signed 16-bit PCM, the sample format recognisers take and browsers stream over the web socket.
 * Conversions between floats in [-1, 1], {@code short[]} and little-endian bytes.
 * For frames that may split a sample across two messages, see {@link Pcm16Stream}.
 */
public final class Pcm16 {
    private Pcm16() {
    }

    /** Floats in [-1, 1] to 16-bit samples; values beyond full scale are clipped, not wrapped. */
    public static short[] fromFloats(float[] samples) {
        short[] out = new short[samples.length];
        for (int i = 0; i < samples.length; i++) {
            out[i] = toShort(samples[i]);
        }
        return out;
    }

    /** 16-bit samples to floats in [-1, 1): the exact inverse of {@link #fromFloats}. */
    public static float[] toFloats(short[] samples) {
        float[] out = new float[samples.length];
        for (int i = 0; i < samples.length; i++) {
            out[i] = samples[i] / 32768f;
        }
        return out;
    }

    public static short toShort(float sample) {
        long scaled = Math.round(sample * 32768.0);
        if (scaled > Short.MAX_VALUE) {
            return Short.MAX_VALUE;
        }
        if (scaled < Short.MIN_VALUE) {
            return Short.MIN_VALUE;
        }
        return (short) scaled;
    }

    /** Little-endian bytes to samples; the length must be even. */
    public static short[] fromLittleEndian(byte[] bytes) {
        return fromLittleEndian(bytes, 0, bytes.length);
    }

    public static short[] fromLittleEndian(byte[] bytes, int offset, int length) {
        if (length % 2 != 0) {
            throw new IllegalArgumentException(
                    "16-bit PCM needs an even number of bytes, got " + length + " (use Pcm16Stream for split frames)");
        }
        short[] out = new short[length / 2];
        for (int i = 0; i < out.length; i++) {
            int at = offset + 2 * i;
            out[i] = (short) ((bytes[at] & 0xFF) | (bytes[at + 1] << 8));
        }
        return out;
    }

    public static byte[] toLittleEndian(short[] samples) {
        return toLittleEndian(samples, 0, samples.length);
    }

    public static byte[] toLittleEndian(short[] samples, int offset, int length) {
        byte[] out = new byte[length * 2];
        for (int i = 0; i < length; i++) {
            short s = samples[offset + i];
            out[2 * i] = (byte) s;
            out[2 * i + 1] = (byte) (s >> 8);
        }
        return out;
    }

    /** Channels (of equal or unequal length) averaged into one track as long as the longest. */
    public static short[] mixDown(short[][] channels) {
        if (channels.length == 1) {
            return channels[0];
        }
        int n = 0;
        for (short[] c : channels) {
            n = Math.max(n, c.length);
        }
        short[] out = new short[n];
        for (int i = 0; i < n; i++) {
            int sum = 0;
            for (short[] c : channels) {
                sum += i < c.length ? c[i] : 0;
            }
            out[i] = (short) (sum / channels.length);
        }
        return out;
    }
}
