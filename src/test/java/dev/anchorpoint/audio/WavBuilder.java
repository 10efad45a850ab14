package dev.anchorpoint.audio;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Writes WAV files byte by byte, including the odd ones real recorders produce, for decoder tests. */
final class WavBuilder {
    private int formatCode = WavFormat.PCM;
    private int bits = 16;
    private int rate = 16_000;
    private boolean extensible;
    private boolean rf64;
    private Long dataSizeField;
    private final List<byte[]> chunksBeforeData = new ArrayList<>();
    private byte[] rawData;

    static WavBuilder pcm(int bits, int rate) {
        WavBuilder b = new WavBuilder();
        b.bits = bits;
        b.rate = rate;
        return b;
    }

    static WavBuilder float32(int rate) {
        WavBuilder b = pcm(32, rate);
        b.formatCode = WavFormat.IEEE_FLOAT;
        return b;
    }

    WavBuilder bits(int value) {
        bits = value;
        return this;
    }

    WavBuilder formatCode(int code) {
        formatCode = code;
        return this;
    }

    WavBuilder extensible() {
        extensible = true;
        return this;
    }

    WavBuilder rf64() {
        rf64 = true;
        return this;
    }

    /** What the data chunk's size field says, whatever the data really is (0, 0xFFFFFFFF, too large...). */
    WavBuilder dataSizeField(long value) {
        dataSizeField = value;
        return this;
    }

    WavBuilder chunk(String id, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(id.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(le32(body.length));
        out.writeBytes(body);
        if (body.length % 2 == 1) {
            out.write(0);
        }
        chunksBeforeData.add(out.toByteArray());
        return this;
    }

    /** Data bytes as given instead of encoded samples (for codecs we do not encode, like ADPCM). */
    WavBuilder rawData(byte[] data) {
        rawData = data;
        return this;
    }

    byte[] build(float[]... channels) {
        int bytesPerSample = (bits + 7) / 8;
        byte[] data = rawData != null ? rawData : encode(channels, bytesPerSample);
        int channelCount = channels.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((rf64 ? "RF64" : "RIFF").getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(le32(rf64 ? 0xFFFFFFFFL : 0));
        out.writeBytes("WAVE".getBytes(StandardCharsets.ISO_8859_1));
        if (rf64) {
            ByteBuffer ds64 = ByteBuffer.allocate(28).order(ByteOrder.LITTLE_ENDIAN);
            ds64.putLong(0).putLong(data.length).putLong(data.length / (channelCount * bytesPerSample)).putInt(0);
            out.writeBytes("ds64".getBytes(StandardCharsets.ISO_8859_1));
            out.writeBytes(le32(28));
            out.writeBytes(ds64.array());
        }
        out.writeBytes(fmtChunk(channelCount, bytesPerSample));
        chunksBeforeData.forEach(out::writeBytes);
        out.writeBytes("data".getBytes(StandardCharsets.ISO_8859_1));
        long sizeField = dataSizeField != null ? dataSizeField : rf64 ? 0xFFFFFFFFL : data.length;
        out.writeBytes(le32(sizeField));
        out.writeBytes(data);
        byte[] bytes = out.toByteArray();
        if (!rf64) {
            ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(4, bytes.length - 8);
        }
        return bytes;
    }

    private byte[] fmtChunk(int channels, int bytesPerSample) {
        int size = extensible ? 40 : 16;
        ByteBuffer fmt = ByteBuffer.allocate(8 + size).order(ByteOrder.LITTLE_ENDIAN);
        fmt.put("fmt ".getBytes(StandardCharsets.ISO_8859_1)).putInt(size);
        fmt.putShort((short) (extensible ? WavFormat.EXTENSIBLE : formatCode));
        fmt.putShort((short) channels).putInt(rate).putInt(rate * channels * bytesPerSample);
        fmt.putShort((short) (channels * bytesPerSample)).putShort((short) bits);
        if (extensible) {
            fmt.putShort((short) 22).putShort((short) bits).putInt(channels == 2 ? 3 : 4);
            fmt.putShort((short) formatCode);
            fmt.put(new byte[] {0, 0, 0, 0, 0x10, 0, (byte) 0x80, 0, 0, (byte) 0xAA, 0, 0x38, (byte) 0x9B, 0x71});
        }
        return fmt.array();
    }

    private byte[] encode(float[][] channels, int bytesPerSample) {
        int frames = channels[0].length;
        ByteBuffer data = ByteBuffer.allocate(frames * channels.length * bytesPerSample)
                .order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < frames; i++) {
            for (float[] channel : channels) {
                double x = channel[i];
                if (formatCode == WavFormat.IEEE_FLOAT) {
                    if (bits == 64) {
                        data.putDouble(x);
                    } else {
                        data.putFloat((float) x);
                    }
                    continue;
                }
                switch (bits) {
                    case 8:
                        data.put((byte) (Math.round(x * 127) + 128));
                        break;
                    case 16:
                        data.putShort((short) Math.round(x * 32767));
                        break;
                    case 24:
                        int v = (int) Math.round(x * 8388607);
                        data.put((byte) v).put((byte) (v >> 8)).put((byte) (v >> 16));
                        break;
                    default:
                        data.putInt((int) Math.round(x * 2147483647.0));
                }
            }
        }
        return data.array();
    }

    private static byte[] le32(long value) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt((int) value).array();
    }
}
