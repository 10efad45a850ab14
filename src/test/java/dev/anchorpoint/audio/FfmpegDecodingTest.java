package dev.anchorpoint.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Compressed formats through the bundled ffmpeg. The test encodes its own files with that same binary from a
 * generated stereo WAV (600 Hz left, 1500 Hz right, 2 s), then checks that decoding keeps duration, channels and
 * each channel's frequency.
 */
class FfmpegDecodingTest {
    private static final int RATE = 44_100;
    private static final double SECONDS = 2.0;
    private static final double LEFT_HZ = 600;
    private static final double RIGHT_HZ = 1500;

    @TempDir
    static Path dir;
    private static Path source;

    @BeforeAll
    static void writeSource() throws IOException {
        float[] left = Signals.sine(LEFT_HZ, RATE, SECONDS, 0.5);
        float[] right = Signals.sine(RIGHT_HZ, RATE, SECONDS, 0.5);
        source = dir.resolve("source.wav");
        Files.write(source, WavBuilder.pcm(16, RATE).build(left, right));
    }

    /** Runs the bundled ffmpeg: {@code ffmpeg -i input <args> output}. */
    static Path encode(Path input, String outputName, String... args) throws IOException, InterruptedException {
        Path output = dir.resolve(outputName);
        List<String> command = new ArrayList<>(List.of(FfmpegBinary.executable().toString(),
                "-hide_banner", "-nostdin", "-v", "error", "-y", "-i", input.toString()));
        command.addAll(Arrays.asList(args));
        command.add(output.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("ffmpeg encode: %s", log).isZero();
        return output;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "tone.mp3,  44100, -c:a libmp3lame -b:a 128k",
        "tone.ogg,  44100, -c:a libvorbis -q:a 5",
        "tone.opus, 48000, -c:a libopus -b:a 96k",
        "tone.flac, 44100, -c:a flac",
        "tone.m4a,  44100, -c:a aac -b:a 128k",
        "tone.webm, 48000, -c:a libopus -b:a 96k",
        // Like a browser's MediaRecorder: no duration, no cues.
        "live.webm, 48000, -c:a libopus -b:a 96k -live 1 -f webm",
    })
    void decodesCompressedFormatsKeepingChannelsAndPitch(String name, int expectedRate, String args)
            throws Exception {
        Path file = encode(source, name, args.trim().split(" "));

        PcmAudio audio = AudioDecoder.decode(file);

        assertThat(audio.sampleRate()).isEqualTo(expectedRate);
        assertThat(audio.channelCount()).isEqualTo(2);
        assertThat(audio.durationSeconds()).isCloseTo(SECONDS, within(0.1));
        assertThat(Signals.dominantFrequency(audio.channels()[0], expectedRate, 5)).isCloseTo(LEFT_HZ, within(10.0));
        assertThat(Signals.dominantFrequency(audio.channels()[1], expectedRate, 5)).isCloseTo(RIGHT_HZ, within(10.0));
    }

    @Test
    void contentDecidesNotTheExtension() throws Exception {
        Path mp3 = encode(source, "disguised.mp3", "-c:a", "libmp3lame");
        Path named = Files.move(mp3, dir.resolve("actually-an-mp3.wav"));
        assertThat(AudioDecoder.decode(named).durationSeconds()).isCloseTo(SECONDS, within(0.1));
    }

    @Test
    void decodesUploadedBytesIncludingM4aWithItsIndexAtTheEnd() throws Exception {
        // Without +faststart the moov atom follows the audio: only a seekable input can be decoded.
        Path m4a = encode(source, "upload.m4a", "-c:a", "aac");
        PcmAudio audio = AudioDecoder.decode(Files.readAllBytes(m4a), "interview.m4a");
        assertThat(audio.channelCount()).isEqualTo(2);
        assertThat(audio.durationSeconds()).isCloseTo(SECONDS, within(0.1));
    }

    @Test
    void decodes16kMonoAndPerChannel() throws Exception {
        Path mp3 = encode(source, "for16k.mp3", "-c:a", "libmp3lame");
        short[] mono = AudioDecoder.decode16kMono(mp3);
        assertThat(mono.length).isCloseTo(32_000, within(1_600));

        short[][] channels = AudioDecoder.decode16kChannels(mp3);
        assertThat(channels).hasNumberOfRows(2);
        assertThat(channels[0]).hasSameSizeAs(mono);
        float[] right = Pcm16.toFloats(channels[1]);
        assertThat(Signals.dominantFrequency(right, 16_000, 5)).isCloseTo(RIGHT_HZ, within(10.0));
    }

