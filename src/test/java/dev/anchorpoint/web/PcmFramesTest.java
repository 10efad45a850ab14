package dev.anchorpoint.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PcmFramesTest {
    private static byte[] le(short... s) {
        return PcmFrames.toBytes(s);
    }

    @Test
    void sixteenKilohertzPassesThroughEvenWhenFramesSplitASample() {
        PcmFrames f = new PcmFrames(16_000);
        byte[] all = le((short) 1000, (short) -2000, (short) 3000);
        short[] a = f.accept(new byte[]{all[0], all[1], all[2]});
        short[] b = f.accept(new byte[]{all[3], all[4], all[5]});
        assertThat(a).containsExactly((short) 1000);
        assertThat(b).containsExactly((short) -2000, (short) 3000);
    }

    @Test
    void eightKilohertzIsUpsampledToTwiceTheSamplesAcrossFrameBoundaries() {
        PcmFrames f = new PcmFrames(8_000);
        short[] a = f.accept(le((short) 0, (short) 100));
        short[] b = f.accept(le((short) 200, (short) 300));
        // 0, 50, 100, then 150 (between the frames), 200, 250, 300
        assertThat(a).containsExactly((short) 0, (short) 50, (short) 100);
        assertThat(b).containsExactly((short) 150, (short) 200, (short) 250, (short) 300);
    }

    @Test
    void fortyEightKilohertzKeepsOneSampleInThree() {
        PcmFrames f = new PcmFrames(48_000);
        short[] in = new short[4800];
        for (int i = 0; i < in.length; i++) {
            in[i] = (short) i;
        }
        short[] out = f.accept(le(in));
        assertThat(out).hasSize(1600);
        assertThat(out[10]).isEqualTo((short) 30);
    }

    @Test
    void refusesAbsurdRates() {
        assertThatThrownBy(() -> new PcmFrames(100)).hasMessageContaining("out of range");
    }
}
