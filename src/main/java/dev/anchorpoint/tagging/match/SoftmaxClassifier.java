package dev.anchorpoint.tagging.match;

import java.util.Arrays;
import java.util.List;

/**
 * Multinomial logistic regression over sentence embeddings, trained at construction on the examples (a few
 * hundred lines, well under a second). It generalises from paraphrases better than nearest neighbours alone,
 * which only see the closest few lines; the tagger blends both. Immutable after training, so thread-safe.
 */
public final class SoftmaxClassifier {
    private final List<String> classes;
    private final double[][] weights; // [class][feature]
    private final double[] bias;
    private final double[] mean;
    private final double[] scale;

    private SoftmaxClassifier(List<String> classes, double[][] weights, double[] bias, double[] mean, double[] scale) {
        this.classes = classes;
        this.weights = weights;
        this.bias = bias;
        this.mean = mean;
        this.scale = scale;
    }

    /**
     * @param x       feature vectors (rows)
     * @param y       class index of each row
     * @param l2      ridge penalty on the weights
     * @param epochs  full-batch gradient steps
     */
    public static SoftmaxClassifier train(List<String> classes, float[][] x, int[] y, double l2, int epochs) {
        int n = x.length;
        int d = x[0].length;
        int c = classes.size();
        double[] mean = new double[d];
        double[] scale = new double[d];
        for (float[] row : x) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j] / (double) n;
            }
        }
        for (float[] row : x) {
            for (int j = 0; j < d; j++) {
                scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
            }
        }
        for (int j = 0; j < d; j++) {
            scale[j] = scale[j] > 0 ? 1 / Math.sqrt(scale[j]) : 1;
        }
        double[][] z = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                z[i][j] = (x[i][j] - mean[j]) * scale[j];
            }
        }
        // class weights balance the classes, so a large "none" pool does not swamp a small dimension
        int[] counts = new int[c];
        for (int yi : y) {
            counts[yi]++;
        }
        double[] classWeight = new double[c];
        for (int k = 0; k < c; k++) {
            classWeight[k] = counts[k] == 0 ? 0 : n / (double) (c * counts[k]);
        }
        double[][] w = new double[c][d];
        double[] b = new double[c];
        double[][] mw = new double[c][d];
        double[][] vw = new double[c][d];
        double[] mb = new double[c];
        double[] vb = new double[c];
        double lr = 0.01;
        double[] p = new double[c];
        for (int epoch = 1; epoch <= epochs; epoch++) {
            double[][] gw = new double[c][d];
            double[] gb = new double[c];
            for (int i = 0; i < n; i++) {
                logits(w, b, z[i], p);
                softmaxInPlace(p);
                double cw = classWeight[y[i]];
                for (int k = 0; k < c; k++) {
                    double g = cw * (p[k] - (k == y[i] ? 1 : 0)) / n;
                    gb[k] += g;
                    double[] gwk = gw[k];
                    double[] zi = z[i];
                    for (int j = 0; j < d; j++) {
                        gwk[j] += g * zi[j];
                    }
                }
            }
            // Adam: robust step sizes without tuning a schedule
            double b1 = 0.9;
            double b2 = 0.999;
            double c1 = 1 - Math.pow(b1, epoch);
            double c2 = 1 - Math.pow(b2, epoch);
            for (int k = 0; k < c; k++) {
                for (int j = 0; j < d; j++) {
                    double g = gw[k][j] + l2 * w[k][j];
                    mw[k][j] = b1 * mw[k][j] + (1 - b1) * g;
                    vw[k][j] = b2 * vw[k][j] + (1 - b2) * g * g;
                    w[k][j] -= lr * (mw[k][j] / c1) / (Math.sqrt(vw[k][j] / c2) + 1e-8);
                }
                mb[k] = b1 * mb[k] + (1 - b1) * gb[k];
                vb[k] = b2 * vb[k] + (1 - b2) * gb[k] * gb[k];
                b[k] -= lr * (mb[k] / c1) / (Math.sqrt(vb[k] / c2) + 1e-8);
            }
        }
        return new SoftmaxClassifier(List.copyOf(classes), w, b, mean, scale);
    }

    public List<String> classes() {
        return classes;
    }

    /** Class probabilities, in the order of {@link #classes()}. */
    public double[] probabilities(float[] x) {
        double[] z = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            z[j] = (x[j] - mean[j]) * scale[j];
        }
        double[] p = new double[classes.size()];
        logits(weights, bias, z, p);
        softmaxInPlace(p);
        return p;
    }

    private static void logits(double[][] w, double[] b, double[] z, double[] out) {
        for (int k = 0; k < w.length; k++) {
            double s = b[k];
            double[] wk = w[k];
            for (int j = 0; j < z.length; j++) {
                s += wk[j] * z[j];
            }
            out[k] = s;
        }
    }

    private static void softmaxInPlace(double[] p) {
        double max = Arrays.stream(p).max().orElse(0);
        double sum = 0;
        for (int k = 0; k < p.length; k++) {
            p[k] = Math.exp(p[k] - max);
            sum += p[k];
        }
        for (int k = 0; k < p.length; k++) {
            p[k] /= sum;
        }
    }
}
