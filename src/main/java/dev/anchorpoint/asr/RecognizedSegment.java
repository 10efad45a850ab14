package dev.anchorpoint.asr;

import dev.anchorpoint.transcript.Word;

import java.util.List;

/** A final result from an engine: text with start/end relative to the start of the stream, and word timings. */
public record RecognizedSegment(String text, long startMs, long endMs, List<Word> words) {
    public RecognizedSegment {
        words = words == null ? List.of() : List.copyOf(words);
    }
}
