package dev.anchorpoint.audio;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Locale;
import java.util.Map;

/**
 * The sample layout a WAV "fmt " chunk describes, limited to what we decode in-process: integer PCM of 8 to 32
 * bits and IEEE float of 32 or 64 bits, plain or wrapped in WAVE_FORMAT_EXTENSIBLE. Anything else (ADPCM, A-law,
 * MP3-in-WAV...) is refused with the format code in the message.
 */
record WavFormat(int channels, int sampleRate, int bytesPerSample, boolean isFloat) {
    static final int PCM = 0x0001;
    static final int IEEE_FLOAT = 0x0003;
    static final int EXTENSIBLE = 0xFFFE;

    /** Tail shared by the KSDATAFORMAT_SUBTYPE_* GUIDs whose first two bytes are a classic format code. */
    private static final byte[] GUID_TAIL = {
        0x00, 0x00, 0x00, 0x00, 0x10, 0x00, (byte) 0x80, 0x00, 0x00, (byte) 0xAA, 0x00, 0x38, (byte) 0x9B, 0x71
    };

    private static final Map<Integer, String> KNOWN_CODES = Map.ofEntries(
            Map.entry(0x0002, "Microsoft ADPCM"),
            Map.entry(0x0006, "A-law"),
            Map.entry(0x0007, "mu-law"),
            Map.entry(0x0011, "IMA ADPCM"),
            Map.entry(0x0016, "ITU G.723 ADPCM"),
            Map.entry(0x0031, "GSM 6.10"),
            Map.entry(0x0040, "ITU G.721 ADPCM"),
            Map.entry(0x0050, "MPEG audio"),
            Map.entry(0x0055, "MP3"),
            Map.entry(0x0092, "Dolby AC-3"),
            Map.entry(0x00FF, "AAC"),
            Map.entry(0x0161, "Windows Media Audio"),
            Map.entry(0x2000, "Dolby AC-3"),
            Map.entry(0xF1AC, "FLAC"));

    int frameBytes() {
        return channels * bytesPerSample;
    }

    static WavFormat parse(byte[] chunk, String name) {
        if (chunk.length < 16) {
            throw new AudioFormatException(name + ": corrupt WAV header (fmt chunk is only " + chunk.length
                    + " bytes, needs 16)");
        }
        ByteBuffer fmt = ByteBuffer.wrap(chunk).order(ByteOrder.LITTLE_ENDIAN);
        int code = fmt.getShort(0) & 0xFFFF;
        int channels = fmt.getShort(2) & 0xFFFF;
        long sampleRate = fmt.getInt(4) & 0xFFFFFFFFL;
        int blockAlign = fmt.getShort(12) & 0xFFFF;
        int bits = fmt.getShort(14) & 0xFFFF;
        if (code == EXTENSIBLE) {
            code = subFormat(fmt, chunk.length, name);
        }
        if (code != PCM && code != IEEE_FLOAT) {
            throw new AudioFormatException(name + ": unsupported WAV encoding " + describe(code)
                    + "; convert it to 16-bit PCM WAV (e.g. ffmpeg -i in.wav -c:a pcm_s16le out.wav)");
        }
        if (channels == 0 || sampleRate == 0 || sampleRate > Integer.MAX_VALUE) {
            throw new AudioFormatException(name + ": corrupt WAV header (" + channels + " channels at "
                    + sampleRate + " Hz)");
        }
        int bytes = containerBytes(bits, channels, blockAlign);
        boolean isFloat = code == IEEE_FLOAT;
        boolean supported = isFloat ? bytes == 4 || bytes == 8 : bytes >= 1 && bytes <= 4;
        if (!supported) {
            throw new AudioFormatException(name + ": unsupported WAV sample size: " + bits + "-bit "
                    + (isFloat ? "float" : "PCM") + "; convert it to 16-bit PCM WAV");
        }
        return new WavFormat(channels, (int) sampleRate, bytes, isFloat);
    }

    /**
     * Bytes each sample occupies. Normally ceil(bits / 8); some writers put e.g. 20-bit samples in 3 or 4 bytes,
     * and blockAlign is what actually lays out the data, so trust it when it is a whole number per channel.
     */
    private static int containerBytes(int bits, int channels, int blockAlign) {
        int fromBits = (bits + 7) / 8;
        if (blockAlign == channels * fromBits || blockAlign == 0 || blockAlign % channels != 0) {
            return fromBits;
        }
        return blockAlign / channels;
    }

    private static int subFormat(ByteBuffer fmt, int length, String name) {
        if (length < 40) {
            throw new AudioFormatException(name + ": corrupt WAV header (extensible fmt chunk is " + length
                    + " bytes, needs 40)");
        }
        for (int i = 0; i < GUID_TAIL.length; i++) {
            if (fmt.get(26 + i) != GUID_TAIL[i]) {
                throw new AudioFormatException(name + ": unsupported WAV encoding (extensible sub-format GUID "
                        + guid(fmt) + "); convert it to 16-bit PCM WAV");
            }
        }
        return fmt.getShort(24) & 0xFFFF;
    }

    private static String guid(ByteBuffer fmt) {
        StringBuilder hex = new StringBuilder();
        for (int i = 24; i < 40; i++) {
            hex.append(String.format(Locale.ROOT, "%02x", fmt.get(i)));
        }
        return hex.toString();
    }

    private static String describe(int code) {
        String known = KNOWN_CODES.get(code);
        String hex = String.format(Locale.ROOT, "format code 0x%04X", code);
        return known == null ? "(" + hex + ")" : known + " (" + hex + ")";
    }

    /** One sample at {@code at} as a float in [-1, 1]. */
    float sample(byte[] data, int at) {
        if (isFloat) {
            double value = bytesPerSample == 4
                    ? Float.intBitsToFloat(int32(data, at))
                    : Double.longBitsToDouble((int32(data, at) & 0xFFFFFFFFL) | ((long) int32(data, at + 4) << 32));
            // Float WAVs may carry overs beyond full scale (or NaN from a broken writer): clip like a DAC would.
            if (!(value >= -1)) {
                return value < -1 ? -1f : 0f;
            }
            return value > 1 ? 1f : (float) value;
        }
        switch (bytesPerSample) {
            case 1:
                return ((data[at] & 0xFF) - 128) / 128f;
            case 2:
                return (short) ((data[at] & 0xFF) | (data[at + 1] << 8)) / 32768f;
            case 3:
                return ((data[at] & 0xFF) | ((data[at + 1] & 0xFF) << 8) | (data[at + 2] << 16)) / 8388608f;
            default:
                return int32(data, at) / 2147483648f;
        }
    }

    private static int int32(byte[] data, int at) {
        return (data[at] & 0xFF) | ((data[at + 1] & 0xFF) << 8) | ((data[at + 2] & 0xFF) << 16) | (data[at + 3] << 24);
    }
}
