package dev.anchorpoint.audio;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Prints how fast files decode, full rate and straight to 16 kHz mono. Not a test: run it on real recordings,
 * e.g. {@code java -cp target/classes:target/test-classes:$(deps) dev.anchorpoint.audio.AudioDecodeBenchmark
 * /work/shared/speech/*.wav}. Each file is decoded twice per mode and the second time is reported (warm JIT).
 */
public final class AudioDecodeBenchmark {
    private AudioDecodeBenchmark() {
    }

    public static void main(String[] args) {
        System.out.printf(Locale.ROOT, "%-40s %8s %6s %4s %10s %10s %8s%n", "file", "seconds", "rate", "ch",
                "full ms", "16k ms", "x real");
        for (String arg : args) {
            Path file = Path.of(arg);
            try {
                PcmAudio audio = AudioDecoder.decode(file);
                long full = timeMs(() -> AudioDecoder.decode(file));
                AudioDecoder.decode16kMono(file);
                long mono = timeMs(() -> AudioDecoder.decode16kMono(file));
                System.out.printf(Locale.ROOT, "%-40s %8.1f %6d %4d %10d %10d %8.0f%n", file.getFileName(),
                        audio.durationSeconds(), audio.sampleRate(), audio.channelCount(), full, mono,
                        audio.durationSeconds() * 1000 / Math.max(1, mono));
            } catch (AudioFormatException e) {
                System.out.println(e.getMessage());
            }
        }
    }

    private static long timeMs(Runnable run) {
        long start = System.nanoTime();
        run.run();
        return (System.nanoTime() - start) / 1_000_000;
    }
}
