package dev.anchorpoint.tagging.level;

import dev.anchorpoint.tagging.match.Example;
import dev.anchorpoint.tagging.match.Prediction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The level of an utterance already placed on a dimension: the similarity-weighted mean level of its nearest
 * examples on that dimension, moved by the explicit {@link Cue}s and held under their ceilings.
 */
public final class LevelEstimator {
    private final int levelVotes;
    private final double temperature;
    private final double cueWeight;

    public LevelEstimator(int levelVotes, double temperature, double cueWeight) {
        this.levelVotes = levelVotes;
        this.temperature = temperature;
        this.cueWeight = cueWeight;
    }

    public record Estimate(int level, double raw, List<String> reasons) {
    }

    public Estimate estimate(String dimension, Prediction prediction, List<Example> examples, List<Cue> cues) {
        double sum = 0;
        double weight = 0;
        double best = Double.NaN;
        int used = 0;
        for (Prediction.Neighbour n : prediction.neighbours()) {
            Example e = examples.get(n.ord());
            if (!dimension.equals(e.dimension())) {
                continue;
            }
            if (Double.isNaN(best)) {
                best = n.score();
            }
            double w = Math.exp((n.score() - best) / temperature);
            sum += w * e.level();
            weight += w;
            if (++used >= levelVotes) {
                break;
            }
        }
        double neighbours = weight > 0 ? sum / weight : 3.0;
        List<String> reasons = new ArrayList<>();
        reasons.add(String.format(Locale.ROOT, "nearest examples: level %.1f", neighbours));
        double shift = 0;
        int cap = 5;
        for (Cue c : cues) {
            shift += c.shift();
            cap = Math.min(cap, c.cap());
            reasons.add(c.name());
        }
        double raw = neighbours + cueWeight * shift;
        raw = Math.max(1, Math.min(cap, raw));
        int level = (int) Math.round(raw);
        return new Estimate(Math.max(1, Math.min(5, level)), raw, reasons);
    }
}
