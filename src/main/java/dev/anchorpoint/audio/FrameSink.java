package dev.anchorpoint.audio;

/** Where a decoder delivers samples, block by block, so long recordings need not be held at their own rate. */
interface FrameSink {
    /** Called once before any samples; {@code expectedFrames} is -1 when the length is not known up front. */
    void begin(int sampleRate, int channels, long expectedFrames);

    /** {@code block[channel][0..frames)} are the next samples; the arrays are reused after this returns. */
    void accept(float[][] block, int frames);
}
