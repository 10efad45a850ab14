package dev.anchorpoint.asr;

import dev.anchorpoint.transcript.Word;

import java.util.List;

/** A final result from an engine: text with start/end relative to the start of the stream, and word timings. */
public record RecognizedSegment(String text, long startMs, long endMs, List<Word> words) {
    public RecognizedSegment {
        words = words == null ? List.of() : List.copyOf(words);
    }

    /** The same segment with every time moved by {@code byMs}: stream time to interview or socket time. */
    public RecognizedSegment shifted(long byMs) {
        if (byMs == 0) {
            return this;
        }
        return new RecognizedSegment(text, startMs + byMs, endMs + byMs, words.stream()
                .map(w -> new Word(w.text(), w.startMs() + byMs, w.endMs() + byMs, w.confidence())).toList());
    }
}
