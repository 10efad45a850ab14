package dev.anchorpoint.audio;

/**
 * Decoded audio: one float array per channel, samples in [-1, 1], at {@code sampleRate} Hz.
 * The pipeline works on 16 kHz mono or one 16 kHz stream per channel.
 *
 * <p>The arrays are shared, not copied (a one-hour stereo file at 48 kHz is 1.4 GB of floats):
 * treat them as read-only.
 */
public record PcmAudio(int sampleRate, float[][] channels) {
    /** The rate every recogniser in the pipeline takes. */
    public static final int ASR_SAMPLE_RATE = 16_000;

    public PcmAudio {
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sample rate must be positive");
        }
        if (channels.length == 0) {
            throw new IllegalArgumentException("audio needs at least one channel");
        }
        for (float[] channel : channels) {
            if (channel.length != channels[0].length) {
                throw new IllegalArgumentException("all channels need the same number of samples");
            }
        }
    }

    public int channelCount() {
        return channels.length;
    }

    public int frames() {
        return channels[0].length;
    }

    public long durationMs() {
        return frames() * 1000L / sampleRate;
    }

    /** Duration in seconds, with fractions: for messages and checks. */
    public double durationSeconds() {
        return frames() / (double) sampleRate;
    }

    /** One channel as mono audio (0 = left in a stereo file). Shares the samples. */
    public PcmAudio channel(int index) {
        if (index < 0 || index >= channels.length) {
            throw new IndexOutOfBoundsException("channel " + index + " of " + channels.length);
        }
        return new PcmAudio(sampleRate, new float[][] {channels[index]});
    }

    /** Average of all channels; returns this when already mono. */
    public PcmAudio toMono() {
        if (channels.length == 1) {
            return this;
        }
        float[] mono = new float[frames()];
        float scale = 1f / channels.length;
        for (float[] channel : channels) {
            for (int i = 0; i < mono.length; i++) {
                mono[i] += channel[i];
            }
        }
        for (int i = 0; i < mono.length; i++) {
            mono[i] *= scale;
        }
        return new PcmAudio(sampleRate, new float[][] {mono});
    }

    /** Band-limited conversion of every channel to {@code rate}; returns this when already at that rate. */
    public PcmAudio resample(int rate) {
        if (rate == sampleRate) {
            return this;
        }
        Resampler resampler = new Resampler(sampleRate, rate);
        float[][] out = new float[channels.length][];
        for (int c = 0; c < channels.length; c++) {
            out[c] = resampler.process(channels[c]);
        }
        return new PcmAudio(rate, out);
    }

    /** One channel as signed 16-bit samples, clipped to the 16-bit range (what Vosk and Sphinx take). */
    public short[] toPcm16(int channel) {
        return Pcm16.fromFloats(channels[channel]);
    }
}
