package dev.anchorpoint.audio;

/**
 * Decoded audio: one float array per channel, samples in [-1, 1], at {@code sampleRate} Hz.
 * The pipeline works on 16 kHz mono or one 16 kHz stream per channel.
 */
public record PcmAudio(int sampleRate, float[][] channels) {
    public PcmAudio {
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sample rate must be positive");
        }
        if (channels.length == 0) {
            throw new IllegalArgumentException("audio needs at least one channel");
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
}
