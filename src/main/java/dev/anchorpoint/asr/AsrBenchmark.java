package dev.anchorpoint.asr;

import dev.anchorpoint.audio.AudioDecoder;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Word error rate and real-time factor of every available engine and profile over a folder of NAME.wav + NAME.txt
 * pairs. One decoding thread per engine, audio fed as fast as the engine takes it in 100 ms chunks, a warm-up clip
 * before timing, the model load not timed (a stream reuses a loaded decoder, as in a long interview). The last lines
 * are one summary per engine and profile: {@code engine=NAME profile=NAME wer=0.000 rtf=0.000 audioSeconds=N}.
 */
public final class AsrBenchmark {
    static final int CHUNK = RecognitionStream.SAMPLE_RATE / 10;

    private AsrBenchmark() {
    }

    record Clip(String name, short[] samples, String reference) {
        double seconds() {
            return samples.length / (double) RecognitionStream.SAMPLE_RATE;
        }
    }

    /** Pooled result of one engine and profile. */
    public record Summary(String engine, String profile, int errors, int referenceWords, double decodeSeconds,
                          double cpuSeconds, double audioSeconds) {
        public double wer() {
            return referenceWords == 0 ? 0 : (double) errors / referenceWords;
        }

        public double rtf() {
            return audioSeconds == 0 ? 0 : decodeSeconds / audioSeconds;
        }

        /** Process CPU seconds per audio second: less sensitive than wall time to other load on the machine. */
        public double cpuRtf() {
            return audioSeconds == 0 ? 0 : cpuSeconds / audioSeconds;
        }

        public String line() {
            return String.format(Locale.ROOT, "engine=%s profile=%s wer=%.3f rtf=%.3f audioSeconds=%d", engine, profile,
                    wer(), rtf(), Math.round(audioSeconds));
        }
    }

    /**
     * Usage: AsrBenchmark DIR [--sphinx-config FILE.xml]... [--phrasings FILE]. With --sphinx-config only those
     * configs are measured (profile = file name), for tuning; --phrasings mixes a domain model into Sphinx4's.
     */
    public static void main(String[] args) {
        if (args.length == 0 || args[0].startsWith("-")) {
            System.err.println("usage: bench-asr DIR   (DIR holds NAME.wav + NAME.txt pairs, 16 kHz mono 16-bit)");
            System.exit(2);
        }
        try {
            Path dir = Path.of(args[0]);
            List<Path> configs = new ArrayList<>();
            List<String> phrasings = List.of();
            for (int i = 1; i < args.length; i++) {
                if (args[i].equals("--sphinx-config") && i + 1 < args.length) {
                    configs.add(Path.of(args[++i]));
                } else if (args[i].equals("--phrasings") && i + 1 < args.length) {
                    phrasings = readPhrasings(Path.of(args[++i]));
                } else {
                    throw new AsrException("Unknown argument '" + args[i] + "'. usage: bench-asr DIR "
                            + "[--sphinx-config FILE] [--phrasings FILE]");
                }
            }
            if (configs.isEmpty()) {
                run(dir, System.out, phrasings);
            } else {
                List<Clip> clips = loadClips(dir);
                List<Summary> summaries = new ArrayList<>();
                for (Path config : configs) {
                    String name = config.getFileName().toString().replaceAll("\\.xml$", "");
                    try (SpeechRecognizer r = new SphinxSpeechRecognizer("live", config.toUri().toString(),
                            "sphinx " + name, phrasings)) {
                        summaries.add(measure(r, "sphinx", name, clips, System.out));
                    }
                }
                printSummaries(summaries, System.out);
            }
        } catch (AsrException e) {
            System.err.println("bench-asr: " + e.getMessage());
            System.exit(1);
        }
    }

