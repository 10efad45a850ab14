package dev.anchorpoint.audio;

import java.util.Arrays;

/**
 * Resamples to {@link PcmAudio#ASR_SAMPLE_RATE} while decoding and keeps only 16-bit samples: an hour of 48 kHz
 * stereo needs 230 MB this way instead of 1.4 GB of floats at the original rate. Either mixes all channels to
 * mono or keeps each channel as its own stream.
 */
final class SpeechRateSink implements FrameSink {
    private final String name;
    private final boolean mixToMono;
    private StreamingResampler[] resamplers;
    private short[][] out;
    private int[] lengths;
    private float[] mono = new float[0];

    SpeechRateSink(String name, boolean mixToMono) {
        this.name = name;
        this.mixToMono = mixToMono;
    }

    @Override
    public void begin(int sampleRate, int channels, long expectedFrames) {
        int streams = mixToMono ? 1 : channels;
        resamplers = new StreamingResampler[streams];
        for (int s = 0; s < streams; s++) {
            resamplers[s] = new StreamingResampler(sampleRate, PcmAudio.ASR_SAMPLE_RATE);
        }
        long expected = expectedFrames >= 0
                ? expectedFrames * PcmAudio.ASR_SAMPLE_RATE / sampleRate + 1
                : PcmAudio.ASR_SAMPLE_RATE * 10L;
        out = new short[streams][(int) Math.min(Integer.MAX_VALUE - 8L, expected)];
        lengths = new int[streams];
    }

    @Override
    public void accept(float[][] block, int frames) {
        if (mixToMono) {
            append(resamplers[0].process(mix(block, frames), 0, frames), 0);
        } else {
            for (int c = 0; c < block.length; c++) {
                append(resamplers[c].process(block[c], 0, frames), c);
            }
        }
    }

    /** All samples so far plus the resamplers' tails; one array per stream. */
    short[][] finish() {
        for (int s = 0; s < resamplers.length; s++) {
            append(resamplers[s].flush(), s);
        }
        for (int s = 0; s < out.length; s++) {
            out[s] = lengths[s] == out[s].length ? out[s] : Arrays.copyOf(out[s], lengths[s]);
        }
        return out;
    }

    private float[] mix(float[][] block, int frames) {
        if (block.length == 1) {
            return block[0];
        }
        if (mono.length < frames) {
            mono = new float[frames];
        }
        float scale = 1f / block.length;
        for (int f = 0; f < frames; f++) {
            float sum = 0;
            for (float[] channel : block) {
                sum += channel[f];
            }
            mono[f] = sum * scale;
        }
        return mono;
    }

    private void append(float[] samples, int stream) {
        int at = lengths[stream];
        if (at + (long) samples.length > out[stream].length) {
            long size = Math.max(at + (long) samples.length, out[stream].length + (long) (out[stream].length >> 1));
            if (size > Integer.MAX_VALUE - 8L) {
                throw new AudioFormatException(name + ": longer than 37 hours; split it into parts");
            }
            out[stream] = Arrays.copyOf(out[stream], (int) size);
        }
        short[] target = out[stream];
        for (int i = 0; i < samples.length; i++) {
            target[at + i] = Pcm16.toShort(samples[i]);
        }
        lengths[stream] = at + samples.length;
    }
}
