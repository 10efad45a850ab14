package dev.anchorpoint.web;

/**
 * Turns binary socket frames (16-bit little-endian mono PCM at the client's rate) into 16 kHz samples. Frames may
 * split a sample between them, so an odd trailing byte is carried over; resampling is linear with its phase kept
 * across frames, which is plenty for speech recognition at 8-48 kHz.
 */
final class PcmFrames {
    static final int TARGET_RATE = 16_000;
    private final double step;
    private int carry = -1;
    private double phase;
    private short last;
    private boolean started;

    PcmFrames(double sourceRate) {
        if (!(sourceRate >= 4000 && sourceRate <= 192_000)) {
            throw new IllegalArgumentException("sample_rate " + sourceRate + " is out of range (4000-192000 Hz)");
        }
        this.step = sourceRate / TARGET_RATE;
    }

    /** Samples at 16 kHz for this frame (may be empty). */
    short[] accept(byte[] data) {
        int n = data.length + (carry >= 0 ? 1 : 0);
        short[] in = new short[n / 2];
        int pos = 0;
        int i = 0;
        if (carry >= 0 && data.length > 0) {
            in[i++] = (short) ((carry & 0xff) | (data[0] << 8));
            pos = 1;
            carry = -1;
        }
        for (; pos + 1 < data.length; pos += 2) {
            in[i++] = (short) ((data[pos] & 0xff) | (data[pos + 1] << 8));
        }
        if (pos < data.length) {
            carry = data[pos] & 0xff;
        }
        return step == 1.0 ? in : resample(in);
    }

    private short[] resample(short[] in) {
        if (in.length == 0) {
            return in;
        }
        if (!started) {
            last = in[0];
            started = true;
        }
        // Source positions are relative to "last" at index -1 (the previous frame's final sample) and in[0..].
        int count = 0;
        short[] out = new short[(int) Math.ceil((in.length + 1) / step) + 2];
        double p = phase;
        while (p <= in.length - 1) {
            double x = p;
            int i0 = (int) Math.floor(x);
            double frac = x - i0;
            double a = i0 < 0 ? last : in[i0];
            double b = in[Math.min(i0 + 1, in.length - 1)];
            if (i0 < 0) {
                b = in[0];
                frac = x + 1;
            }
            out[count++] = (short) Math.round(a + (b - a) * frac);
            p += step;
        }
        phase = p - in.length;
        last = in[in.length - 1];
        return java.util.Arrays.copyOf(out, count);
    }

    static byte[] toBytes(short[] s) {
        byte[] b = new byte[s.length * 2];
        for (int i = 0; i < s.length; i++) {
            b[2 * i] = (byte) s[i];
            b[2 * i + 1] = (byte) (s[i] >> 8);
        }
        return b;
    }
}
