package dev.anchorpoint.audio;

/** Test signals and the measurements that check them: sines, Goertzel power, dominant frequency. */
final class Signals {
    private Signals() {
    }

    static float[] sine(double frequency, int rate, double seconds, double amplitude) {
        float[] out = new float[(int) Math.round(rate * seconds)];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) (amplitude * Math.sin(2 * Math.PI * frequency * i / rate));
        }
        return out;
    }

    /** Power of one frequency over samples [from, to), normalised so a full-scale sine gives about 0.25. */
    static double goertzel(float[] samples, int rate, double frequency, int from, int to) {
        double coefficient = 2 * Math.cos(2 * Math.PI * frequency / rate);
        double s1 = 0;
        double s2 = 0;
        for (int i = from; i < to; i++) {
            double s0 = samples[i] + coefficient * s1 - s2;
            s2 = s1;
            s1 = s0;
        }
        double power = s1 * s1 + s2 * s2 - coefficient * s1 * s2;
        double n = to - from;
        return power / (n * n);
    }

    /** Frequency with the most energy between 50 Hz and just under Nyquist, in steps of {@code step} Hz. */
    static double dominantFrequency(float[] samples, int rate, double step) {
        int from = samples.length / 4;
        int to = samples.length * 3 / 4;
        double best = 0;
        double bestPower = -1;
        for (double f = 50; f < rate / 2.0 - step; f += step) {
            double power = goertzel(samples, rate, f, from, to);
            if (power > bestPower) {
                bestPower = power;
                best = f;
            }
        }
        return best;
    }

    /** Frequency from zero crossings over the middle half of the signal. */
    static double zeroCrossingFrequency(float[] samples, int rate) {
        int from = samples.length / 4;
        int to = samples.length * 3 / 4;
        int first = -1;
        int last = -1;
        int crossings = 0;
        for (int i = from + 1; i < to; i++) {
            if (samples[i - 1] < 0 && samples[i] >= 0) {
                if (first < 0) {
                    first = i;
                } else {
                    crossings++;
                }
                last = i;
            }
        }
        // Upward crossings: one per period, measured from the first to the last.
        return crossings * (double) rate / (last - first);
    }

    static double rms(float[] samples, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += samples[i] * (double) samples[i];
        }
        return Math.sqrt(sum / (to - from));
    }

    static double db(double ratio) {
        return 20 * Math.log10(ratio);
    }
}
