package dev.anchorpoint.web;

import dev.anchorpoint.audio.PcmAudio;
import dev.anchorpoint.audio.AudioDecoder;
import dev.anchorpoint.audio.Pcm16;

/** Uploaded recordings as 16 kHz 16-bit tracks for the recognizer, decoded by the audio package. */
final class AudioFiles {
    private AudioFiles() {
    }

    /** One 16 kHz track per channel of the file; throws AudioFormatException with a one-line message. */
    static short[][] decode(byte[] data, String name) {
        return AudioDecoder.decode16kChannels(data, name);
    }

    /** The channels as they are when {@code wanted} equals their count, otherwise mixed down to one track. */
    static short[][] tracks(short[][] channels, int wanted) {
        if (wanted == channels.length) {
            return channels;
        }
        return new short[][]{Pcm16.mixDown(channels)};
    }

    static long durationMs(short[][] channels) {
        return channels[0].length * 1000L / PcmAudio.ASR_SAMPLE_RATE;
    }
}
