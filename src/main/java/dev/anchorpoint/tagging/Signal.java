package dev.anchorpoint.tagging;

import java.util.List;

/**
 * The tagger's claim that a stretch of candidate speech shows the behaviour of one dimension at one level.
 *
 * @param confidence calibrated probability in [0,1] that dimension (and band) are right
 * @param anchor     the rubric anchor text that the evidence meets
 * @param cues       human-readable reasons for the level (e.g. "multi-year horizon", "numbers: 30%", "hedging")
 */
public record Signal(String dimension, int level, double confidence, Evidence evidence, String anchor,
                     List<String> cues) {
    public Signal {
        cues = cues == null ? List.of() : List.copyOf(cues);
        if (level < 1 || level > 5) {
            throw new IllegalArgumentException("level out of range: " + level);
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of range: " + confidence);
        }
    }
}
