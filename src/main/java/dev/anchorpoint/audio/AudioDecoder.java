package dev.anchorpoint.audio;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Entry point for reading interview audio. The content decides the decoder, not the file name: WAV is decoded
 * in-process, everything else goes through the bundled ffmpeg, and known non-audio (text, images, archives) is
 * refused at once.
 *
 * <p>The 16 kHz methods resample while decoding, so a long recording is never held at its original rate:
 * prefer them for recognition. Every failure is an {@link AudioFormatException} whose message is one line
 * naming the file.
 */
public final class AudioDecoder {
    private static final String EXPECTED = "expected WAV, MP3, M4A, OGG, WebM or FLAC";

    private AudioDecoder() {
    }

    /** Decodes a file at its own rate and channel count. */
    public static PcmAudio decode(Path file) {
        CollectingSink sink = new CollectingSink(file.toString());
        decodeInto(file, sink);
        return sink.toAudio();
    }

    /**
     * Decodes audio held in memory, e.g. an upload. {@code nameForMessages} is what error messages call it
     * (the uploaded file name). Compressed formats are written to a temporary file first: MP4/M4A may keep its
     * index at the end, which ffmpeg cannot reach through a pipe.
     */
    public static PcmAudio decode(byte[] data, String nameForMessages) {
        String name = displayName(nameForMessages);
        CollectingSink sink = new CollectingSink(name);
        decodeInto(data, name, sink);
        return sink.toAudio();
    }

    /** The file as 16 kHz mono 16-bit samples (channels averaged), ready for a recogniser. */
    public static short[] decode16kMono(Path file) {
        SpeechRateSink sink = new SpeechRateSink(file.toString(), true);
        decodeInto(file, sink);
        return sink.finish()[0];
    }

    public static short[] decode16kMono(byte[] data, String nameForMessages) {
        String name = displayName(nameForMessages);
        SpeechRateSink sink = new SpeechRateSink(name, true);
        decodeInto(data, name, sink);
        return sink.finish()[0];
    }

    /**
     * Each channel separately as 16 kHz 16-bit samples, indexed [channel][sample]: many interview recordings put
     * one speaker on each channel.
     */
    public static short[][] decode16kChannels(Path file) {
        SpeechRateSink sink = new SpeechRateSink(file.toString(), false);
        decodeInto(file, sink);
        return sink.finish();
    }

    public static short[][] decode16kChannels(byte[] data, String nameForMessages) {
        String name = displayName(nameForMessages);
        SpeechRateSink sink = new SpeechRateSink(name, false);
        decodeInto(data, name, sink);
        return sink.finish();
    }

    private static void decodeInto(Path file, FrameSink sink) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new AudioFormatException(name + ": is a directory, not an audio file");
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new AudioFormatException(name + ": file is empty (0 bytes)");
            }
            FileSignature signature = signature(file);
            switch (signature.route()) {
                case IN_PROCESS:
                    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                        WavDecoder.decode(in, size, name, sink);
                    }
                    break;
                case FFMPEG:
                    FfmpegDecoder.decode(file, name, signature, sink);
                    break;
                default:
                    throw notAudio(name, signature);
            }
        } catch (NoSuchFileException e) {
            throw new AudioFormatException(name + ": file not found", e);
        } catch (AccessDeniedException e) {
            throw new AudioFormatException(name + ": cannot read the file (permission denied)", e);
        } catch (IOException e) {
            throw new AudioFormatException(name + ": cannot read the file (" + e.getMessage() + ")", e);
        }
    }

    private static void decodeInto(byte[] data, String name, FrameSink sink) {
        if (data == null || data.length == 0) {
            throw new AudioFormatException(name + ": file is empty (0 bytes)");
        }
        FileSignature signature = FileSignature.of(data, Math.min(data.length, FileSignature.HEAD_BYTES));
        try {
            switch (signature.route()) {
                case IN_PROCESS:
                    WavDecoder.decode(new ByteArrayInputStream(data), data.length, name, sink);
                    break;
                case FFMPEG:
                    withTempFile(data, temp -> FfmpegDecoder.decode(temp, name, signature, sink));
                    break;
                default:
                    throw notAudio(name, signature);
            }
        } catch (IOException e) {
            throw new AudioFormatException(name + ": cannot decode (" + e.getMessage() + ")", e);
        }
    }

    private static String displayName(String nameForMessages) {
        return nameForMessages == null || nameForMessages.isBlank() ? "upload" : nameForMessages;
    }

    private static FileSignature signature(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(FileSignature.HEAD_BYTES);
            return FileSignature.of(head, head.length);
        }
    }

    private static void withTempFile(byte[] data, Function<Path, ?> action) throws IOException {
        Path temp = Files.createTempFile("anchorpoint-upload-", ".audio");
        try {
            Files.write(temp, data);
            action.apply(temp);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static AudioFormatException notAudio(String name, FileSignature signature) {
        return new AudioFormatException(name + ": not an audio file (it looks like " + signature.label() + "); "
                + EXPECTED);
    }
}
