package dev.anchorpoint.audio;

/**
 * Turns a sequence of little-endian 16-bit PCM frames into samples, frame by frame.
 *
 * <p>Web socket messages need not end on a sample boundary (a client may slice its byte buffer anywhere), so an
 * odd trailing byte is kept and joined with the first byte of the next frame. One instance per stream;
 * not thread-safe (a web socket session delivers its messages one at a time).
 */
public final class Pcm16Stream {
    private int pendingByte = -1;
    private long samplesOut;

    /** Samples completed by this frame (possibly none). */
    public short[] accept(byte[] frame) {
        return accept(frame, 0, frame.length);
    }

    public short[] accept(byte[] frame, int offset, int length) {
        int available = length + (pendingByte >= 0 ? 1 : 0);
        short[] out = new short[available / 2];
        int read = offset;
        int end = offset + length;
        int i = 0;
        if (pendingByte >= 0 && out.length > 0) {
            out[i++] = (short) (pendingByte | (frame[read++] << 8));
            pendingByte = -1;
        }
        while (read + 1 < end) {
            out[i++] = (short) ((frame[read] & 0xFF) | (frame[read + 1] << 8));
            read += 2;
        }
        if (read < end) {
            pendingByte = frame[read] & 0xFF;
        }
        samplesOut += out.length;
        return out;
    }

    /** True when half a sample is waiting for the next frame. */
    public boolean hasPendingByte() {
        return pendingByte >= 0;
    }

    /** Samples produced so far, to timestamp them (samples / rate = seconds since the stream started). */
    public long samplesOut() {
        return samplesOut;
    }

    /** Forget a pending half sample, e.g. when a client restarts its stream. */
    public void reset() {
        pendingByte = -1;
        samplesOut = 0;
    }
}
