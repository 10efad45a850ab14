package dev.anchorpoint.rubric;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks that a rubric is usable: what a person must fix, one phrase each. */
public final class RubricValidator {
    private RubricValidator() {
    }

    public static List<String> problems(Rubric r) {
        List<String> p = new ArrayList<>();
        if (r.id().isBlank()) {
            p.add("the rubric has no id");
        }
        if (r.dimensions().isEmpty()) {
            p.add("the rubric has no dimensions");
        }
        if (r.levels().isEmpty()) {
            p.add("the rubric has no levels (e.g. junior, mid, senior, staff)");
        }
        Set<String> ids = new HashSet<>();
        for (Dimension d : r.dimensions()) {
            if (!d.id().isBlank() && !ids.add(d.id())) {
                p.add("duplicate dimension id '" + d.id() + "'");
            }
            if (d.weight() <= 0) {
                p.add("dimension " + d.id() + " needs a weight above 0");
            }
            checkBands(d, p);
        }
        double sum = r.dimensions().stream().mapToDouble(Dimension::weight).sum();
        if (!r.dimensions().isEmpty() && Math.abs(sum - 100) > 0.01) {
            p.add("weights sum to " + fmt(sum) + "%, not 100%");
        }
        Set<String> levelIds = new HashSet<>();
        for (LevelSpec l : r.levels()) {
            if (!l.id().isBlank() && !levelIds.add(l.id())) {
                p.add("duplicate level id '" + l.id() + "'");
            }
        }
        Set<String> ruleIds = new HashSet<>();
        for (Rule rule : r.rules()) {
            if (!rule.id().isBlank() && !ruleIds.add(rule.id())) {
                p.add("duplicate rule id '" + rule.id() + "'");
            }
            for (String l : rule.levels()) {
                if (!levelIds.contains(l)) {
                    p.add("rule " + rule.id() + " names unknown level '" + l + "'");
                }
            }
            if (rule.levels().isEmpty()) {
                p.add("rule " + rule.id() + " names no levels");
            }
            if (rule instanceof Rule.NonNegotiable n) {
                if (!ids.contains(n.dimension())) {
                    p.add("rule " + rule.id() + " names unknown dimension '" + n.dimension() + "'");
                }
                if (n.minScore() < 1 || n.minScore() > 5) {
                    p.add("rule " + rule.id() + " has minScore " + n.minScore() + " outside 1-5");
                }
            }
            if (rule instanceof Rule.MinHighScores m) {
                if (m.minScore() < 1 || m.minScore() > 5) {
                    p.add("rule " + rule.id() + " has minScore " + m.minScore() + " outside 1-5");
                }
                if (m.count() < 1 || m.count() > r.dimensions().size()) {
                    p.add("rule " + rule.id() + " asks for " + m.count() + " dimensions but the rubric has "
                            + r.dimensions().size());
                }
            }
        }
        return p;
    }

    /** Bands must cover 1..5 exactly once: no gap, no overlap. */
    private static void checkBands(Dimension d, List<String> p) {
        int[] cover = new int[6];
        for (Anchor a : d.anchors()) {
            if (a.fromLevel() < 1 || a.toLevel() > 5) {
                p.add("dimension " + d.id() + " has band " + a.band() + " outside levels 1-5");
                continue;
            }
            if (a.text().isBlank()) {
                p.add("dimension " + d.id() + " has an empty anchor for band " + a.band());
            }
            for (int l = a.fromLevel(); l <= a.toLevel(); l++) {
                cover[l]++;
            }
        }
        for (int l = 1; l <= 5; l++) {
            if (cover[l] == 0) {
                p.add("dimension " + d.id() + " has no anchor for level " + l);
            } else if (cover[l] > 1) {
                p.add("dimension " + d.id() + " has overlapping anchors at level " + l);
            }
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
