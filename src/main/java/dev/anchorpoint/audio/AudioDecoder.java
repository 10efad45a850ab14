package dev.anchorpoint.audio;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Entry point for reading interview audio. The content decides the decoder, not the file name: WAV is decoded
 * in-process, everything else goes through the bundled ffmpeg, and known non-audio (text, images, archives) is
 * refused at once.
 *
 * <p>Every failure is an {@link AudioFormatException} whose message is one line naming the file.
 */
public final class AudioDecoder {
    private static final String EXPECTED = "expected WAV, MP3, M4A, OGG, WebM or FLAC";

    private AudioDecoder() {
    }

    /** Decodes a file at its own rate and channel count. */
    public static PcmAudio decode(Path file) {
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
                        return WavDecoder.decode(in, size, name);
                    }
                case FFMPEG:
                    return FfmpegDecoder.decode(file, name, signature);
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

    /**
     * Decodes audio held in memory, e.g. an upload. {@code nameForMessages} is what error messages call it
     * (the uploaded file name). Compressed formats are written to a temporary file first: MP4/M4A keeps its index
     * at the end, which ffmpeg cannot reach through a pipe.
     */
    public static PcmAudio decode(byte[] data, String nameForMessages) {
        String name = nameForMessages == null || nameForMessages.isBlank() ? "upload" : nameForMessages;
        if (data == null || data.length == 0) {
            throw new AudioFormatException(name + ": file is empty (0 bytes)");
        }
        FileSignature signature = FileSignature.of(data, Math.min(data.length, FileSignature.HEAD_BYTES));
        try {
            switch (signature.route()) {
                case IN_PROCESS:
                    return WavDecoder.decode(new ByteArrayInputStream(data), data.length, name);
                case FFMPEG:
                    return decodeViaTempFile(data, name, signature);
                default:
                    throw notAudio(name, signature);
            }
        } catch (IOException e) {
            throw new AudioFormatException(name + ": cannot decode (" + e.getMessage() + ")", e);
        }
    }

    /** The file as 16 kHz mono 16-bit samples (channels averaged), ready for a recogniser. */
    public static short[] decode16kMono(Path file) {
        return to16kMono(decode(file));
    }

    public static short[] decode16kMono(byte[] data, String nameForMessages) {
        return to16kMono(decode(data, nameForMessages));
    }

    /** Each channel separately as 16 kHz 16-bit samples: one speaker per channel in many interview recordings. */
    public static short[][] decode16kChannels(Path file) {
        PcmAudio audio = decode(file);
        Resampler resampler = new Resampler(audio.sampleRate(), PcmAudio.ASR_SAMPLE_RATE);
        short[][] out = new short[audio.channelCount()][];
        for (int c = 0; c < out.length; c++) {
            out[c] = Pcm16.fromFloats(resampler.process(audio.channels()[c]));
        }
        return out;
    }

    private static short[] to16kMono(PcmAudio audio) {
        return audio.toMono().resample(PcmAudio.ASR_SAMPLE_RATE).toPcm16(0);
    }

    private static FileSignature signature(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(FileSignature.HEAD_BYTES);
            return FileSignature.of(head, head.length);
        }
    }

    private static PcmAudio decodeViaTempFile(byte[] data, String name, FileSignature signature) throws IOException {
        Path temp = Files.createTempFile("anchorpoint-upload-", ".audio");
        try {
            Files.write(temp, data);
            return FfmpegDecoder.decode(temp, name, signature);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static AudioFormatException notAudio(String name, FileSignature signature) {
        return new AudioFormatException(name + ": not an audio file (it looks like " + signature.label() + "); "
                + EXPECTED);
    }
}
