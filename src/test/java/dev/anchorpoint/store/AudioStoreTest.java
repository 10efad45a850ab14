package dev.anchorpoint.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import java.io.RandomAccessFile;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AudioStoreTest {
    @TempDir
    Path dir;

    @Test
    void appendsAcrossReconnectsAndWritesAValidHeader() throws Exception {
        AudioStore audio = new AudioStore(dir);
        try (AudioStore.Channel c = audio.open("abc", "candidate")) {
            c.append(new short[16_000], 0, 16_000);
        }
        try (AudioStore.Channel c = audio.open("abc", "candidate")) {
            assertThat(c.durationMs()).isEqualTo(1000);
            c.append(new short[8_000], 0, 8_000);
        }
        assertThat(audio.durationMs("abc", "candidate")).isEqualTo(1500);
        try (AudioInputStream in = AudioSystem.getAudioInputStream(audio.file("abc", "candidate").toFile())) {
            AudioFormat f = in.getFormat();
            assertThat(f.getSampleRate()).isEqualTo(16_000f);
            assertThat(f.getChannels()).isEqualTo(1);
            assertThat(in.getFrameLength()).isEqualTo(24_000);
        }
    }

    @Test
    void recoveryFixesTheHeaderOfAFileLeftOpenByACrash() throws Exception {
        AudioStore audio = new AudioStore(dir);
        AudioStore.Channel c = audio.open("crash", "interviewer");
        c.append(new short[3_200], 0, 3_200); // never closed: the header still says 0 bytes
        try (RandomAccessFile f = new RandomAccessFile(audio.file("crash", "interviewer").toFile(), "r")) {
            f.seek(40);
            assertThat(Integer.reverseBytes(f.readInt())).isZero();
        }
        assertThat(audio.recover()).isEqualTo(1);
        try (AudioInputStream in = AudioSystem.getAudioInputStream(audio.file("crash", "interviewer").toFile())) {
            assertThat(in.getFrameLength()).isEqualTo(3_200);
        }
    }

    @Test
    void refusesPathTricks() {
        AudioStore audio = new AudioStore(dir);
        assertThatThrownBy(() -> audio.file("../etc", "candidate")).isInstanceOf(IllegalArgumentException.class);
    }
}
