package dev.anchorpoint.tagging;

import dev.anchorpoint.transcript.Utterance;

import java.util.List;

/**
 * Matches one final utterance to rubric anchors. Returns the signal for the utterance as a whole first (the one an
 * evaluation compares with its label), then any further dimensions met by parts of it, strongest first; an empty
 * list when it abstains. At most one signal per dimension. Implementations return nothing for anything but
 * candidate speech.
 */
public interface Tagger {
    List<Signal> tag(Utterance utterance);
}
