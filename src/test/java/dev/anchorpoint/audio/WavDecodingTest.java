package dev.anchorpoint.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** In-process WAV decoding, through {@link AudioDecoder}, on files written to disk. */
class WavDecodingTest {
    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static void assertClose(float[] actual, float[] expected, double tolerance) {
        assertThat(actual).hasSameSizeAs(expected);
        double worst = 0;
        for (int i = 0; i < expected.length; i++) {
            worst = Math.max(worst, Math.abs(actual[i] - expected[i]));
        }
        assertThat(worst).isLessThanOrEqualTo(tolerance);
    }

    @ParameterizedTest
    @CsvSource({"8, 0.015", "16, 0.0001", "24, 0.000001", "32, 0.000001"})
    void decodesIntegerPcmOfEverySize(int bits, double tolerance) throws IOException {
        float[] tone = Signals.sine(440, 16_000, 0.5, 0.8);
        Path file = write("pcm" + bits + ".wav", WavBuilder.pcm(bits, 16_000).build(tone));

        PcmAudio audio = AudioDecoder.decode(file);

        assertThat(audio.sampleRate()).isEqualTo(16_000);
        assertThat(audio.channelCount()).isEqualTo(1);
        assertClose(audio.channels()[0], tone, tolerance);
    }

    @Test
    void eightBitIsUnsignedAroundMidScale() throws IOException {
        // 8-bit WAV stores 128 as silence: a decoder treating it as signed would give a loud square wave.
        float[] silence = new float[1000];
        PcmAudio audio = AudioDecoder.decode(write("quiet8.wav", WavBuilder.pcm(8, 8_000).build(silence)));
        assertClose(audio.channels()[0], silence, 0);
    }

    @ParameterizedTest
    @ValueSource(ints = {32, 64})
    void decodesIeeeFloat(int bits) throws IOException {
        float[] tone = Signals.sine(1000, 22_050, 0.3, 0.5);
        Path file = write("float" + bits + ".wav", WavBuilder.float32(22_050).bits(bits).build(tone));
        assertClose(AudioDecoder.decode(file).channels()[0], tone, 1e-7);
    }

    @Test
    void floatOversAreClippedToFullScale() throws IOException {
        float[] loud = {1.5f, -2f, 0.25f};
        PcmAudio audio = AudioDecoder.decode(write("overs.wav", WavBuilder.float32(16_000).build(loud)));
        assertThat(audio.channels()[0]).containsExactly(1f, -1f, 0.25f);
    }

    @ParameterizedTest
    @ValueSource(ints = {8_000, 11_025, 22_050, 44_100, 48_000, 96_000})
    void keepsTheOriginalRateAndDuration(int rate) throws IOException {
        float[] tone = Signals.sine(300, rate, 1.25, 0.5);
        PcmAudio audio = AudioDecoder.decode(write("r" + rate + ".wav", WavBuilder.pcm(16, rate).build(tone)));
        assertThat(audio.sampleRate()).isEqualTo(rate);
        assertThat(audio.frames()).isEqualTo(tone.length);
        assertThat(audio.durationMs()).isCloseTo(1250L, within(1L));
    }

    @Test
    void keepsStereoChannelsApart() throws IOException {
        float[] left = Signals.sine(440, 44_100, 0.5, 0.6);
        float[] right = Signals.sine(1500, 44_100, 0.5, 0.3);
        PcmAudio audio = AudioDecoder.decode(write("stereo.wav", WavBuilder.pcm(16, 44_100).build(left, right)));

        assertThat(audio.channelCount()).isEqualTo(2);
        assertClose(audio.channels()[0], left, 1e-4);
        assertClose(audio.channels()[1], right, 1e-4);
    }

