package dev.anchorpoint.tagging.analysis;

/**
 * A quantity said in the utterance, in digits or words ("forty slides", "seven figures", "thirty percent",
 * "two million dollars"). The tagger reads magnitudes as evidence of measured outcomes.
 */
public record Magnitude(double value, Kind kind, String text) {
    public enum Kind {
        /** a plain count: "five sites", "two quarters" */
        COUNT,
        /** "thirty percent", "30%" */
        PERCENT,
        /** "two million dollars", "$400k", "seven figures" */
        MONEY
    }

    public String describe() {
        return switch (kind) {
            case PERCENT -> fmt(value) + "%";
            case MONEY -> "$" + fmt(value);
            default -> fmt(value);
        };
    }

    private static String fmt(double v) {
        if (v >= 1_000_000 && v % 1_000_000 == 0) {
            return (long) (v / 1_000_000) + "M";
        }
        if (v >= 1_000 && v % 1_000 == 0) {
            return (long) (v / 1_000) + "k";
        }
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
