package dev.anchorpoint.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Audio kept as one 16 kHz mono 16-bit WAV file per interview and speaker, under
 * {@code <dataDir>/audio/<interview>/<speaker>.wav}. PCM is appended as it streams; the header's sizes are
 * written when a channel closes and, for files left open by a crash, by {@link #recover()} at startup.
 */
public final class AudioStore {
    public static final int SAMPLE_RATE = 16_000;
    private static final Logger LOG = LoggerFactory.getLogger(AudioStore.class);
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final int HEADER = 44;
    private final Path root;

    public AudioStore(Path dataDir) {
        this.root = dataDir.resolve("audio");
    }

    public Path root() {
        return root;
    }

    public Path file(String interviewId, String speaker) {
        if (!SAFE.matcher(interviewId).matches() || !SAFE.matcher(speaker).matches()) {
            throw new IllegalArgumentException("unsafe audio file name: " + interviewId + "/" + speaker);
        }
        return root.resolve(interviewId).resolve(speaker + ".wav");
    }

    /** Opens (or continues) the speaker's file for appending. */
    public Channel open(String interviewId, String speaker) {
        Path p = file(interviewId, speaker);
        try {
            Files.createDirectories(p.getParent());
            RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw");
            if (f.length() < HEADER) {
                f.setLength(0);
                f.write(header(0));
            }
            f.seek(f.length());
            return new Channel(p, f);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open audio file " + p + ": " + e.getMessage(), e);
        }
    }

    /** Milliseconds of audio already stored for the speaker (0 when there is no file). */
    public long durationMs(String interviewId, String speaker) {
        Path p = file(interviewId, speaker);
        try {
            long bytes = Files.exists(p) ? Math.max(0, Files.size(p) - HEADER) : 0;
            return bytes / 2 * 1000 / SAMPLE_RATE;
        } catch (IOException e) {
            return 0;
        }
    }

    /** Rewrites the header sizes of every stored file: files that were open when the server stopped become valid. */
    public int recover() {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        int fixed = 0;
        try (Stream<Path> files = Files.walk(root, 2)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".wav")).toList()) {
                try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
                    if (f.length() >= HEADER) {
                        long data = (f.length() - HEADER) & ~1L;
                        f.seek(0);
                        f.write(header(data));
                        fixed++;
                    }
                } catch (IOException e) {
                    LOG.warn("cannot repair audio file {}: {}", p, e.getMessage());
                }
            }
        } catch (IOException e) {
            LOG.warn("cannot scan {} for audio files: {}", root, e.getMessage());
        }
        return fixed;
    }

    public List<Path> files(String interviewId) {
        Path dir = root.resolve(interviewId);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    static byte[] header(long dataBytes) {
        ByteBuffer b = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        b.putInt((int) Math.min(0xFFFFFFFFL, 36 + dataBytes));
        b.put("WAVEfmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        b.putInt(16);
        b.putShort((short) 1);
        b.putShort((short) 1);
        b.putInt(SAMPLE_RATE);
        b.putInt(SAMPLE_RATE * 2);
        b.putShort((short) 2);
        b.putShort((short) 16);
        b.put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        b.putInt((int) Math.min(0xFFFFFFFFL, dataBytes));
        return b.array();
    }

    /** One speaker's file, open for appending 16-bit little-endian PCM. Not thread-safe: one writer per channel. */
    public static final class Channel implements AutoCloseable {
        private final Path path;
        private final RandomAccessFile file;
        private boolean closed;

        Channel(Path path, RandomAccessFile file) {
            this.path = path;
            this.file = file;
        }

        public Path path() {
            return path;
        }

        public synchronized long durationMs() {
            try {
                return Math.max(0, file.length() - HEADER) / 2 * 1000 / SAMPLE_RATE;
            } catch (IOException e) {
                return 0;
            }
        }

        public synchronized void append(short[] samples, int offset, int length) {
            if (closed) {
                return;
            }
            ByteBuffer b = ByteBuffer.allocate(length * 2).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < length; i++) {
                b.putShort(samples[offset + i]);
            }
            try {
                file.write(b.array());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write audio file " + path + ": " + e.getMessage(), e);
            }
        }

        /** Pads with silence up to the given duration (aligns a late channel with the interview clock). */
        public synchronized void padTo(long ms) {
            long have = durationMs();
            if (ms > have) {
                int n = (int) Math.min(Integer.MAX_VALUE / 2, (ms - have) * SAMPLE_RATE / 1000);
                append(new short[n], 0, n);
            }
        }

        @Override
        public synchronized void close() {
            if (closed) {
                return;
            }
            closed = true;
            try {
                long data = (file.length() - HEADER) & ~1L;
                file.seek(0);
                file.write(header(data));
                file.close();
            } catch (IOException e) {
                LOG.warn("cannot finalise audio file {}: {}", path, e.getMessage());
            }
        }
    }
}
