package dev.anchorpoint.audio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads RIFF/WAVE (and RF64/BW64) from a stream, in-process. Chunks other than "fmt ", "ds64" and "data" are
 * skipped, odd-sized chunks honour their pad byte. A data size of 0 or 0xFFFFFFFF (written by recorders that
 * never went back to patch the header, and by ffmpeg writing to a pipe) means "until the end of the stream".
 */
final class WavDecoder {
    private static final long UNKNOWN = -1;
    private static final int MAX_FMT_CHUNK = 1 << 16;
    private static final int BUFFER_BYTES = 1 << 16;

    private final LittleEndianInput in;
    private final long totalLength;
    private final String name;
    private WavFormat format;
    private long ds64DataSize = UNKNOWN;

    private WavDecoder(InputStream in, long totalLength, String name) {
        this.in = new LittleEndianInput(in);
        this.totalLength = totalLength;
        this.name = name;
    }

    /**
     * @param totalLength bytes in the stream if known (a file or upload), else -1 (a pipe); lets a truncated file
     *                    be reported before reading it and sizes the sample arrays up front.
     */
    static PcmAudio decode(InputStream in, long totalLength, String name) throws IOException {
        return new WavDecoder(in, totalLength, name).decode();
    }

    private PcmAudio decode() throws IOException {
        byte[] header = in.readUpTo(12);
        String riff = ascii(header, 0);
        boolean rf64 = riff.equals("RF64") || riff.equals("BW64");
        if (header.length < 12 && (riff.equals("RIFF") || rf64)) {
            throw new AudioFormatException(name + ": truncated WAV (the file is only " + header.length + " bytes)");
        }
        if (header.length < 12 || !(riff.equals("RIFF") || rf64) || !ascii(header, 8).equals("WAVE")) {
            throw new AudioFormatException(name + ": not a WAV file (no RIFF/WAVE header)");
        }
        while (true) {
            byte[] chunkHeader = in.readUpTo(8);
            if (chunkHeader.length < 8) {
                throw new AudioFormatException(name + ": truncated or corrupt WAV: "
                        + (format == null ? "no fmt chunk" : "no data chunk") + " before the end of the file");
            }
            String id = ascii(chunkHeader, 0);
            long size = LittleEndianInput.uint32(chunkHeader, 4);
            if (id.equals("data")) {
                return readData(size, rf64);
            }
            if (id.equals("fmt ")) {
                if (size > MAX_FMT_CHUNK) {
                    throw new AudioFormatException(name + ": corrupt WAV header (fmt chunk of " + size + " bytes)");
                }
                format = WavFormat.parse(readBody(size), name);
            } else if (id.equals("ds64") && size <= MAX_FMT_CHUNK) {
                byte[] ds64 = readBody(size);
                if (ds64.length >= 16) {
                    ds64DataSize = LittleEndianInput.int64(ds64, 8);
                }
            } else if (!in.skip(size)) {
                throw truncatedBeforeData();
            }
            if ((size & 1) == 1) {
                in.skip(1);
            }
        }
    }

    private byte[] readBody(long size) throws IOException {
        byte[] body = in.readUpTo((int) size);
        if (body.length < size) {
            throw truncatedBeforeData();
        }
        return body;
    }

    private AudioFormatException truncatedBeforeData() {
        return new AudioFormatException(name + ": truncated WAV (the file ends inside its header, before any audio)");
    }

    private PcmAudio readData(long declared, boolean rf64) throws IOException {
        if (format == null) {
            throw new AudioFormatException(name + ": corrupt WAV (audio data comes before the fmt chunk)");
        }
        long size = declared;
        if (rf64 && declared == 0xFFFFFFFFL && ds64DataSize >= 0) {
            size = ds64DataSize;
        } else if (declared == 0 || declared == 0xFFFFFFFFL) {
            size = UNKNOWN;
        }
        long remaining = totalLength < 0 ? UNKNOWN : totalLength - in.position();
        if (size != UNKNOWN && remaining != UNKNOWN && size > remaining) {
            throw truncated(size, remaining);
        }
        long expectedBytes = size != UNKNOWN ? size : remaining;
        ChannelBuffers samples = new ChannelBuffers(format.channels(), expectedFrames(expectedBytes));
        long read = readFrames(samples, size);
        if (size != UNKNOWN && read < size) {
            throw truncated(size, read);
        }
        if (samples.frames() == 0) {
            throw new EmptyAudioException(name + ": contains no audio (0 samples)");
        }
        return new PcmAudio(format.sampleRate(), samples.toArrays());
    }

