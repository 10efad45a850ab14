package dev.anchorpoint.transcript;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed sample interviews (scripts/make-sample-audio) keep the shape the pipeline and README rely on. */
class SampleAudioTest {
    @ParameterizedTest
    @ValueSource(strings = {"kam-great", "kam-good", "kam-nofit"})
    void wavIsSixteenKilohertzMonoSixteenBitAndMatchesItsVtt(String name) throws Exception {
        Path wav = Path.of("sample-audio", name + ".wav");
        assertThat(Files.size(wav)).isLessThan(5_000_000);
        AudioFileFormat file = AudioSystem.getAudioFileFormat(wav.toFile());
        AudioFormat f = file.getFormat();
        assertThat(file.getType()).isEqualTo(AudioFileFormat.Type.WAVE);
        assertThat(f.getSampleRate()).isEqualTo(16_000f);
        assertThat(f.getChannels()).isEqualTo(1);
        assertThat(f.getSampleSizeInBits()).isEqualTo(16);
        assertThat(f.getEncoding()).isEqualTo(AudioFormat.Encoding.PCM_SIGNED);
        long durationMs = file.getFrameLength() * 1000L / 16_000;
        assertThat(durationMs).isBetween(90_000L, 150_000L);

        Transcript vtt = TranscriptReader.read(Path.of("sample-audio", name + ".vtt"), SpeakerRoles.heuristic());
        // The script ends with half a second of silence after the last turn.
        assertThat(durationMs - vtt.durationMs()).isBetween(450L, 550L);
        for (int i = 1; i < vtt.utterances().size(); i++) {
            long gap = vtt.utterances().get(i).startMs() - vtt.utterances().get(i - 1).endMs();
            assertThat(gap).as("pause before turn %d", i + 1).isBetween(500L, 1000L);
        }
    }
}
