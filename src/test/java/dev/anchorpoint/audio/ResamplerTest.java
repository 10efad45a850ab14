package dev.anchorpoint.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResamplerTest {
    private static final int TARGET = 16_000;

    @ParameterizedTest
    @ValueSource(ints = {8_000, 11_025, 22_050, 44_100, 48_000, 96_000, 44_101})
    void aOneKilohertzToneStaysOneKilohertz(int rate) {
        float[] tone = Signals.sine(1000, rate, 1.0, 0.5);
        float[] out = Resampler.resample(tone, rate, TARGET);

        assertThat(Signals.zeroCrossingFrequency(out, TARGET)).isCloseTo(1000, within(1.0));
        assertThat(Signals.dominantFrequency(out, TARGET, 10)).isCloseTo(1000, within(10.0));
        // Pass-band gain: the tone keeps its level (within 0.1 dB) away from the edges.
        double gain = Signals.rms(out, TARGET / 4, TARGET * 3 / 4) / Signals.rms(tone, rate / 4, rate * 3 / 4);
        assertThat(Signals.db(gain)).isCloseTo(0, within(0.1));
    }

    @Test
    void anElevenKilohertzToneAt48kIsRemovedNotFoldedTo5k() {
        float[] tone = Signals.sine(11_000, 48_000, 1.0, 0.5);
        float[] out = Resampler.resample(tone, 48_000, TARGET);

        // Skip the first and last 50 ms, where the tone switches on and off (broadband clicks).
        double in = Signals.rms(tone, 2_400, 45_600);
        double left = Signals.rms(out, 800, 15_200);
        assertThat(Signals.db(left / in)).isLessThan(-40);
    }

    @Test
    void justAboveTheNewNyquistIsStronglyAttenuatedToo() {
        // 8.6 kHz would alias to 7.4 kHz, right inside the speech band.
        float[] tone = Signals.sine(8_600, 44_100, 1.0, 0.5);
        float[] out = Resampler.resample(tone, 44_100, TARGET);
        double attenuation = Signals.db(Signals.rms(out, 800, 15_200) / Signals.rms(tone, 2_205, 41_895));
        assertThat(attenuation).isLessThan(-40);
    }

    @Test
    void speechBandIsKept() {
        float[] tone = Signals.sine(6_000, 48_000, 1.0, 0.5);
        float[] out = Resampler.resample(tone, 48_000, TARGET);
        double gain = Signals.db(Signals.rms(out, 800, 15_200) / Signals.rms(tone, 2_400, 45_600));
        assertThat(gain).isCloseTo(0, within(0.5));
        assertThat(Signals.dominantFrequency(out, TARGET, 10)).isCloseTo(6_000, within(10.0));
    }

    @Test
    void upsamplingLeavesNoImage() {
        // From 8 kHz, a 3 kHz tone has a mirror image at 5 kHz that a naive upsampler would keep.
        float[] tone = Signals.sine(3_000, 8_000, 1.0, 0.5);
        float[] out = Resampler.resample(tone, 8_000, TARGET);
        double wanted = Signals.goertzel(out, TARGET, 3_000, 4_000, 12_000);
        double image = Signals.goertzel(out, TARGET, 5_000, 4_000, 12_000);
        assertThat(10 * Math.log10(image / wanted)).isLessThan(-40);
    }

    @ParameterizedTest
    @CsvSource({"44100, 44100, 16000", "48000, 48000, 16000", "8000, 8000, 16000", "22050, 22050, 16000",
        "44100, 1, 1", "48000, 3, 1", "48000, 4, 2", "44100, 100, 37", "8000, 7, 14"})
    void outputLengthIsTheDurationAtTheNewRate(int rate, int inputSamples, int expected) {
        assertThat(Resampler.resample(new float[inputSamples], rate, TARGET)).hasSize(expected);
        assertThat(new Resampler(rate, TARGET).outputLength(inputSamples)).isEqualTo(expected);
    }

    @Test
    void sixteenKilohertzPassesThroughExactly() {
        float[] noise = new float[5_000];
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = random.nextFloat() * 2 - 1;
        }
        float[] out = Resampler.resample(noise, TARGET, TARGET);
        assertThat(out).containsExactly(noise).isNotSameAs(noise);
        PcmAudio audio = new PcmAudio(TARGET, new float[][] {noise});
        assertThat(audio.resample(TARGET)).isSameAs(audio);
    }

    @Test
    void constantSignalStaysConstantAwayFromTheEdges() {
        float[] dc = new float[44_100];
        java.util.Arrays.fill(dc, 0.25f);
        float[] out = Resampler.resample(dc, 44_100, TARGET);
        for (int i = 200; i < out.length - 200; i++) {
            assertThat(out[i]).isCloseTo(0.25f, within(1e-4f));
        }
    }

    @Test
    void timingIsNotDelayed() {
        // A click at 0.5 s stays at 0.5 s: word timings computed at 16 kHz must match the original recording.
        float[] click = new float[48_000];
        click[24_000] = 1;
        float[] out = Resampler.resample(click, 48_000, TARGET);
        int peak = 0;
        for (int i = 1; i < out.length; i++) {
            if (Math.abs(out[i]) > Math.abs(out[peak])) {
                peak = i;
            }
        }
        assertThat(peak).isEqualTo(8_000);
    }

    @Test
    void pcmAudioResamplesEveryChannel() {
        float[] left = Signals.sine(500, 44_100, 0.5, 0.5);
        float[] right = Signals.sine(2_000, 44_100, 0.5, 0.5);
        PcmAudio out = new PcmAudio(44_100, new float[][] {left, right}).resample(TARGET);
        assertThat(out.sampleRate()).isEqualTo(TARGET);
        assertThat(out.channelCount()).isEqualTo(2);
        assertThat(out.frames()).isEqualTo(8_000);
        assertThat(Signals.dominantFrequency(out.channels()[0], TARGET, 10)).isCloseTo(500, within(10.0));
        assertThat(Signals.dominantFrequency(out.channels()[1], TARGET, 10)).isCloseTo(2_000, within(10.0));
    }
}
