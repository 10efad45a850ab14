package dev.anchorpoint.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** PcmAudio helpers, 16-bit conversions, the incremental frame converter and the chunker. */
class PcmUtilitiesTest {
    @Test
    void toMonoAveragesChannels() {
        PcmAudio stereo = new PcmAudio(16_000, new float[][] {{1f, 0.5f, -1f}, {0f, 0.5f, 1f}});
        assertThat(stereo.toMono().channels()[0]).containsExactly(0.5f, 0.5f, 0f);
        assertThat(stereo.toMono().sampleRate()).isEqualTo(16_000);
        PcmAudio mono = stereo.channel(1);
        assertThat(mono.channelCount()).isEqualTo(1);
        assertThat(mono.channels()[0]).containsExactly(0f, 0.5f, 1f);
        assertThat(mono.toMono()).isSameAs(mono);
        assertThatThrownBy(() -> stereo.channel(2)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void toPcm16ClipsInsteadOfWrapping() {
        PcmAudio audio = new PcmAudio(16_000, new float[][] {{0f, 0.5f, -0.5f, 1f, -1f, 1.7f, -3f}});
        assertThat(audio.toPcm16(0)).containsExactly((short) 0, (short) 16384, (short) -16384, Short.MAX_VALUE,
                Short.MIN_VALUE, Short.MAX_VALUE, Short.MIN_VALUE);
    }

    @Test
    void sixteenBitSamplesSurviveARoundTripThroughFloats() {
        short[] all = new short[65_536];
        for (int i = 0; i < all.length; i++) {
            all[i] = (short) (i - 32_768);
        }
        assertThat(Pcm16.fromFloats(Pcm16.toFloats(all))).containsExactly(all);
    }

    @Test
    void littleEndianBytesRoundTrip() {
        short[] samples = {0, 1, -1, 256, -32_768, 32_767, 0x1234};
        byte[] bytes = Pcm16.toLittleEndian(samples);
        assertThat(bytes).startsWith(0, 0, 1, 0, -1, -1, 0, 1);
        assertThat(bytes[12]).isEqualTo((byte) 0x34);
        assertThat(bytes[13]).isEqualTo((byte) 0x12);
        assertThat(Pcm16.fromLittleEndian(bytes)).containsExactly(samples);
        assertThatThrownBy(() -> Pcm16.fromLittleEndian(new byte[3])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void streamCarriesAnOddByteIntoTheNextFrame() {
        short[] samples = new short[10_000];
        Random random = new Random(42);
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) random.nextInt();
        }
        byte[] bytes = Pcm16.toLittleEndian(samples);
        Pcm16Stream stream = new Pcm16Stream();
        List<Short> out = new ArrayList<>();
        int at = 0;
        boolean sawPending = false;
        while (at < bytes.length) {
            int length = Math.min(bytes.length - at, random.nextInt(7));
            for (short s : stream.accept(bytes, at, length)) {
                out.add(s);
            }
            sawPending |= stream.hasPendingByte();
            at += length;
        }
        assertThat(sawPending).isTrue();
        assertThat(stream.hasPendingByte()).isFalse();
        assertThat(stream.samplesOut()).isEqualTo(samples.length);
        short[] joined = new short[out.size()];
        for (int i = 0; i < joined.length; i++) {
            joined[i] = out.get(i);
        }
        assertThat(joined).containsExactly(samples);
    }

    @Test
    void streamHandlesOneByteFrames() {
        Pcm16Stream stream = new Pcm16Stream();
        assertThat(stream.accept(new byte[] {0x34})).isEmpty();
        assertThat(stream.hasPendingByte()).isTrue();
        assertThat(stream.accept(new byte[0])).isEmpty();
        assertThat(stream.accept(new byte[] {0x12, 0x01})).containsExactly((short) 0x1234);
        assertThat(stream.hasPendingByte()).isTrue();
        stream.reset();
        assertThat(stream.hasPendingByte()).isFalse();
        assertThat(stream.accept(new byte[] {-1, -1})).containsExactly((short) -1);
    }

    @Test
    void chunkerCutsTwentyMillisecondChunks() {
        short[] samples = new short[16_000 + 100];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) i;
        }
        AudioChunker chunker = new AudioChunker(samples, 16_000, 20);
        assertThat(chunker.chunkSamples()).isEqualTo(320);
        assertThat(chunker.chunkCount()).isEqualTo(51);
        assertThat(chunker.chunkStart(50)).isEqualTo(16_000);

        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        List<Integer> sizes = new ArrayList<>();
        for (short[] chunk : chunker) {
            sizes.add(chunk.length);
            joined.writeBytes(Pcm16.toLittleEndian(chunk));
        }
        assertThat(sizes).hasSize(51);
        assertThat(sizes.subList(0, 50)).containsOnly(320);
        assertThat(sizes.get(50)).isEqualTo(100);
        assertThat(Pcm16.fromLittleEndian(joined.toByteArray())).containsExactly(samples);
    }

    @Test
    void chunkerOnEmptyInputYieldsNothing() {
        assertThat(new AudioChunker(new short[0], 16_000, 100)).isEmpty();
    }
}
