package dev.anchorpoint.store;

import java.time.Instant;

/**
 * One entry of the append-only decision log.
 *
 * @param action confirm, override or note
 * @param before the dimension's effective score before the decision (suggested or earlier decision), may be null
 * @param after  the score the interviewer settled on (confirm, override); null for a note
 */
public record DecisionRecord(long id, String interviewId, String dimension, String action, Integer before,
                             Integer after, String note, String by, Instant at) {
    public boolean setsScore() {
        return "confirm".equals(action) || "override".equals(action);
    }
}
