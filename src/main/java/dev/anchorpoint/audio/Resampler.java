package dev.anchorpoint.audio;

/**
 * Band-limited sample-rate conversion: a Kaiser-windowed sinc low-pass evaluated as a polyphase filter.
 *
 * <p>Why not linear interpolation: going from 44.1 or 48 kHz down to 16 kHz, everything between 8 kHz and the
 * source Nyquist would fold back into the speech band as noise. The low-pass here puts its -6 dB point at 90%
 * of the lower Nyquist frequency (7.2 kHz for 16 kHz output) and reaches about -80 dB at that Nyquist frequency.
 *
 * <p>For a rate ratio L/M (reduced), output sample n sits at input position n*M/L; its fractional part selects
 * one of L precomputed filter phases. When L is huge (coprime rates such as 44 101 Hz) the table is capped and
 * neighbouring phases are linearly interpolated, which keeps the error far below 16-bit resolution.
 *
 * <p>The filter is symmetric around the output instant, so there is no delay: sample times stay aligned with
 * the source, which keeps word timings right. Samples beyond either end count as silence.
 * One instance per rate pair; instances are immutable and thread-safe.
 */
public final class Resampler {
    /** Zero crossings of the sinc on each side: filter length, hence stop-band depth and transition width. */
    private static final int ZERO_CROSSINGS = 24;
    /** Cut-off as a fraction of the lower Nyquist frequency. */
    private static final double ROLLOFF = 0.9;
    /** Kaiser window shape: about 80 dB side-lobe rejection. */
    private static final double KAISER_BETA = 8.0;
    private static final int MAX_PHASES = 4096;

    private final int fromRate;
    private final int toRate;
    private final long up;
    private final long down;
    private final int half;
    private final boolean exactPhases;
    private final int phases;
    private final float[][] table;

    public Resampler(int fromRate, int toRate) {
        if (fromRate <= 0 || toRate <= 0) {
            throw new IllegalArgumentException("sample rates must be positive: " + fromRate + " -> " + toRate);
        }
        this.fromRate = fromRate;
        this.toRate = toRate;
        long gcd = gcd(fromRate, toRate);
        this.up = toRate / gcd;
        this.down = fromRate / gcd;
        // Cut-off in cycles per input sample.
        double cutoff = 0.5 * ROLLOFF * Math.min(1.0, (double) toRate / fromRate);
        double halfWidth = ZERO_CROSSINGS / (2 * cutoff);
        this.half = (int) Math.ceil(halfWidth);
        this.exactPhases = up <= MAX_PHASES;
        this.phases = exactPhases ? (int) up : MAX_PHASES;
        // With interpolation one extra row (fraction 1.0) closes the last interval.
        int rows = exactPhases ? phases : phases + 1;
        this.table = new float[rows][];
        for (int p = 0; p < rows; p++) {
            table[p] = phaseRow((double) p / phases, cutoff, halfWidth);
        }
    }

    /** Converts one channel; exact copy when the rates are equal. */
    public static float[] resample(float[] samples, int fromRate, int toRate) {
        if (fromRate == toRate) {
            return samples.clone();
        }
        return new Resampler(fromRate, toRate).process(samples);
    }

    /** Number of output samples for {@code inputLength} input samples: ceil(inputLength * to / from). */
    public int outputLength(int inputLength) {
        return (int) ((inputLength * up + down - 1) / down);
    }

    public int fromRate() {
        return fromRate;
    }

    public int toRate() {
        return toRate;
    }

    public float[] process(float[] in) {
        if (fromRate == toRate) {
            return in.clone();
        }
        float[] out = new float[outputLength(in.length)];
        for (int n = 0; n < out.length; n++) {
            out[n] = sample(n, in, in.length, 0);
        }
        return out;
    }

    /** Output samples for {@code inputLength} input samples, for streams longer than an array. */
    long outputLength(long inputLength) {
        return (inputLength * up + down - 1) / down;
    }

    /** Input samples each output sample reaches on either side of its position. */
    int reach() {
        return half;
    }

    /** The input sample at or just before output sample {@code n}. */
    long inputIndex(long n) {
        return n * down / up;
    }

    /**
     * Output sample {@code n}, computed from {@code length} input samples held in {@code in}, the first being
     * input sample {@code start}. Samples outside that window count as silence, so the caller must hold the
     * whole reach of {@code n} except where the signal really starts or ends.
     */
    float sample(long n, float[] in, int length, long start) {
        long position = n * down;
        int base = (int) (position / up - start);
        long remainder = position % up;
        if (exactPhases) {
            return convolve(in, length, base, table[(int) remainder]);
        }
        double exact = (double) remainder / up * phases;
        int p = (int) exact;
        double weight = exact - p;
        float a = convolve(in, length, base, table[p]);
        float b = convolve(in, length, base, table[p + 1]);
        return (float) (a + (b - a) * weight);
    }

    /** Sum over input samples base-half .. base+half of in[0, length), treating samples outside it as zero. */
    private float convolve(float[] in, int length, int base, float[] row) {
        int first = base - half;
        int from = Math.max(0, -first);
        int to = Math.min(row.length, length - first);
        // Four partial sums let the JIT pipeline the multiply-adds; float precision is ample for 16-bit output.
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int k = from;
        for (; k + 3 < to; k += 4) {
            s0 += in[first + k] * row[k];
            s1 += in[first + k + 1] * row[k + 1];
            s2 += in[first + k + 2] * row[k + 2];
            s3 += in[first + k + 3] * row[k + 3];
        }
        for (; k < to; k++) {
            s0 += in[first + k] * row[k];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** Coefficients for an output instant {@code fraction} of a sample after input sample {@code base}. */
    private float[] phaseRow(double fraction, double cutoff, double halfWidth) {
        double[] row = new double[2 * half + 1];
        double sum = 0;
        for (int k = -half; k <= half; k++) {
            double tau = fraction - k;
            double value = 0;
            if (Math.abs(tau) <= halfWidth) {
                value = 2 * cutoff * sinc(2 * cutoff * tau) * kaiser(tau / halfWidth);
            }
            row[k + half] = value;
            sum += value;
        }
        // Unity gain at DC for every phase, so a constant signal stays constant.
        float[] normalised = new float[row.length];
        for (int i = 0; i < row.length; i++) {
            normalised[i] = (float) (row[i] / sum);
        }
        return normalised;
    }

    private static double sinc(double x) {
        if (Math.abs(x) < 1e-12) {
            return 1;
        }
        return Math.sin(Math.PI * x) / (Math.PI * x);
    }

    private static double kaiser(double x) {
        double inside = 1 - x * x;
        if (inside <= 0) {
            return 0;
        }
        return besselI0(KAISER_BETA * Math.sqrt(inside)) / besselI0(KAISER_BETA);
    }

    /** Modified Bessel function of the first kind, order 0, by its power series (converges fast for beta < 20). */
    private static double besselI0(double x) {
        double sum = 1;
        double term = 1;
        double quarterSquare = x * x / 4;
        for (int k = 1; k < 60; k++) {
            term *= quarterSquare / ((double) k * k);
            sum += term;
            if (term < sum * 1e-17) {
                break;
            }
        }
        return sum;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
