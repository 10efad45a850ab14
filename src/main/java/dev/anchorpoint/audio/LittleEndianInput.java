package dev.anchorpoint.audio;

import java.io.IOException;
import java.io.InputStream;

/** An input stream that counts its position and reads little-endian integers, as RIFF needs. */
final class LittleEndianInput {
    private final InputStream in;
    private long position;

    LittleEndianInput(InputStream in) {
        this.in = in;
    }

    long position() {
        return position;
    }

    /** Up to {@code n} bytes; fewer only at the end of the stream. */
    byte[] readUpTo(int n) throws IOException {
        byte[] bytes = in.readNBytes(n);
        position += bytes.length;
        return bytes;
    }

    int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n > 0) {
            position += n;
        }
        return n;
    }

    /** Skips {@code n} bytes; false when the stream ended first. */
    boolean skip(long n) throws IOException {
        long left = n;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                // skip() may return 0 without being at the end; a read tells the two apart.
                if (in.read() < 0) {
                    position += n - left;
                    return false;
                }
                skipped = 1;
            }
            left -= skipped;
        }
        position += n;
        return true;
    }

    static long uint32(byte[] b, int at) {
        return (b[at] & 0xFFL) | ((b[at + 1] & 0xFFL) << 8) | ((b[at + 2] & 0xFFL) << 16) | ((b[at + 3] & 0xFFL) << 24);
    }

    static long int64(byte[] b, int at) {
        return uint32(b, at) | (uint32(b, at + 4) << 32);
    }
}
