package dev.anchorpoint.tagging;

import dev.anchorpoint.transcript.Utterance;

import java.util.List;

/**
 * Matches one final utterance to rubric anchors. Returns signals strongest first, or an empty list when it
 * abstains. Implementations return nothing for anything but candidate speech.
 */
public interface Tagger {
    List<Signal> tag(Utterance utterance);
}
