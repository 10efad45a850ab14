package dev.anchorpoint.scoring;

import dev.anchorpoint.rubric.Dimension;
import dev.anchorpoint.rubric.LevelSpec;
import dev.anchorpoint.rubric.Rubric;
import dev.anchorpoint.rubric.Rule;
import dev.anchorpoint.tagging.Signal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Turns signals into per-dimension suggestions, the weighted final score and rule results.
 * Pure function of its inputs, so the live view can call it after every new signal.
 */
public final class Scorer {

    /** Scores with the tagger's suggestions only. */
    public Scorecard score(Rubric rubric, String levelId, List<Signal> signals) {
        return score(rubric, levelId, signals, Map.of());
    }

    /**
     * @param decided interviewer decisions (dimension id to score) that replace the suggestion in the final score
     */
    public Scorecard score(Rubric rubric, String levelId, List<Signal> signals, Map<String, Integer> decided) {
        LevelSpec level = rubric.requireLevel(levelId);
        List<DimensionScore> dims = new ArrayList<>();
        for (Dimension d : rubric.dimensions()) {
            List<Signal> mine = signals.stream().filter(s -> s.dimension().equals(d.id()))
                    .sorted(Comparator.comparingDouble(Signal::confidence).reversed()).toList();
            dims.add(suggest(d, mine, decided.get(d.id())));
        }
        List<String> missing = dims.stream().filter(ds -> !ds.hasScore()).map(DimensionScore::id).toList();
        double weightSum = dims.stream().filter(DimensionScore::hasScore).mapToDouble(DimensionScore::weight).sum();
        Double finalScore = weightSum == 0 ? null : round2(dims.stream().filter(DimensionScore::hasScore)
                .mapToDouble(ds -> ds.weight() * ds.score()).sum() / weightSum);
        List<RuleResult> rules = rubric.rules().stream().map(r -> evaluate(r, level.id(), dims)).toList();
        boolean meets = finalScore != null && finalScore >= level.expectedScore()
                && rules.stream().noneMatch(r -> r.status() == RuleResult.Status.FAIL);
        return new Scorecard(rubric.id(), rubric.version(), level.id(), level.expectedScore(), finalScore, dims,
                missing, rules, meets);
    }

    /**
     * Confidence-weighted mean of the signalled levels, rounded: one strong anchor-level statement outweighs
     * several weak ones, and contradicting evidence pulls the score toward the middle instead of being ignored.
     */
    private static DimensionScore suggest(Dimension d, List<Signal> signals, Integer decidedScore) {
        if (signals.isEmpty() && decidedScore == null) {
            return new DimensionScore(d.id(), d.name(), d.weight(), null, 0, null, signals);
        }
        Integer score = decidedScore;
        double confidence = 1.0;
        if (!signals.isEmpty()) {
            double wsum = signals.stream().mapToDouble(Signal::confidence).sum();
            double mean = signals.stream().mapToDouble(s -> s.confidence() * s.level()).sum() / wsum;
            int suggested = (int) Math.max(1, Math.min(5, Math.floor(mean + 0.5)));
            // Agreement: share of the evidence weight within one level of the suggestion.
            double agree = signals.stream().filter(s -> Math.abs(s.level() - suggested) <= 1)
                    .mapToDouble(Signal::confidence).sum() / wsum;
            double best = signals.get(0).confidence();
            // More independent evidence raises confidence: 1 - prod(1 - c), capped by agreement.
            double combined = 1 - signals.stream().mapToDouble(s -> 1 - s.confidence()).reduce(1, (a, b) -> a * b);
            confidence = round2(Math.min(1, Math.max(best, combined) * agree));
            if (score == null) {
                score = suggested;
            }
        }
        return new DimensionScore(d.id(), d.name(), d.weight(), score, confidence, d.anchorFor(score).text(), signals);
    }

    private static RuleResult evaluate(Rule rule, String levelId, List<DimensionScore> dims) {
        if (!rule.appliesTo(levelId)) {
            return new RuleResult(rule.id(), rule.description(), RuleResult.Status.NOT_APPLICABLE,
                    "does not apply at level " + levelId);
        }
        if (rule instanceof Rule.MinHighScores r) {
                List<String> high = dims.stream().filter(ds -> ds.hasScore() && ds.score() >= r.minScore())
                        .map(DimensionScore::id).toList();
                long unscored = dims.stream().filter(ds -> !ds.hasScore()).count();
                if (high.size() >= r.count()) {
                    return new RuleResult(r.id(), r.description(), RuleResult.Status.PASS,
                            high.size() + " dimension(s) at " + r.minScore() + "+: " + String.join(", ", high));
                }
                if (high.size() + unscored >= r.count()) {
                    return new RuleResult(r.id(), r.description(), RuleResult.Status.NOT_ENOUGH_EVIDENCE,
                            high.size() + " of " + r.count() + " needed at " + r.minScore() + "+; " + unscored
                                    + " dimension(s) still without evidence");
                }
                return new RuleResult(r.id(), r.description(), RuleResult.Status.FAIL,
                        "only " + high.size() + " of " + r.count() + " needed dimensions at " + r.minScore() + "+"
                                + (high.isEmpty() ? "" : ": " + String.join(", ", high)));
        }
        Rule.NonNegotiable r = (Rule.NonNegotiable) rule;
        {
                DimensionScore ds = dims.stream().filter(x -> x.id().equals(r.dimension())).findFirst()
                        .orElseThrow();
                if (!ds.hasScore()) {
                    return new RuleResult(r.id(), r.description(), RuleResult.Status.NOT_ENOUGH_EVIDENCE,
                            ds.name() + " has no score yet");
                }
                boolean ok = ds.score() >= r.minScore();
                return new RuleResult(r.id(), r.description(), ok ? RuleResult.Status.PASS : RuleResult.Status.FAIL,
                        ds.name() + " scored " + ds.score() + (ok ? " (minimum " : ", below the minimum of ")
                                + r.minScore() + (ok ? ")" : ""));
        }
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
