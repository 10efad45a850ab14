package dev.anchorpoint.tagging.level;

/**
 * One explainable reason bearing on the level: what was heard and which way it pushes.
 *
 * @param name  what a reviewer reads, e.g. "multi-year horizon", "numbers: 30%", "hedging: i guess"
 * @param shift level points added (negative pulls down)
 * @param cap   highest level this cue allows, or 5 when it sets no ceiling
 * @param negates true for negation ("never", "fails to"): the statement says the opposite of what it mentions
 * @param rung    a level the statement names outright (the primary contact is the level-3 rung of the stakeholder
 *                ladder): an estimate above it is drawn halfway down to it; NaN when the cue names none
 */
public record Cue(String name, double shift, int cap, boolean negates, double rung) {
    public Cue(String name, double shift, int cap) {
        this(name, shift, cap, false, Double.NaN);
    }

    /** Pulls the level down (a negative shift or a rung): the statement claims less than a higher anchor does. */
    public boolean narrows() {
        return shift < 0 || !Double.isNaN(rung);
    }

    /** What sort of cue this is, without what was heard: "numbers", "hedging", "personal agency". */
    public String kind() {
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(0, colon);
    }

    public static Cue shift(String name, double shift) {
        return new Cue(name, shift, 5);
    }

    public static Cue cap(String name, int cap) {
        return new Cue(name, 0, cap);
    }

    public static Cue negation(String name, double shift) {
        return new Cue(name, shift, 5, true, Double.NaN);
    }

    public static Cue rung(String name, double level) {
        return new Cue(name, 0, 5, false, level);
    }
}
