package dev.anchorpoint.asr;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads a 16 kHz mono 16-bit PCM WAV into samples, for benchmarks and tests. Other formats are refused with a
 * message; the pipeline decodes arbitrary audio with the audio package.
 */
public final class WavClip {
    private WavClip() {
    }

    public static short[] read16kMono(Path file) {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(file.toFile())) {
            AudioFormat f = in.getFormat();
            boolean ok = f.getEncoding().equals(AudioFormat.Encoding.PCM_SIGNED) && f.getSampleSizeInBits() == 16
                    && f.getChannels() == 1 && Math.round(f.getSampleRate()) == RecognitionStream.SAMPLE_RATE;
            if (!ok) {
                throw new AsrException(file + " is " + f + "; expected 16 kHz mono 16-bit PCM WAV. Convert it with: "
                        + "sox IN -r 16000 -c 1 -b 16 -e signed-integer OUT.wav");
            }
            byte[] bytes = in.readAllBytes();
            short[] samples = new short[bytes.length / 2];
            boolean big = f.isBigEndian();
            for (int i = 0; i < samples.length; i++) {
                int lo = bytes[2 * i + (big ? 1 : 0)] & 0xff;
                int hi = bytes[2 * i + (big ? 0 : 1)];
                samples[i] = (short) ((hi << 8) | lo);
            }
            return samples;
        } catch (UnsupportedAudioFileException | IOException e) {
            throw new AsrException("Cannot read " + file + " as WAV: " + e.getMessage(), e);
        }
    }
}