    @Test
    void decodesManyChannels() throws IOException {
        float[][] six = new float[6][];
        for (int c = 0; c < 6; c++) {
            six[c] = Signals.sine(200 + 100 * c, 48_000, 0.2, 0.5);
        }
        PcmAudio audio = AudioDecoder.decode(write("surround.wav", WavBuilder.pcm(24, 48_000).extensible().build(six)));
        assertThat(audio.channelCount()).isEqualTo(6);
        assertClose(audio.channels()[5], six[5], 1e-6);
    }

    @Test
    void decodesExtensiblePcmAndFloat() throws IOException {
        float[] tone = Signals.sine(700, 48_000, 0.2, 0.7);
        PcmAudio pcm = AudioDecoder.decode(write("ext24.wav", WavBuilder.pcm(24, 48_000).extensible().build(tone)));
        PcmAudio flt = AudioDecoder.decode(write("extf.wav", WavBuilder.float32(48_000).extensible().build(tone)));
        assertClose(pcm.channels()[0], tone, 1e-6);
        assertClose(flt.channels()[0], tone, 0);
    }

    @Test
    void skipsUnknownChunksIncludingOddSizedOnes() throws IOException {
        float[] tone = Signals.sine(500, 16_000, 0.1, 0.5);
        byte[] bytes = WavBuilder.pcm(16, 16_000)
                .chunk("LIST", "INFOISFT\u0005\u0000\u0000\u0000Lavf\u0000".getBytes(StandardCharsets.ISO_8859_1))
                .chunk("fact", new byte[] {1, 2, 3, 4})
                .chunk("bext", new byte[7]) // odd size: a pad byte follows
                .chunk("junk", new byte[3])
                .build(tone);
        assertClose(AudioDecoder.decode(write("chunks.wav", bytes)).channels()[0], tone, 1e-4);
    }

    @ParameterizedTest
    @ValueSource(longs = {0xFFFFFFFFL, 0L})
    void streamingDataSizeMeansReadToTheEnd(long sizeField) throws IOException {
        float[] tone = Signals.sine(500, 16_000, 0.75, 0.5);
        byte[] bytes = WavBuilder.pcm(16, 16_000).dataSizeField(sizeField).build(tone);
        PcmAudio audio = AudioDecoder.decode(write("streamed.wav", bytes));
        assertClose(audio.channels()[0], tone, 1e-4);
    }

    @Test
    void decodesRf64() throws IOException {
        float[] tone = Signals.sine(500, 48_000, 0.3, 0.5);
        PcmAudio audio = AudioDecoder.decode(write("big.wav", WavBuilder.pcm(16, 48_000).rf64().build(tone)));
        assertClose(audio.channels()[0], tone, 1e-4);
    }

    @Test
    void decodesUploadedBytesTheSameAsFiles() {
        float[] tone = Signals.sine(500, 16_000, 0.3, 0.5);
        PcmAudio audio = AudioDecoder.decode(WavBuilder.pcm(16, 16_000).build(tone), "upload.wav");
        assertClose(audio.channels()[0], tone, 1e-4);
    }

    @Test
    void ignoresAPartialFrameAtTheEnd() throws IOException {
        float[] tone = Signals.sine(500, 16_000, 0.1, 0.5);
        byte[] bytes = WavBuilder.pcm(16, 16_000).dataSizeField(0xFFFFFFFFL).build(tone);
        byte[] oneExtraByte = Arrays.copyOf(bytes, bytes.length + 1);
        assertThat(AudioDecoder.decode(write("odd.wav", oneExtraByte)).frames()).isEqualTo(tone.length);
    }

