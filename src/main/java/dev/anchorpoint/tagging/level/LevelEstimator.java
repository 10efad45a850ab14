package dev.anchorpoint.tagging.level;

import dev.anchorpoint.tagging.match.Example;
import dev.anchorpoint.tagging.match.Prediction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The level of an utterance already placed on a dimension: the similarity-weighted mean level of its nearest
 * examples on that dimension, moved by the explicit {@link Cue}s and held under their ceilings. A statement that
 * paraphrases one of the dimension's anchors closely (an interviewer's note, a written summary) is held inside that
 * anchor's band: the rubric's own wording outranks the neighbours' average. Spoken answers almost never come that
 * close to an anchor, so for them nothing changes.
 */
public final class LevelEstimator {
    private final int levelVotes;
    private final double temperature;
    private final double cueWeight;

    /**
     * Cosine to an anchor from which a statement counts as a paraphrase of it. Measured on the seed's 21 notes:
     * 0.80 gives 17 of 21 in the seed's band (16 without the rule, 14-15 at 0.70-0.75), dev and regression unchanged.
     */
    static final double ANCHOR_PARAPHRASE = 0.80;

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
        Example anchor = null;
        double anchorCosine = ANCHOR_PARAPHRASE;
        for (Prediction.Neighbour n : prediction.neighbours()) {
            Example e = examples.get(n.ord());
            if (!dimension.equals(e.dimension())) {
                continue;
            }
            if (e.source() == Example.Source.ANCHOR && n.cosine() >= anchorCosine) {
                anchor = e;
                anchorCosine = n.cosine();
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
        if (anchor != null) {
            // bands are 1-2 (level 1.5), 3, 4, 5: hold the estimate inside the paraphrased anchor's band
            double lo = anchor.level() < 3 ? 1 : anchor.level();
            double hi = anchor.level() < 3 ? 2 : anchor.level();
            raw = Math.max(lo, Math.min(hi, raw));
            reasons.add(String.format(Locale.ROOT, "paraphrases the level-%s anchor (cosine %.2f)",
                    anchor.level() < 3 ? "1-2" : Integer.toString((int) anchor.level()), anchorCosine));
        }
        int level = (int) Math.round(raw);
        return new Estimate(Math.max(1, Math.min(5, level)), raw, reasons);
    }
}
