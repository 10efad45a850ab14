package dev.anchorpoint.web;

import dev.anchorpoint.audio.AudioFormatException;
import dev.anchorpoint.audio.PcmAudio;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/** Uploaded recordings: decoded by the audio package, then turned into 16 kHz 16-bit tracks for the recognizer. */
final class AudioFiles {
    private AudioFiles() {
    }

    static PcmAudio decode(byte[] data, String name) {
        try {
            Class<?> c = Class.forName("dev.anchorpoint.audio.AudioDecoder");
            Method m = c.getMethod("decode", byte[].class, String.class);
            Object target = Modifier.isStatic(m.getModifiers()) ? null : c.getConstructor().newInstance();
            return (PcmAudio) m.invoke(target, data, name);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new AudioFormatException(name + ": " + e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            return decodeWithJavaSound(data, name);
        }
    }

    private static PcmAudio decodeWithJavaSound(byte[] data, String name) {
        try (javax.sound.sampled.AudioInputStream in = javax.sound.sampled.AudioSystem.getAudioInputStream(
                new java.io.ByteArrayInputStream(data))) {
            javax.sound.sampled.AudioFormat f = in.getFormat();
            if (f.getEncoding() != javax.sound.sampled.AudioFormat.Encoding.PCM_SIGNED || f.getSampleSizeInBits() != 16) {
                throw new AudioFormatException(name + ": only 16-bit PCM WAV can be read in this build");
            }
            byte[] all = in.readAllBytes();
            int ch = f.getChannels();
            int frames = all.length / (2 * ch);
            float[][] out = new float[ch][frames];
            boolean big = f.isBigEndian();
            for (int i = 0; i < frames; i++) {
                for (int c = 0; c < ch; c++) {
                    int p = (i * ch + c) * 2;
                    int v = big ? (all[p] << 8) | (all[p + 1] & 0xff) : (all[p + 1] << 8) | (all[p] & 0xff);
                    out[c][i] = (short) v / 32768f;
                }
            }
            if (frames == 0) {
                throw new AudioFormatException(name + ": the file holds no audio");
            }
            return new PcmAudio((int) f.getSampleRate(), out);
        } catch (javax.sound.sampled.UnsupportedAudioFileException e) {
            throw new AudioFormatException(name + ": not a recognised audio file");
        } catch (java.io.IOException e) {
            throw new AudioFormatException(name + ": cannot read the audio: " + e.getMessage(), e);
        }
    }

    /**
     * One 16 kHz track per wanted channel: the file's channels as they are when {@code wanted} equals their count,
     * otherwise all channels mixed down to one.
     */
    static short[][] tracks(PcmAudio pcm, int wanted) {
        float[][] src = pcm.channels();
        if (wanted != src.length) {
            float[] mix = new float[pcm.frames()];
            for (float[] ch : src) {
                for (int i = 0; i < mix.length; i++) {
                    mix[i] += ch[i] / src.length;
                }
            }
            src = new float[][]{mix};
        }
        short[][] out = new short[src.length][];
        for (int c = 0; c < src.length; c++) {
            out[c] = toPcm16(resample(src[c], pcm.sampleRate()));
        }
        return out;
    }

    static float[] resample(float[] in, int rate) {
        if (rate == PcmFrames.TARGET_RATE || in.length == 0) {
            return in;
        }
        double step = (double) rate / PcmFrames.TARGET_RATE;
        int n = (int) Math.floor((in.length - 1) / step) + 1;
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            double x = i * step;
            int i0 = (int) x;
            double f = x - i0;
            float a = in[i0];
            float b = in[Math.min(i0 + 1, in.length - 1)];
            out[i] = (float) (a + (b - a) * f);
        }
        return out;
    }

    static short[] toPcm16(float[] in) {
        short[] out = new short[in.length];
        for (int i = 0; i < in.length; i++) {
            float v = Math.max(-1f, Math.min(1f, in[i]));
            out[i] = (short) Math.round(v * 32767f);
        }
        return out;
    }
}
