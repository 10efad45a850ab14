package dev.anchorpoint.pipeline;

import dev.anchorpoint.asr.AsrEngines;
import dev.anchorpoint.asr.SpeechRecognizer;
import dev.anchorpoint.audio.AudioDecoder;
import dev.anchorpoint.rubric.Rubric;
import dev.anchorpoint.rubric.RubricLoader;
import dev.anchorpoint.scoring.DimensionScore;
import dev.anchorpoint.tagging.RubricTagger;
import dev.anchorpoint.tagging.Signal;
import dev.anchorpoint.transcript.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three bundled recordings, from audio to scorecard with the real default engine and tagger: the great
 * candidate must outscore the good one, who must outscore the no-fit one, and the great one must have evidence on
 * at least five dimensions, all of it candidate speech with a place in the audio.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleInterviewsEndToEndTest {
    private final Map<String, RecordingScorer.Result> results = new HashMap<>();
    private SpeechRecognizer asr;

    @BeforeAll
    void scoreAllThree() {
        Rubric kam = RubricLoader.load("key-account-manager");
        RecordingScorer scorer = new RecordingScorer(RubricTagger.create(kam), kam, "senior");
        // The live profile keeps the suite fast; the batch profile is what `score` uses by default.
        asr = AsrEngines.create("sphinx", null, "live");
        for (String name : new String[]{"kam-great", "kam-good", "kam-nofit"}) {
            Path wav = Path.of("sample-audio", name + ".wav");
            results.put(name, scorer.score(AudioDecoder.decode16kChannels(wav), wav.toString(), asr, ChannelRoles.MIXED,
                    null, null));
        }
    }

    @AfterAll
    void close() {
        asr.close();
    }

    @Test
    void greatOutscoresGoodOutscoresNoFit() {
        double great = results.get("kam-great").scorecard().finalScore();
        double good = results.get("kam-good").scorecard().finalScore();
        Double nofit = results.get("kam-nofit").scorecard().finalScore();
        assertThat(great).isGreaterThan(good);
        assertThat(nofit == null ? 0 : nofit).isLessThan(good);
    }

    @Test
    void greatCandidateHasEvidenceOnAtLeastFiveDimensions() {
        long withEvidence = results.get("kam-great").scorecard().dimensions().stream()
                .filter(DimensionScore::hasScore).count();
        assertThat(withEvidence).isGreaterThanOrEqualTo(5);
    }

    @Test
    void everyPieceOfEvidenceIsCandidateSpeechWithAPlaceInTheAudio() {
        for (RecordingScorer.Result r : results.values()) {
            Map<String, Role> roleOf = new HashMap<>();
            r.transcript().utterances().forEach(u -> roleOf.put(u.id(), u.role()));
            for (DimensionScore d : r.scorecard().dimensions()) {
                for (Signal s : d.evidence()) {
                    assertThat(roleOf.get(s.evidence().utteranceId())).isEqualTo(Role.CANDIDATE);
                    assertThat(s.evidence().endMs()).isGreaterThan(s.evidence().startMs());
                    assertThat(s.evidence().text()).isNotBlank();
                }
            }
        }
    }

    @Test
    void interviewerQuestionsAreRecognisedAsInterviewerSpeech() {
        long interviewer = results.get("kam-great").transcript().utterances().stream()
                .filter(u -> u.role() == Role.INTERVIEWER).count();
        assertThat(interviewer).isGreaterThanOrEqualTo(3);
    }
}