    @Test
    void truncatedFileIsReportedWithWhatIsMissing() throws IOException {
        byte[] full = WavBuilder.pcm(16, 16_000).build(Signals.sine(500, 16_000, 2, 0.5));
        Path file = write("cut.wav", Arrays.copyOf(full, full.length / 2));
        assertThatThrownBy(() -> AudioDecoder.decode(file))
                .isInstanceOf(AudioFormatException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("truncated")
                .hasMessageContaining("2.0 s")
                .hasMessageNotContaining("\n");
    }

    @Test
    void truncatedUploadIsReportedToo() {
        byte[] full = WavBuilder.pcm(16, 16_000).build(Signals.sine(500, 16_000, 1, 0.5));
        assertThatThrownBy(() -> AudioDecoder.decode(Arrays.copyOf(full, 1000), "mic.wav"))
                .hasMessageStartingWith("mic.wav: truncated WAV");
    }

    @Test
    void fileEndingInsideTheHeaderIsTruncated() throws IOException {
        byte[] full = WavBuilder.pcm(16, 16_000).build(new float[100]);
        assertThatThrownBy(() -> AudioDecoder.decode(write("stub.wav", Arrays.copyOf(full, 20))))
                .hasMessageContaining("stub.wav").hasMessageContaining("truncated");
        assertThatThrownBy(() -> AudioDecoder.decode(write("tiny.wav", Arrays.copyOf(full, 6))))
                .hasMessageContaining("tiny.wav: truncated WAV");
    }

    @Test
    void emptyFileIsRefused() throws IOException {
        Path file = write("empty.wav", new byte[0]);
        assertThatThrownBy(() -> AudioDecoder.decode(file))
                .isInstanceOf(AudioFormatException.class)
                .hasMessage(file + ": file is empty (0 bytes)");
    }

    @Test
    void missingFileIsRefused() {
        Path file = dir.resolve("nowhere.wav");
        assertThatThrownBy(() -> AudioDecoder.decode(file)).hasMessage(file + ": file not found");
    }

    @Test
    void directoryIsRefused() {
        assertThatThrownBy(() -> AudioDecoder.decode(dir)).hasMessageContaining("is a directory");
    }

    @Test
    void textRenamedToWavIsNotAudio() throws IOException {
        Path file = write("notes.wav", "Interview notes\nCandidate: Jane\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> AudioDecoder.decode(file))
                .isInstanceOf(AudioFormatException.class)
                .hasMessageStartingWith(file + ": not an audio file (it looks like text)");
    }

    @Test
    void adpcmIsRefusedNamingTheFormatCode() throws IOException {
        byte[] bytes = WavBuilder.pcm(4, 8_000).formatCode(0x0002).rawData(new byte[256]).build(new float[1]);
        Path file = write("dictaphone.wav", bytes);
        assertThatThrownBy(() -> AudioDecoder.decode(file))
                .isInstanceOf(AudioFormatException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("Microsoft ADPCM")
                .hasMessageContaining("0x0002")
                .hasMessageContaining("pcm_s16le");
    }

    @Test
    void unknownFormatCodeIsNamedInHex() throws IOException {
        byte[] bytes = WavBuilder.pcm(16, 8_000).formatCode(0x1234).rawData(new byte[256]).build(new float[1]);
        assertThatThrownBy(() -> AudioDecoder.decode(write("odd.wav", bytes)))
                .hasMessageContaining("format code 0x1234");
    }

    @Test
    void zeroLengthAudioIsRefused() throws IOException {
        byte[] bytes = WavBuilder.pcm(16, 16_000).build(new float[0]);
        assertThatThrownBy(() -> AudioDecoder.decode(write("silent.wav", bytes)))
                .hasMessageContaining("silent.wav").hasMessageContaining("no audio");
    }

    @Test
    void dataBeforeFmtIsCorrupt() throws IOException {
        byte[] good = WavBuilder.pcm(16, 16_000).build(new float[10]);
        // RIFF header followed directly by a data chunk.
        byte[] bad = new byte[12 + 8 + 20];
        System.arraycopy(good, 0, bad, 0, 12);
        System.arraycopy(good, good.length - 28, bad, 12, 28);
        assertThatThrownBy(() -> AudioDecoder.decode(write("nofmt.wav", bad)))
                .hasMessageContaining("nofmt.wav").hasMessageContaining("before the fmt chunk");
    }
}
