package dev.anchorpoint.audio;

/** What a decoder delivered to its {@link FrameSink}: rate, channels and length at the original rate. */
record DecodedStream(int sampleRate, int channels, long frames) {
    double seconds() {
        return frames / (double) sampleRate;
    }
}