    @Test
    void corruptMp3GivesOneClearLine() throws Exception {
        byte[] valid = Files.readAllBytes(encode(source, "valid.mp3", "-c:a", "libmp3lame", "-b:a", "64k"));
        byte[] noise = new byte[30_000];
        new Random(1).nextBytes(noise);
        byte[] corrupt = Arrays.copyOf(valid, 1_500 + noise.length);
        System.arraycopy(noise, 0, corrupt, 1_500, noise.length);
        Path file = dir.resolve("corrupt.mp3");
        Files.write(file, corrupt);

        assertThatThrownBy(() -> AudioDecoder.decode(file))
                .isInstanceOf(AudioFormatException.class)
                .hasMessageStartingWith(file + ": corrupt MP3 file")
                .hasMessageNotContaining("\n");
    }

    @Test
    void unknownBinaryIsNotAudio() throws IOException {
        byte[] junk = new byte[20_000];
        new Random(3).nextBytes(junk);
        junk[0] = 0;
        Path file = dir.resolve("mystery.wav");
        Files.write(file, junk);

        assertThatThrownBy(() -> AudioDecoder.decode(file))
                .isInstanceOf(AudioFormatException.class)
                .hasMessageStartingWith(file + ": not an audio file")
                .hasMessageContaining("Invalid data")
                .hasMessageNotContaining("\n");
    }

    @Test
    void knownNonAudioIsRefusedWithoutRunningFfmpeg() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        assertThatThrownBy(() -> AudioDecoder.decode(png, "photo.mp3"))
                .hasMessage("photo.mp3: not an audio file (it looks like PNG image);"
                        + " expected WAV, MP3, M4A, OGG, WebM or FLAC");
    }

    @Test
    void videoWithoutSoundHasNoAudioTrack() throws Exception {
        Path video = dir.resolve("silent-video.mp4");
        Process process = new ProcessBuilder(FfmpegBinary.executable().toString(), "-v", "error", "-y", "-f",
                "lavfi", "-i", "color=c=red:s=32x32:d=1", "-c:v", "libx264", video.toString())
                .redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        assertThat(process.waitFor()).isZero();

        assertThatThrownBy(() -> AudioDecoder.decode(video))
                .hasMessage(video + ": no audio track in this MP4/M4A file");
    }

    @Test
    void unknownCodecIsNamedAsUnsupported() throws Exception {
        // A Matroska file whose codec id is renamed from A_OPUS to something no decoder knows.
        byte[] mka = Files.readAllBytes(encode(source, "tone.mka", "-c:a", "libopus"));
        String text = new String(mka, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("A_OPUS");
        assertThat(at).isPositive();
        System.arraycopy("A_XQZW".getBytes(StandardCharsets.ISO_8859_1), 0, mka, at, 6);
        Path file = dir.resolve("strange.mka");
        Files.write(file, mka);

        assertThatThrownBy(() -> AudioDecoder.decode(file))
                .isInstanceOf(AudioFormatException.class)
                .hasMessageStartingWith(file + ": unsupported audio codec");
    }

    @Test
    void uploadErrorsNameTheUploadNotTheTemporaryFile() {
        byte[] junk = new byte[5_000];
        new Random(5).nextBytes(junk);
        junk[0] = 0;
        assertThatThrownBy(() -> AudioDecoder.decode(junk, "recording.webm"))
                .hasMessageStartingWith("recording.webm: not an audio file")
                .hasMessageNotContaining("anchorpoint-upload");
    }

    @Test
    void compressedFileWithoutSamplesIsZeroLengthAudio() throws Exception {
        Path empty = dir.resolve("empty.flac");
        Process process = new ProcessBuilder(FfmpegBinary.executable().toString(), "-v", "error", "-y", "-f",
                "lavfi", "-i", "anullsrc=r=44100:cl=mono", "-t", "0", "-c:a", "flac", empty.toString())
                .redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        assertThat(process.waitFor()).isZero();

        assertThatThrownBy(() -> AudioDecoder.decode(empty)).hasMessage(empty + ": contains no audio (0 samples)");
    }
}
