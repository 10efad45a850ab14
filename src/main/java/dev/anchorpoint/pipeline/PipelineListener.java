package dev.anchorpoint.pipeline;

import dev.anchorpoint.scoring.Scorecard;
import dev.anchorpoint.tagging.Signal;
import dev.anchorpoint.transcript.Role;
import dev.anchorpoint.transcript.Utterance;

/** What a running interview emits, in order, as it becomes final. Callbacks may come from engine threads. */
public interface PipelineListener {
    default void onPartial(Role speaker, String text) {
    }

    default void onUtterance(Utterance utterance) {
    }

    default void onSignal(Signal signal) {
    }

    /** The whole scorecard after a change (new signals); compare with the previous one to find updated suggestions. */
    default void onScorecard(Scorecard scorecard) {
    }
}
