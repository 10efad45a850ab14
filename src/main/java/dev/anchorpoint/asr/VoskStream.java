package dev.anchorpoint.asr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anchorpoint.transcript.Word;
import org.vosk.Model;
import org.vosk.Recognizer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One native Vosk recognizer; decodes on the caller's thread inside accept(). */
final class VoskStream implements RecognitionStream {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RecognitionListener listener;
    private Recognizer recognizer;
    private String lastPartial = "";
    private boolean finished;

    VoskStream(Model model, RecognitionListener listener) {
        this.listener = listener;
        try {
            recognizer = new Recognizer(model, RecognitionStream.SAMPLE_RATE);
        } catch (IOException | RuntimeException e) {
            throw new AsrException("Vosk could not create a recognizer: " + e.getMessage(), e);
        }
        recognizer.setWords(true);
    }

    @Override
    public synchronized void accept(short[] samples, int offset, int length) {
        if (finished || recognizer == null) {
            throw new IllegalStateException("accept() after finish() or close()");
        }
        short[] chunk = offset == 0 ? samples : Arrays.copyOfRange(samples, offset, offset + length);
        if (recognizer.acceptWaveForm(chunk, length)) {
            lastPartial = "";
            emit(recognizer.getResult());
        } else {
            String partial = parse(recognizer.getPartialResult()).path("partial").asText("").trim();
            if (!partial.isEmpty() && !partial.equals(lastPartial)) {
                lastPartial = partial;
                listener.onPartial(partial);
            }
        }
    }

    @Override
    public synchronized void finish() {
        if (finished || recognizer == null) {
            return;
        }
        finished = true;
        emit(recognizer.getFinalResult());
    }

    private void emit(String json) {
        RecognizedSegment segment = toSegment(parse(json));
        if (segment != null) {
            listener.onSegment(segment);
        }
    }

    /** {"result":[{"conf":0.9,"end":1.02,"start":0.6,"word":"one"}...],"text":"one ..."}; times in seconds. */
    static RecognizedSegment toSegment(JsonNode node) {
        List<Word> words = new ArrayList<>();
        for (JsonNode w : node.path("result")) {
            String text = w.path("word").asText("").trim();
            if (text.isEmpty() || text.equals("[unk]") || text.equals("<unk>")) {
                continue;
            }
            double conf = Math.max(0, Math.min(1, w.path("conf").asDouble(1.0)));
            words.add(new Word(text, Math.round(w.path("start").asDouble() * 1000),
                    Math.round(w.path("end").asDouble() * 1000), conf));
        }
        if (words.isEmpty()) {
            return null;
        }
        // from the words rather than "text", so that dropped [unk] tokens do not reappear
        String text = String.join(" ", words.stream().map(Word::text).toList());
        return new RecognizedSegment(text, words.get(0).startMs(), words.get(words.size() - 1).endMs(), words);
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json == null ? "{}" : json);
        } catch (IOException e) {
            throw new AsrException("Vosk returned unreadable JSON: " + json, e);
        }
    }

    @Override
    public synchronized void close() {
        if (recognizer != null) {
            recognizer.close();
            recognizer = null;
        }
    }
}
