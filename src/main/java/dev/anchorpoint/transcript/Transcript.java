package dev.anchorpoint.transcript;

import java.util.List;

/** An ordered list of utterances and where they came from (a file name, "live", ...). */
public record Transcript(String source, List<Utterance> utterances) {
    public Transcript {
        utterances = List.copyOf(utterances);
    }

    public long durationMs() {
        return utterances.stream().mapToLong(Utterance::endMs).max().orElse(0);
    }
}