    private int expectedFrames(long bytes) {
        if (bytes == UNKNOWN) {
            return format.sampleRate(); // one second, grown as needed
        }
        long frames = bytes / format.frameBytes();
        if (frames > Integer.MAX_VALUE - 8) {
            throw new AudioFormatException(name + ": WAV too long to decode in one piece (" + frames
                    + " samples per channel); split it into parts under 12 hours");
        }
        return (int) frames;
    }

    /** Reads up to {@code limit} bytes (or to the end when unknown); returns the bytes read. */
    private long readFrames(ChannelBuffers samples, long limit) throws IOException {
        int frameBytes = format.frameBytes();
        byte[] buffer = new byte[Math.max(frameBytes, BUFFER_BYTES / frameBytes * frameBytes)];
        long total = 0;
        int carried = 0;
        while (limit == UNKNOWN || total < limit) {
            int want = buffer.length - carried;
            if (limit != UNKNOWN) {
                want = (int) Math.min(want, limit - total);
            }
            int n = in.read(buffer, carried, want);
            if (n < 0) {
                break;
            }
            total += n;
            int available = carried + n;
            int whole = available / frameBytes;
            appendFrames(samples, buffer, whole);
            carried = available - whole * frameBytes;
            System.arraycopy(buffer, whole * frameBytes, buffer, 0, carried);
        }
        // A partial frame at the very end is dropped: less than one sample period of audio.
        return total;
    }

    private void appendFrames(ChannelBuffers samples, byte[] buffer, int frames) {
        int channels = format.channels();
        int step = format.bytesPerSample();
        int at = 0;
        float[] frame = new float[channels];
        for (int f = 0; f < frames; f++) {
            for (int c = 0; c < channels; c++) {
                frame[c] = format.sample(buffer, at);
                at += step;
            }
            if (!samples.append(frame)) {
                throw new AudioFormatException(name + ": WAV too long to decode in one piece; split it into parts");
            }
        }
    }

    private AudioFormatException truncated(long declared, long actual) {
        double rate = (double) format.sampleRate() * format.frameBytes();
        return new AudioFormatException(String.format(Locale.ROOT,
                "%s: truncated WAV: the header promises %.1f s of audio but the file holds only %.1f s;"
                        + " copy or export the file again", name, declared / rate, actual / rate));
    }

    private static String ascii(byte[] bytes, int at) {
        if (bytes.length < at + 4) {
            return "";
        }
        return new String(bytes, at, 4, StandardCharsets.ISO_8859_1);
    }

    /** Per-channel float arrays that grow while a stream of unknown length is read. */
    private static final class ChannelBuffers {
        private float[][] channels;
        private int frames;

        ChannelBuffers(int channelCount, int initialFrames) {
            channels = new float[channelCount][Math.max(16, initialFrames)];
        }

        boolean append(float[] frame) {
            if (frames == channels[0].length) {
                long grown = Math.min(Integer.MAX_VALUE - 8L, frames + (frames >> 1) + 16L);
                if (grown <= frames) {
                    return false;
                }
                for (int c = 0; c < channels.length; c++) {
                    channels[c] = Arrays.copyOf(channels[c], (int) grown);
                }
            }
            for (int c = 0; c < channels.length; c++) {
                channels[c][frames] = frame[c];
            }
            frames++;
            return true;
        }

        int frames() {
            return frames;
        }

        float[][] toArrays() {
            if (frames != channels[0].length) {
                for (int c = 0; c < channels.length; c++) {
                    channels[c] = Arrays.copyOf(channels[c], frames);
                }
            }
            return channels;
        }
    }
}
