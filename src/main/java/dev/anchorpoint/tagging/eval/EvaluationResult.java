package dev.anchorpoint.tagging.eval;

import java.util.Locale;

/** The headline figures of issue 3's measure. */
public record EvaluationResult(double macroF1, double precision, double coverage, double levelMae, double qwk,
                               int interviewerSignals, int lines, int levelPairs) {
    /** Exactly the last line the eval-tagger command prints. */
    public String summaryLine() {
        return String.format(Locale.ROOT, "macroF1=%.3f precision=%.3f coverage=%.3f levelMAE=%.2f qwk=%.3f "
                + "interviewerSignals=%d", macroF1, precision, coverage, levelMae, qwk, interviewerSignals);
    }
}
