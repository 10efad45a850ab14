package dev.anchorpoint.audio;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes compressed audio (MP3, AAC/M4A, Ogg Vorbis/Opus, WebM, FLAC, ...) by running the bundled ffmpeg.
 *
 * <p>ffmpeg writes 32-bit float WAV to its stdout, which {@link WavDecoder} reads as it arrives; the WAV header
 * carries the sample rate and channel count, so no separate probe run is needed. Channels are kept as they are
 * (stereo interviews often put one speaker on each side) and so is the rate: resampling is ours, the same for
 * every input.
 *
 * <p>ffmpeg exits 0 even when it skipped corrupt frames. A few bad frames in a long recording are tolerated
 * (logged); but when decoding errors leave less than half of the duration the header states, the file is
 * reported as corrupt rather than passed on as a fragment.
 */
final class FfmpegDecoder {
    private static final Logger LOG = LoggerFactory.getLogger(FfmpegDecoder.class);

    private FfmpegDecoder() {
    }

    static PcmAudio decode(Path file, String name, FileSignature signature) {
        CollectingSink sink = new CollectingSink(name);
        decode(file, name, signature, sink);
        return sink.toAudio();
    }

    /** Streams the decoded samples into {@code sink}. */
    static DecodedStream decode(Path file, String name, FileSignature signature, FrameSink sink) {
        Path executable;
        try {
            executable = FfmpegBinary.executable();
        } catch (IllegalStateException e) {
            throw new AudioFormatException(name + ": cannot decode " + signature.label() + ": " + e.getMessage(), e);
        }
        String input = file.toAbsolutePath().toString();
        List<String> command = List.of(executable.toString(), "-hide_banner", "-nostdin", "-nostats",
                "-loglevel", "level+info",
                // Only local files: a playlist renamed .mp3 must not make ffmpeg fetch URLs.
                "-protocol_whitelist", "file",
                "-i", "file:" + input,
                "-map", "0:a:0", "-vn", "-sn", "-dn", "-map_metadata", "-1", "-fflags", "+bitexact",
                "-c:a", "pcm_f32le", "-f", "wav", "pipe:1");
        Process process;
        try {
            process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE).start();
            process.getOutputStream().close();
        } catch (IOException e) {
            throw new AudioFormatException(name + ": cannot decode " + signature.label() + ": ffmpeg at " + executable
                    + " would not start (" + e.getMessage() + "); if the temp directory is mounted noexec, set -D"
                    + FfmpegBinary.PROPERTY + "=/path/to/ffmpeg", e);
        }
        FfmpegLog log = FfmpegLog.follow(process.getErrorStream());
        try {
            DecodedStream audio = readOutput(process, name, sink);
            int exit = process.waitFor();
            log.awaitEnd();
            if (exit != 0 || audio == null && log.errorCount() > 0) {
                LOG.warn("ffmpeg could not decode {} (exit {}): {}", name, exit, log.details());
                throw failure(name, signature, log, input, exit);
            }
            LOG.debug("ffmpeg decoded {}: {}", name, log.details());
            if (audio == null) {
                throw new AudioFormatException(name + ": contains no audio (0 samples)");
            }
            checkCompleteness(audio, name, signature, log, input);
            return audio;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AudioFormatException(name + ": decoding was interrupted", e);
        } finally {
            process.destroyForcibly();
        }
    }

    /**
     * The decoded audio, or null when ffmpeg produced none (its log then says why). Problems found in audio that
     * did arrive (e.g. too long to hold) propagate.
     */
    private static DecodedStream readOutput(Process process, String name, FrameSink sink) {
        try (InputStream out = new BufferedInputStream(process.getInputStream(), 1 << 16)) {
            out.mark(1);
            if (out.read() < 0) {
                return null;
            }
            out.reset();
            return WavDecoder.decode(out, -1, name, sink);
        } catch (EmptyAudioException | IOException e) {
            LOG.debug("no usable ffmpeg output for {}: {}", name, e.getMessage());
            return null;
        }
    }

    private static AudioFormatException failure(String name, FileSignature signature, FfmpegLog log, String input,
                                                int exit) {
        String reason = oneLine(log.firstError(input).replace(input, name));
        if (reason.isEmpty()) {
            reason = "ffmpeg exit code " + exit;
        }
        String lower = reason.toLowerCase(Locale.ROOT);
        if (lower.contains("matches no streams")) {
            return new AudioFormatException(name + ": no audio track in this " + signature.label() + " file");
        }
        if (lower.contains("decoder (codec") || lower.contains("unsupported codec")
                || lower.contains("could not find codec")) {
            return new AudioFormatException(name + ": unsupported audio codec (ffmpeg: " + reason + ")");
        }
        if (signature == FileSignature.UNKNOWN) {
            return new AudioFormatException(name + ": not an audio file, or a format ffmpeg cannot read (ffmpeg: "
                    + reason + "); expected WAV, MP3, M4A, OGG, WebM or FLAC");
        }
        return new AudioFormatException(name + ": corrupt or unreadable " + signature.label() + " file (ffmpeg: "
                + reason + ")");
    }

    private static void checkCompleteness(DecodedStream audio, String name, FileSignature signature, FfmpegLog log,
                                          String input) {
        if (log.errorCount() == 0) {
            return;
        }
        double stated = log.statedSeconds();
        double decoded = audio.seconds();
        String reason = oneLine(log.firstError(input).replace(input, name));
        if (stated > 0.5 && decoded < 0.5 * stated) {
            throw new AudioFormatException(String.format(Locale.ROOT,
                    "%s: corrupt %s file: only %.1f s of its %.1f s could be decoded (ffmpeg: %s)",
                    name, signature.label(), decoded, stated, reason));
        }
        LOG.warn("{}: ffmpeg skipped damaged data ({} errors, first: {}); decoded {} s", name, log.errorCount(),
                reason, String.format(Locale.ROOT, "%.1f", decoded));
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }
}
