package dev.anchorpoint.asr;

import dev.anchorpoint.audio.AudioDecoder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Synthesises test speech with the flite command; the audio package resamples voices that are not 16 kHz. */
final class FliteSpeech {
    private FliteSpeech() {
    }

    static boolean available() {
        return onPath("flite");
    }

    static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    static List<String> sentences() throws IOException {
        return sentences("/asr/flite-sentences.txt");
    }

    /** The sentences of a test resource, one a line, lines starting with # ignored. */
    static List<String> sentences(String resource) throws IOException {
        try (InputStream in = FliteSpeech.class.getResourceAsStream(resource)) {
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.trim());
                }
            }
            return out;
        }
    }

    static short[] speak(String voice, String text, Path dir) throws IOException, InterruptedException {
        Path wav = Files.createTempFile(dir, "flite", ".wav");
        run("flite", "-voice", voice, "-t", text, "-o", wav.toString());
        return AudioDecoder.decode16kMono(wav);
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }
}
