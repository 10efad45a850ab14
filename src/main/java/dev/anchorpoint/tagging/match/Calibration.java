package dev.anchorpoint.tagging.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns the raw vote share into a calibrated probability of being right, and sets the abstention threshold:
 * fitted by isotonic regression (pool-adjacent-violators) on leave-one-out predictions over the example corpus.
 * The threshold is the lowest raw share at which the suggestions at or above it are right at least
 * {@code targetPrecision} of the time.
 */
public final class Calibration {
    private final double[] xs;
    private final double[] ys;
    private final double threshold;
    private final String summary;

    private Calibration(double[] xs, double[] ys, double threshold, String summary) {
        this.xs = xs;
        this.ys = ys;
        this.threshold = threshold;
        this.summary = summary;
    }

    /** How it was fitted: sample size, accuracy and share kept above the threshold. */
    public String summary() {
        return summary;
    }

    /** Without data: the raw share is the confidence, threshold as given. */
    public static Calibration identity(double threshold) {
        return new Calibration(new double[]{0, 1}, new double[]{0, 1}, threshold, "identity");
    }

    public static Calibration fit(double[] raw, boolean[] correct, double targetPrecision, double fallback) {
        int n = raw.length;
        if (n < 20) {
            return identity(fallback);
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(raw[a], raw[b]));
        // pool adjacent violators on y sorted by x
        List<double[]> blocks = new ArrayList<>(); // {sumY, count, maxX}
        for (int idx : order) {
            blocks.add(new double[]{correct[idx] ? 1 : 0, 1, raw[idx]});
            while (blocks.size() > 1) {
                double[] last = blocks.get(blocks.size() - 1);
                double[] prev = blocks.get(blocks.size() - 2);
                if (prev[0] / prev[1] <= last[0] / last[1]) {
                    break;
                }
                prev[0] += last[0];
                prev[1] += last[1];
                prev[2] = last[2];
                blocks.remove(blocks.size() - 1);
            }
        }
        double[] xs = new double[blocks.size()];
        double[] ys = new double[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            xs[i] = blocks.get(i)[2];
            // shrink towards 0.5 a little so that a block of three lucky examples does not claim certainty
            ys[i] = (blocks.get(i)[0] + 0.5) / (blocks.get(i)[1] + 1);
        }
        // threshold: scan from the top, keep the lowest raw share whose cumulative precision holds the target
        double threshold = 1.0001;
        int right = 0;
        int seen = 0;
        for (int i = n - 1; i >= 0; i--) {
            seen++;
            right += correct[order[i]] ? 1 : 0;
            if (right >= targetPrecision * seen && (i == 0 || raw[order[i - 1]] < raw[order[i]])) {
                threshold = raw[order[i]];
            }
        }
        int kept = 0;
        int keptRight = 0;
        int allRight = 0;
        for (int i = 0; i < n; i++) {
            allRight += correct[i] ? 1 : 0;
            if (raw[i] >= threshold) {
                kept++;
                keptRight += correct[i] ? 1 : 0;
            }
        }
        String summary = String.format(java.util.Locale.ROOT, "n=%d accuracy=%.3f threshold=%.3f kept=%.3f "
                + "precisionKept=%.3f", n, allRight / (double) n, threshold, kept / (double) n,
                kept == 0 ? 0 : keptRight / (double) kept);
        return new Calibration(xs, ys, threshold, summary);
    }

    public double threshold() {
        return threshold;
    }

    public double probability(double raw) {
        for (int i = 0; i < xs.length; i++) {
            if (raw <= xs[i]) {
                return ys[i];
            }
        }
        return ys[ys.length - 1];
    }
}
