package dev.anchorpoint.transcript;

import java.util.List;

/**
 * An ordered list of utterances and where they came from (a file name, "live", ...).
 *
 * @param timesEstimated true when the source had no times and the utterance times were estimated from word counts
 *                       (see {@link TranscriptReader}); evidence timestamps are then approximate
 */
public record Transcript(String source, List<Utterance> utterances, boolean timesEstimated) {
    public Transcript {
        utterances = List.copyOf(utterances);
    }

    /** A transcript with real times (from audio or from a timed transcript). */
    public Transcript(String source, List<Utterance> utterances) {
        this(source, utterances, false);
    }

    public long durationMs() {
        return utterances.stream().mapToLong(Utterance::endMs).max().orElse(0);
    }
}
