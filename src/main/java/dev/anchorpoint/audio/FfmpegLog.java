package dev.anchorpoint.audio;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What ffmpeg said on stderr (run with {@code -loglevel level+info}, so every line carries its level): the input's
 * stated duration, how many errors it hit while decoding, and the line that best explains a failure.
 * Read on its own thread so a chatty stderr can never block ffmpeg's stdout.
 */
final class FfmpegLog {
    private static final Pattern DURATION = Pattern.compile("Duration: (\\d+):(\\d{2}):(\\d{2}(?:\\.\\d+)?)");
    private static final Pattern LEVEL = Pattern.compile("\\[(panic|fatal|error|warning|info|verbose|debug)\\] ");
    /** "[mp3float @ 0x55d0c]" style component prefixes carry nothing for a person. */
    private static final Pattern COMPONENT = Pattern.compile("^\\[[^\\]]+ @ 0x[0-9a-f]+\\] ");
    private static final int KEEP_LINES = 40;

    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    private volatile double statedSeconds = Double.NaN;
    private volatile int errorCount;
    private final Thread reader;

    private FfmpegLog(InputStream stderr) {
        reader = new Thread(() -> consume(stderr), "ffmpeg-stderr");
        reader.setDaemon(true);
        reader.start();
    }

    static FfmpegLog follow(InputStream stderr) {
        return new FfmpegLog(stderr);
    }

    private void consume(InputStream stderr) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stderr, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                accept(line);
            }
        } catch (IOException e) {
            // The process went away; whatever was read is what we have.
        }
    }

    private void accept(String line) {
        remember(lines, line);
        Matcher duration = DURATION.matcher(line);
        if (duration.find()) {
            statedSeconds = Integer.parseInt(duration.group(1)) * 3600 + Integer.parseInt(duration.group(2)) * 60
                    + Double.parseDouble(duration.group(3));
        }
        String message = COMPONENT.matcher(line).replaceFirst("");
        Matcher level = LEVEL.matcher(message);
        if (level.lookingAt()) {
            String name = level.group(1);
            message = message.substring(level.end());
            if (name.equals("panic") || name.equals("fatal") || name.equals("error")) {
                errorCount++;
                remember(errors, message.trim());
            }
        }
    }

    private static void remember(List<String> list, String line) {
        synchronized (list) {
            if (list.size() < KEEP_LINES) {
                list.add(line);
            }
        }
    }

    /** Waits for ffmpeg to close stderr (it does so on exit). */
    void awaitEnd() throws InterruptedException {
        reader.join(10_000);
    }

    /** Duration from the input's header, NaN when ffmpeg did not print one (e.g. browser WebM). */
    double statedSeconds() {
        return statedSeconds;
    }

    int errorCount() {
        return errorCount;
    }

    /** The first error line, without the path prefix ffmpeg puts before input errors. */
    String firstError(String path) {
        synchronized (errors) {
            if (errors.isEmpty()) {
                return "";
            }
            String first = errors.get(0);
            int at = first.indexOf(path + ": ");
            return at >= 0 ? first.substring(at + path.length() + 2) : first;
        }
    }

    /** Everything worth logging, for the details the one-line message leaves out. */
    String details() {
        synchronized (lines) {
            return String.join(" | ", lines);
        }
    }
}
