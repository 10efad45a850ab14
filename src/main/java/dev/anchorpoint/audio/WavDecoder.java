package dev.anchorpoint.audio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
    private final FrameSink sink;
    private long frames;
    private WavFormat format;
    private long ds64DataSize = UNKNOWN;

    private WavDecoder(InputStream in, long totalLength, String name, FrameSink sink) {
        this.in = new LittleEndianInput(in);
        this.totalLength = totalLength;
        this.name = name;
        this.sink = sink;
    }

    /**
     * @param totalLength bytes in the stream if known (a file or upload), else -1 (a pipe); lets a truncated file
     *                    be reported before reading it and sizes the sample arrays up front.
     */
    static PcmAudio decode(InputStream in, long totalLength, String name) throws IOException {
        CollectingSink sink = new CollectingSink(name);
        decode(in, totalLength, name, sink);
        return sink.toAudio();
    }

    /**
     * Streams the samples into {@code sink}; returns what was decoded.
     *
     * @throws EmptyAudioException when the data chunk holds no complete frame
     */
    static DecodedStream decode(InputStream in, long totalLength, String name, FrameSink sink) throws IOException {
        return new WavDecoder(in, totalLength, name, sink).decode();
    }

    private DecodedStream decode() throws IOException {
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

    private DecodedStream readData(long declared, boolean rf64) throws IOException {
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
        long expectedFrames = expectedBytes == UNKNOWN ? -1 : expectedBytes / format.frameBytes();
        sink.begin(format.sampleRate(), format.channels(), expectedFrames);
        long read = readFrames(size);
        if (size != UNKNOWN && read < size) {
            throw truncated(size, read);
        }
        if (frames == 0) {
            throw new EmptyAudioException(name + ": contains no audio (0 samples)");
        }
        return new DecodedStream(format.sampleRate(), format.channels(), frames);
    }

    /** Reads up to {@code limit} bytes (or to the end when unknown); returns the bytes read. */
    private long readFrames(long limit) throws IOException {
        int frameBytes = format.frameBytes();
        byte[] buffer = new byte[Math.max(frameBytes, BUFFER_BYTES / frameBytes * frameBytes)];
        float[][] block = new float[format.channels()][buffer.length / frameBytes];
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
            deinterleave(buffer, whole, block);
            sink.accept(block, whole);
            frames += whole;
            carried = available - whole * frameBytes;
            System.arraycopy(buffer, whole * frameBytes, buffer, 0, carried);
        }
        // A partial frame at the very end is dropped: less than one sample period of audio.
        return total;
    }

    private void deinterleave(byte[] buffer, int count, float[][] block) {
        int channels = format.channels();
        int step = format.bytesPerSample();
        int at = 0;
        for (int f = 0; f < count; f++) {
            for (int c = 0; c < channels; c++) {
                block[c][f] = format.sample(buffer, at);
                at += step;
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
}
