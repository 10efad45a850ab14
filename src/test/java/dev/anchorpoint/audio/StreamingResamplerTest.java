package dev.anchorpoint.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StreamingResamplerTest {
    @TempDir
    Path dir;

    private static float[] noise(int n, long seed) {
        Random random = new Random(seed);
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = random.nextFloat() * 1.6f - 0.8f;
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource({"48000, 16000", "44100, 16000", "22050, 16000", "8000, 16000", "44101, 16000", "16000, 16000",
        "11025, 16000", "16000, 8000"})
    void anyChunkingGivesExactlyTheOneShotResult(int from, int to) {
        float[] input = noise(from / 2 + 137, from);
        float[] whole = Resampler.resample(input, from, to);

        Random random = new Random(11);
        StreamingResampler stream = new StreamingResampler(from, to);
        float[] joined = new float[0];
        int at = 0;
        while (at < input.length) {
            // Chunks from a single sample to a few thousand, including empty ones.
            int count = Math.min(input.length - at, random.nextInt(random.nextBoolean() ? 8 : 4000));
            joined = concat(joined, stream.process(input, at, count));
            at += count;
        }
        joined = concat(joined, stream.flush());

        assertThat(joined).containsExactly(whole);
        assertThat(stream.outputCount()).isEqualTo(whole.length);
        assertThat(stream.flush()).isEmpty();
        assertThatThrownBy(() -> stream.process(new float[1])).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void outputFollowsInputWithOnlyTheFilterReachOfDelay() {
        StreamingResampler stream = new StreamingResampler(48_000, 16_000);
        float[] first = stream.process(new float[48_000]);
        // One second in: all but the last few milliseconds are out already.
        assertThat(first.length).isBetween(15_900, 16_000);
        assertThat(first.length + stream.flush().length).isEqualTo(16_000);
    }

    @Test
    void decodingStraightTo16kMatchesDecodeThenResample() throws IOException {
        float[] left = noise(44_100, 1);
        float[] right = Signals.sine(900, 44_100, 1.0, 0.5);
        Path file = dir.resolve("stereo44.wav");
        Files.write(file, WavBuilder.pcm(24, 44_100).build(left, right));
        PcmAudio full = AudioDecoder.decode(file);

        assertThat(AudioDecoder.decode16kMono(file))
                .containsExactly(full.toMono().resample(16_000).toPcm16(0));
        short[][] channels = AudioDecoder.decode16kChannels(file);
        assertThat(channels).hasNumberOfRows(2);
        assertThat(channels[0]).containsExactly(full.resample(16_000).toPcm16(0));
        assertThat(channels[1]).containsExactly(full.resample(16_000).toPcm16(1));
        assertThat(AudioDecoder.decode16kMono(Files.readAllBytes(file), "upload.wav"))
                .containsExactly(AudioDecoder.decode16kMono(file));
    }

    @Test
    void sixteenKilohertzMonoWavComesBackSampleExact() throws IOException {
        short[] samples = new short[20_000];
        Random random = new Random(3);
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) random.nextInt();
        }
        Path file = dir.resolve("native16k.wav");
        Files.write(file, WavBuilder.pcm(16, 16_000).rawData(Pcm16.toLittleEndian(samples)).build(new float[1]));
        assertThat(AudioDecoder.decode16kMono(file)).containsExactly(samples);
    }

    @Test
    void liveStreamTurns48kFramesInto16kSamples() {
        short[] captured = Pcm16.fromFloats(Signals.sine(1000, 48_000, 1.0, 0.5));
        byte[] wire = Pcm16.toLittleEndian(captured);
        LiveAudioStream live = new LiveAudioStream(48_000);
        short[] received = new short[0];
        Random random = new Random(5);
        int at = 0;
        while (at < wire.length) {
            int length = Math.min(wire.length - at, 1 + random.nextInt(3_001)); // odd sizes split samples
            received = concat(received, live.accept(wire, at, length));
            at += length;
        }
        received = concat(received, live.flush());

        short[] expected = Pcm16.fromFloats(Resampler.resample(Pcm16.toFloats(captured), 48_000, 16_000));
        assertThat(received).containsExactly(expected);
        assertThat(live.samplesOut()).isEqualTo(16_000);
    }

    private static short[] concat(short[] a, short[] b) {
        short[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static float[] concat(float[] a, float[] b) {
        float[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