    /** One phrasing a line, blank lines skipped (what {@code anchorpoint rubric phrasings NAME} prints). */
    static List<String> readPhrasings(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new AsrException("Cannot read phrasings " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Every engine and profile; {@code phrasings} (may be empty) are mixed into Sphinx4's language model as the
     * score and serve commands do with their rubric's, so that the figures are those of the product, not of bare
     * Sphinx4.
     */
    public static List<Summary> run(Path dir, PrintStream out, List<String> phrasings) {
        List<Clip> clips = loadClips(dir);
        List<Summary> summaries = new ArrayList<>();
        if (!phrasings.isEmpty()) {
            out.println("# sphinx language model: general English + " + phrasings.size() + " domain phrasings");
        }
        for (String profile : List.of("live", "batch")) {
            try (SpeechRecognizer r = AsrEngines.create("sphinx", null, profile, phrasings)) {
                summaries.add(measure(r, "sphinx", profile, clips, out));
            }
        }
        Optional<Path> vosk = AsrEngines.findVoskModel(AsrEngines.MODELS_DIR);
        if (vosk.isPresent()) {
            try (SpeechRecognizer r = AsrEngines.create("vosk", vosk.get(), "batch")) {
                summaries.add(measure(r, "vosk", r.profile(), clips, out));
            }
        } else {
            out.println("# vosk skipped: no Vosk model under " + AsrEngines.MODELS_DIR.toAbsolutePath()
                    + " (scripts/fetch-vosk-model)");
        }
        printSummaries(summaries, out);
        return summaries;
    }

    /** CPU figures and load first, then the summary lines last, as scripts expect. */
    static void printSummaries(List<Summary> summaries, PrintStream out) {
        for (Summary s : summaries) {
            out.printf(Locale.ROOT, "# engine=%s profile=%s errors=%d/%d cpuRtf=%.3f decodeSeconds=%.1f%n", s.engine(),
                    s.profile(), s.errors(), s.referenceWords(), s.cpuRtf(), s.decodeSeconds());
        }
        out.printf(Locale.ROOT, "# cores=%d loadAverage=%.2f%n", Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        summaries.forEach(s -> out.println(s.line()));
    }

    static double processCpuSeconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }

    static Summary measure(SpeechRecognizer recognizer, String engine, String profile, List<Clip> clips, PrintStream out) {
        out.println("# " + recognizer.description());
        if (recognizer instanceof SphinxSpeechRecognizer s) {
            s.preload();
        }
        Clip warmUp = clips.get(0);
        decode(recognizer, warmUp.samples());
        int errors = 0;
        int refWords = 0;
        double decodeSeconds = 0;
        double cpuSeconds = 0;
        double audioSeconds = 0;
        for (Clip clip : clips) {
            long t0 = System.nanoTime();
            double cpu0 = processCpuSeconds();
            String hypothesis = decode(recognizer, clip.samples());
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpu = processCpuSeconds() - cpu0;
            List<String> ref = TranscriptNormalizer.words(clip.reference());
            int e = WordErrorRate.errors(ref, TranscriptNormalizer.words(hypothesis));
            errors += e;
            refWords += ref.size();
            decodeSeconds += seconds;
            cpuSeconds += cpu;
            audioSeconds += clip.seconds();
            out.printf(Locale.ROOT, "engine=%s profile=%s clip=%s seconds=%.2f errors=%d/%d wer=%.3f rtf=%.3f cpuRtf=%.3f hyp=\"%s\"%n",
                    engine, profile, clip.name(), clip.seconds(), e, ref.size(), ref.isEmpty() ? 0.0 : (double) e / ref.size(),
                    seconds / clip.seconds(), cpu / clip.seconds(), TranscriptNormalizer.normalize(hypothesis));
        }
        return new Summary(engine, profile, errors, refWords, decodeSeconds, cpuSeconds, audioSeconds);
    }

    /** Text of all final segments of one stream fed in 100 ms chunks. */
    static String decode(SpeechRecognizer recognizer, short[] samples) {
        StringBuilder text = new StringBuilder();
        try (RecognitionStream stream = recognizer.open(segment -> text.append(' ').append(segment.text()))) {
            for (int off = 0; off < samples.length; off += CHUNK) {
                stream.accept(samples, off, Math.min(CHUNK, samples.length - off));
            }
            stream.finish();
        }
        return text.toString().trim();
    }

    /** Any format the audio package reads, as 16 kHz mono; a bad file is named in one AsrException line. */
    static short[] decode(Path audio) {
        try {
            return AudioDecoder.decode16kMono(audio);
        } catch (RuntimeException e) {
            throw new AsrException("Cannot read benchmark clip " + audio + ": " + e.getMessage(), e);
        }
    }

    static List<Clip> loadClips(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new AsrException("Benchmark folder not found: " + dir.toAbsolutePath()
                    + ". Pass a folder of NAME.wav + NAME.txt pairs.");
        }
        List<Clip> clips = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path wav : files.filter(p -> p.toString().endsWith(".wav")).sorted().toList()) {
                String name = wav.getFileName().toString().replaceAll("\\.wav$", "");
                Path txt = dir.resolve(name + ".txt");
                if (!Files.isRegularFile(txt)) {
                    continue;
                }
                clips.add(new Clip(name, decode(wav), Files.readString(txt, StandardCharsets.UTF_8).trim()));
            }
        } catch (IOException e) {
            throw new AsrException("Cannot read benchmark folder " + dir.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        if (clips.isEmpty()) {
            throw new AsrException("No NAME.wav + NAME.txt pairs in " + dir.toAbsolutePath() + ".");
        }
        return clips;
    }
}
