package dev.anchorpoint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anchorpoint.asr.AsrEngines;
import dev.anchorpoint.asr.RecognitionStream;
import dev.anchorpoint.asr.SpeechRecognizer;
import dev.anchorpoint.asr.TranscriptNormalizer;
import dev.anchorpoint.asr.WordErrorRate;
import dev.anchorpoint.audio.AudioDecoder;
import dev.anchorpoint.transcript.Word;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * For {@code eval-tagger --via-asr}: speaks every candidate line of an eval file with a flite voice (cycling
 * rms, slt, awb), recognises it with the default engine in one long stream per core (Sphinx4 reloads its
 * language model on every new stream), and gives back, for each line, the words recognised inside that line's stretch of audio.
 */
final class FliteAsrRoundTrip implements UnaryOperator<String>, AutoCloseable {
    private static final String[] VOICES = {"rms", "slt", "awb"};
    private static final int GAP_SAMPLES = 16_000 * 3 / 2; // 1.5 s of silence between lines: a clear segment end

    private final String profile;
    private final List<String> phrasings;
    private final PrintStream log;
    private final Map<String, String> recognised = new HashMap<>();
    private final Path tmp;
    private final Path transcriptOut;

    /** {@code phrasings}: mixed into Sphinx4's language model, as score does with its rubric's (empty: none). */
    FliteAsrRoundTrip(String profile, List<String> phrasings, PrintStream log, Path transcriptOut) throws IOException {
        this.profile = profile;
        this.phrasings = phrasings;
        this.log = log;
        this.transcriptOut = transcriptOut;
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
        List<String> texts = recogniseInParallel(lines);
        int errors = 0;
        int referenceWords = 0;
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String heard = texts.get(i);
            recognised.put(lines.get(i), heard);
            List<String> ref = TranscriptNormalizer.words(lines.get(i));
            errors += WordErrorRate.errors(ref, TranscriptNormalizer.words(heard));
            referenceWords += ref.size();
            pairs.add("said:  " + lines.get(i) + System.lineSeparator() + "heard: " + heard);
        }
        // the size of the drop only means something next to how much the recogniser got wrong
        log.printf(Locale.ROOT, "via-asr: word error rate of the round trip %.3f (%d/%d words)%n",
                referenceWords == 0 ? 0.0 : (double) errors / referenceWords, errors, referenceWords);
        if (transcriptOut != null) {
            Files.write(transcriptOut, pairs);
            log.println("via-asr: said/heard pairs written to " + transcriptOut);
        }
    }

    /**
     * Splits the lines into one contiguous part per core; each part is spoken into one long audio stream (lines
     * 1.5 s apart) and recognised by its own decoder on its own thread. One stream per part, not per line: every
     * new Sphinx4 stream would reload its language model. Returns the recognised text of each line, in order.
     */
    private List<String> recogniseInParallel(List<String> lines) throws IOException, InterruptedException {
        int parts = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), lines.size()));
        List<Part> work = new ArrayList<>();
        double seconds = 0;
        for (int p = 0; p < parts; p++) {
            int from = p * lines.size() / parts;
            int to = (p + 1) * lines.size() / parts;
            Part part = new Part();
            for (int i = from; i < to; i++) {
                part.add(synthesize(lines.get(i), VOICES[i % VOICES.length], i));
            }
            seconds += part.samples / 16_000.0;
            work.add(part);
        }
        log.printf(Locale.ROOT, "via-asr: %d candidate lines, %.0f s of flite speech, recognising with sphinx/%s "
                + "(%s) in %d parallel stream(s)%n", lines.size(), seconds, profile,
                phrasings.isEmpty() ? "general English" : phrasings.size() + " rubric phrasings mixed in", parts);
        List<String> texts = new ArrayList<>();
        try (SpeechRecognizer asr = AsrEngines.create("sphinx", null, profile, phrasings)) {
            ExecutorService pool = Executors.newFixedThreadPool(parts);
            try {
                List<Future<List<String>>> results = new ArrayList<>();
                for (Part part : work) {
                    results.add(pool.submit(() -> part.recognise(asr)));
                }
                for (Future<List<String>> f : results) {
                    texts.addAll(f.get());
                }
            } catch (ExecutionException e) {
                throw new IOException("recognition failed: " + e.getCause().getMessage(), e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        return texts;
    }

    /** Consecutive lines spoken into one audio stream, with where each line sits in it. */
    private static final class Part {
        final List<long[]> spans = new ArrayList<>();
        final List<short[]> pcm = new ArrayList<>();
        long samples;

        void add(short[] speech) {
            spans.add(new long[]{samples * 1000 / 16_000, (samples + speech.length) * 1000 / 16_000});
            pcm.add(speech);
            pcm.add(new short[GAP_SAMPLES]);
            samples += speech.length + GAP_SAMPLES;
        }

        List<String> recognise(SpeechRecognizer asr) {
            List<Word> words = new ArrayList<>();
            try (RecognitionStream stream = asr.open(seg -> {
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
            spans.forEach(s -> texts.add(new StringBuilder()));
            synchronized (words) {
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
            }
            return texts.stream().map(StringBuilder::toString).toList();
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
