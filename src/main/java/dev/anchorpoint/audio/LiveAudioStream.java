package dev.anchorpoint.audio;

/**
 * Live microphone audio for the recogniser: 16-bit little-endian mono frames at whatever rate the client
 * captures (browsers usually run at 44.1 or 48 kHz) in, 16 kHz samples out. Frames may split a sample
 * ({@link Pcm16Stream}); resampling carries its filter state across frames ({@link StreamingResampler}), so the
 * result is the same as converting the whole recording at once. One instance per session; not thread-safe.
 */
public final class LiveAudioStream {
    private final Pcm16Stream bytes = new Pcm16Stream();
    private final StreamingResampler resampler;
    private long samplesOut;

    public LiveAudioStream(int inputRate) {
        this.resampler = new StreamingResampler(inputRate, PcmAudio.ASR_SAMPLE_RATE);
    }

    /** 16 kHz samples made available by this frame (possibly none). */
    public short[] accept(byte[] frame) {
        return accept(frame, 0, frame.length);
    }

    public short[] accept(byte[] frame, int offset, int length) {
        return emit(resampler.process(Pcm16.toFloats(bytes.accept(frame, offset, length))));
    }

    /** The last few milliseconds held back by the filter; call when the client stops. Ends the stream. */
    public short[] flush() {
        return emit(resampler.flush());
    }

    /** 16 kHz samples emitted so far: divided by 16 000, the stream time in seconds of the next sample. */
    public long samplesOut() {
        return samplesOut;
    }

    private short[] emit(float[] samples) {
        samplesOut += samples.length;
        return Pcm16.fromFloats(samples);
    }
}
