package dev.anchorpoint.audio;

import java.util.Arrays;

/** Keeps every sample at the original rate, for {@link PcmAudio}. */
final class CollectingSink implements FrameSink {
    private static final int MAX_FRAMES = Integer.MAX_VALUE - 8;

    private final String name;
    private int sampleRate;
    private float[][] channels;
    private int frames;

    CollectingSink(String name) {
        this.name = name;
    }

    @Override
    public void begin(int rate, int channelCount, long expectedFrames) {
        if (expectedFrames > MAX_FRAMES) {
            throw tooLong();
        }
        sampleRate = rate;
        // Unknown length: start with ten seconds and grow.
        int initial = expectedFrames >= 0 ? (int) expectedFrames : rate * 10;
        channels = new float[channelCount][initial];
    }

    @Override
    public void accept(float[][] block, int count) {
        if (frames + (long) count > channels[0].length) {
            grow(frames + (long) count);
        }
        for (int c = 0; c < channels.length; c++) {
            System.arraycopy(block[c], 0, channels[c], frames, count);
        }
        frames += count;
    }

    private void grow(long needed) {
        if (needed > MAX_FRAMES) {
            throw tooLong();
        }
        int size = (int) Math.min(MAX_FRAMES, Math.max(needed, channels[0].length + (long) (channels[0].length >> 1)));
        for (int c = 0; c < channels.length; c++) {
            channels[c] = Arrays.copyOf(channels[c], size);
        }
    }

    private AudioFormatException tooLong() {
        return new AudioFormatException(name + ": too long to hold at its own sample rate;"
                + " use the 16 kHz decoding (AudioDecoder.decode16kMono) or split the file");
    }

    PcmAudio toAudio() {
        if (frames != channels[0].length) {
            for (int c = 0; c < channels.length; c++) {
                channels[c] = Arrays.copyOf(channels[c], frames);
            }
        }
        return new PcmAudio(sampleRate, channels);
    }
}
