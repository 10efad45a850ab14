package dev.anchorpoint.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar on stderr for long audio: "[#####.....]  48%  1:02 / 2:10 audio". Redraws with a
 * carriage return at most every 200 ms on a terminal, every 5 s into a file or pipe so that logs stay short.
 */
final class ProgressBar {
    private static final int WIDTH = 30;
    private final PrintStream err;
    private final long totalMs;
    private final long intervalMs = System.console() != null ? 200 : 5000;
    private long lastDraw;
    private boolean drawn;

    ProgressBar(PrintStream err, long totalMs) {
        this.err = err;
        this.totalMs = Math.max(1, totalMs);
    }

    synchronized void update(long doneMs) {
        long now = System.currentTimeMillis();
        if (now - lastDraw < intervalMs && doneMs < totalMs) {
            return;
        }
        lastDraw = now;
        drawn = true;
        double f = Math.min(1, doneMs / (double) totalMs);
        int full = (int) Math.round(f * WIDTH);
        err.print("\r[" + "#".repeat(full) + ".".repeat(WIDTH - full) + "] "
                + String.format(Locale.ROOT, "%3d%%  %s / %s audio", Math.round(f * 100), clock(doneMs), clock(totalMs)));
        err.flush();
    }

    synchronized void done() {
        if (drawn) {
            err.println();
        }
    }

    private static String clock(long ms) {
        long s = ms / 1000;
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
