package dev.anchorpoint.tagging.level;

/**
 * One explainable reason bearing on the level: what was heard and which way it pushes.
 *
 * @param name  what a reviewer reads, e.g. "multi-year horizon", "numbers: 30%", "hedging: i guess"
 * @param shift level points added (negative pulls down)
 * @param cap   highest level this cue allows, or 5 when it sets no ceiling
 */
public record Cue(String name, double shift, int cap) {
    public static Cue shift(String name, double shift) {
        return new Cue(name, shift, 5);
    }

    public static Cue cap(String name, int cap) {
        return new Cue(name, 0, cap);
    }
}
