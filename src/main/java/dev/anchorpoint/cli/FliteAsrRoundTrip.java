package dev.anchorpoint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anchorpoint.asr.AsrEngines;
import dev.anchorpoint.asr.RecognitionStream;
import dev.anchorpoint.asr.RecognizedSegment;
import dev.anchorpoint.asr.SpeechRecognizer;
import dev.anchorpoint.audio.AudioDecoder;
import dev.anchorpoint.transcript.Word;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * For {@code eval-tagger --via-asr}: speaks every candidate line of an eval file with a flite voice (cycling
 * rms, slt, awb), recognises all of it with the default engine in ONE stream (Sphinx4 reloads its language model
 * on every new stream), and gives back, for each line, the words recognised inside that line's stretch of audio.
 */
final class FliteAsrRoundTrip implements UnaryOperator<String>, AutoCloseable {
    private static final String[] VOICES = {"rms", "slt", "awb"};
    private static final int GAP_SAMPLES = 16_000 * 3 / 2; // 1.5 s of silence between lines: a clear segment end

    private final String profile;
    private final PrintStream log;
    private final Map<String, String> recognised = new HashMap<>();
    private final Path tmp;

    FliteAsrRoundTrip(String profile, PrintStream log) throws IOException {
        this.profile = profile;
        this.log = log;
        this.tmp = Files.createTempDirectory("anchorpoint-via-asr");
    }

    /** Synthesises and recognises every candidate line of the file, once. */
    void prepare(Path jsonl) throws IOException, InterruptedException {
        List<String> lines = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String l : Files.readAllLines(jsonl)) {
            if (!l.isBlank()) {
                JsonNode n = json.readTree(l);
                if ("candidate".equals(n.path("speaker").asText())) {
                    lines.add(n.path("text").asText());
                }
            }
        }
        List<long[]> spans = new ArrayList<>();
        List<short[]> pcm = new ArrayList<>();
        long samples = 0;
        for (int i = 0; i < lines.size(); i++) {
            short[] speech = synthesize(lines.get(i), VOICES[i % VOICES.length], i);
            spans.add(new long[]{samples * 1000 / 16_000, (samples + speech.length) * 1000 / 16_000});
            pcm.add(speech);
            pcm.add(new short[GAP_SAMPLES]);
            samples += speech.length + GAP_SAMPLES;
        }
        log.printf("via-asr: %d candidate lines, %.0f s of flite speech, recognising with sphinx/%s%n",
                lines.size(), samples / 16_000.0, profile);
        List<Word> words = new ArrayList<>();
        try (SpeechRecognizer asr = AsrEngines.create("sphinx", null, profile);
             RecognitionStream stream = asr.open(seg -> {
                 synchronized (words) {
                     words.addAll(seg.words());
                 }
             })) {
            for (short[] chunk : pcm) {
                stream.accept(chunk, 0, chunk.length);
            }
            stream.finish();
        }
        List<StringBuilder> texts = new ArrayList<>();
        lines.forEach(l -> texts.add(new StringBuilder()));
        for (Word w : words) {
            long mid = (w.startMs() + w.endMs()) / 2;
            for (int i = 0; i < spans.size(); i++) {
                // a word belongs to the line whose audio (plus half the gap after it) holds its midpoint
                if (mid >= spans.get(i)[0] && mid < spans.get(i)[1] + 750) {
                    texts.get(i).append(texts.get(i).length() == 0 ? "" : " ").append(w.text());
                    break;
                }
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            recognised.put(lines.get(i), texts.get(i).toString());
        }
    }

    private short[] synthesize(String text, String voice, int i) throws IOException, InterruptedException {
        Path wav = tmp.resolve("line" + i + ".wav");
        Process p = new ProcessBuilder("flite", "-voice", voice, "-t", text, "-o", wav.toString())
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("flite failed on line " + (i + 1) + " (is flite installed? apt-get install flite)");
        }
        short[] s = AudioDecoder.decode16kMono(wav);
        Files.deleteIfExists(wav);
        return s;
    }

    @Override
    public String apply(String text) {
        return recognised.getOrDefault(text, text);
    }

    @Override
    public void close() throws IOException {
        try (var files = Files.list(tmp)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(tmp);
    }
}
