package dev.anchorpoint.tagging.level;

import dev.anchorpoint.tagging.match.Example;
import dev.anchorpoint.tagging.match.Prediction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
    /** Per example ord: the kinds of cue its own text carries (anchors only; empty for corpus examples). */
    private final List<Set<String>> exampleCueKinds;

    /**
     * Cosine to an anchor from which a statement counts as a paraphrase of it. Measured on the seed's 21 notes:
     * 0.80 gave 17 of 21 in the seed's band (16 without the rule, 14-15 at 0.70-0.75), dev and regression unchanged;
     * with the scope-agreement check and the stakeholder rung, 21 of 21.
     */
    static final double ANCHOR_PARAPHRASE = 0.80;

    public LevelEstimator(int levelVotes, double temperature, double cueWeight, List<Set<String>> exampleCueKinds) {
        this.levelVotes = levelVotes;
        this.temperature = temperature;
        this.cueWeight = cueWeight;
        this.exampleCueKinds = exampleCueKinds;
    }

    /**
     * A statement paraphrases an anchor only when it claims no narrower scope than the anchor: close wording with a
     * pulling-down cue the anchor lacks ("strong relationships with primary decision-makers" next to the level-4
     * "multiple decision-makers") says less than the anchor does, and the neighbours and cues decide instead.
     * Negation is left out here: a negated paraphrase is handled as the anchor's opposite.
     */
    private boolean agreesWith(int ord, List<Cue> cues) {
        Set<String> own = ord < exampleCueKinds.size() ? exampleCueKinds.get(ord) : Set.of();
        return cues.stream().noneMatch(c -> c.narrows() && !c.negates() && !own.contains(c.kind()));
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
            if (e.source() == Example.Source.ANCHOR && n.cosine() >= anchorCosine && agreesWith(n.ord(), cues)) {
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
        for (Cue c : cues) {
            if (raw > c.rung()) { // false for NaN: the cue names no rung
                raw -= cueWeight * (raw - c.rung()) / 2;
            }
        }
        raw = Math.max(1, Math.min(cap, raw));
        if (anchor != null) {
            boolean negated = anchor.level() >= 3 && cues.stream().anyMatch(Cue::negates);
            // bands are 1-2 (level 1.5), 3, 4, 5: hold the estimate inside the paraphrased anchor's band; a
            // negated paraphrase of a 3+ anchor ("fails to close renewals") says its opposite: the 1-2 band
            double band = negated ? 1.5 : anchor.level();
            double lo = band < 3 ? 1 : band;
            double hi = band < 3 ? 2 : band;
            raw = Math.max(lo, Math.min(hi, raw));
            reasons.add(String.format(Locale.ROOT, "%s the level-%s anchor (cosine %.2f)",
                    negated ? "negates" : "paraphrases",
                    anchor.level() < 3 ? "1-2" : Integer.toString((int) anchor.level()), anchorCosine));
        }
        int level = (int) Math.round(raw);
        return new Estimate(Math.max(1, Math.min(5, level)), raw, reasons);
    }
}
