package dev.anchorpoint.transcript;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

class SpeakerRolesTest {
    private static List<Utterance> dialogue(String... speakerAndText) {
        List<Utterance> out = new ArrayList<>();
        for (int i = 0; i < speakerAndText.length; i += 2) {
            out.add(new Utterance("u" + i, Role.UNKNOWN, speakerAndText[i], speakerAndText[i + 1], i * 1000L,
                    i * 1000L + 900, List.of()));
        }
        return out;
    }

    private static final List<Utterance> PANEL = dialogue(
            "Dana", "How do you plan your key accounts?",
            "Alex", "I write a quarterly plan with revenue targets.",
            "Lee", "And how do you track it?",
            "Alex", "I review it every month with my manager.",
            "Dana", "Tell me about a difficult renewal.",
            "Alex", "The client wanted a discount and I held the price.");

    @Test
    void namedInterviewerAndTheOneOtherSpeaker() {
        SpeakerRoles.Assignment a = SpeakerRoles.interviewers("dana").assign("t", dialogue(
                "Dana", "Hello.", "Alex", "Hi.", "Dana", "Let's start.", "Alex", "Sure."));
        assertThat(a.speakers()).containsExactly(entry("Dana", Role.INTERVIEWER), entry("Alex", Role.CANDIDATE));
        assertThat(a.warnings()).isEmpty();
    }

    @Test
    void oneNamedInterviewerOfTwoLeavesTheCandidateOpen() {
        SpeakerRoles.Assignment a = SpeakerRoles.interviewers("Dana").assign("t", PANEL);
        assertThat(a.speakers()).containsExactly(entry("Dana", Role.INTERVIEWER), entry("Alex", Role.UNKNOWN),
                entry("Lee", Role.UNKNOWN));
        assertThat(a.warnings()).singleElement().asString()
                .isEqualTo("t: cannot tell which of Alex, Lee is the candidate; their speech is not scored. Name the"
                        + " candidate with --candidate NAME");
    }

    @Test
    void namedCandidateMakesEveryoneElseThePanel() {
        SpeakerRoles.Assignment a = SpeakerRoles.of(List.of(), List.of("ALEX")).assign("t", PANEL);
        assertThat(a.speakers()).containsExactly(entry("Dana", Role.INTERVIEWER), entry("Alex", Role.CANDIDATE),
                entry("Lee", Role.INTERVIEWER));
    }

    @Test
    void bothInterviewersNamed() {
        SpeakerRoles.Assignment a = SpeakerRoles.of(List.of("Dana", "Lee"), null).assign("t", PANEL);
        assertThat(a.speakers()).containsEntry("Alex", Role.CANDIDATE);
        assertThat(a.utterances()).filteredOn(Utterance::isCandidate).hasSize(3);
    }

    @Test
    void heuristicFindsThePanelAndTheCandidate() {
        SpeakerRoles.Assignment a = SpeakerRoles.heuristic().assign("t", PANEL);
        assertThat(a.speakers()).containsExactly(entry("Dana", Role.INTERVIEWER), entry("Alex", Role.CANDIDATE),
                entry("Lee", Role.INTERVIEWER));
    }

    @Test
    void heuristicOnUnpunctuatedText() {
        SpeakerRoles.Assignment a = SpeakerRoles.heuristic().assign("t", dialogue(
                "spk0", "okay so walk me through your last account plan",
                "spk1", "sure so every quarter i write a plan with revenue targets",
                "spk0", "great thanks",
                "spk1", "and i track it every month with my manager",
                "spk0", "how do you handle a renewal at risk"));
        assertThat(a.speakers()).containsExactly(entry("spk0", Role.INTERVIEWER), entry("spk1", Role.CANDIDATE));
    }

    @Test
    void roleLabelsAsNames() {
        assertThat(SpeakerRoles.heuristic().assign("t", dialogue("Q", "Hello.", "A", "Hi.")).speakers())
                .isEqualTo(Map.of("Q", Role.INTERVIEWER, "A", Role.CANDIDATE));
        assertThat(SpeakerRoles.heuristic().assign("t", dialogue("Interviewer 1", "Hello.", "Sam", "Hi.")).speakers())
                .isEqualTo(Map.of("Interviewer 1", Role.INTERVIEWER, "Sam", Role.CANDIDATE));
    }

    @Test
    void undecidableSpeakersStayUnknownWithAWarning() {
        SpeakerRoles.Assignment a = SpeakerRoles.heuristic().assign("t", dialogue(
                "A1", "We met on Monday.", "B1", "The weather was fine."));
        assertThat(a.speakers()).containsOnly(entry("A1", Role.UNKNOWN), entry("B1", Role.UNKNOWN));
        assertThat(a.warnings()).singleElement().asString().contains("--interviewer NAME");
        SpeakerRoles.Assignment alone = SpeakerRoles.heuristic().assign("t", dialogue("Sam", "I built a plan."));
        assertThat(alone.speakers()).containsOnly(entry("Sam", Role.UNKNOWN));
    }

    @Test
    void nameInBothListsIsRefused() {
        assertThatThrownBy(() -> SpeakerRoles.of(List.of("Dana"), List.of("dana ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("given both as interviewer and as candidate");
    }

    @Test
    void namesGivenButTranscriptHasNoNames() {
        List<Utterance> unnamed = List.of(new Utterance("u1", Role.UNKNOWN, null, "tell me about it", 0, 1, List.of()));
        assertThatThrownBy(() -> SpeakerRoles.interviewers("Dana").assign("x.vtt", unnamed))
                .isInstanceOf(TranscriptException.class)
                .hasMessage("x.vtt: no speaker is named Dana; the transcript has no speaker names (names match without"
                        + " regard to case)");
    }

    @Test
    void keysIgnoreCaseSpacesAndRemarks() {
        assertThat(SpeakerRoles.key("  Dana   Smith (Guest) ")).isEqualTo("dana smith");
        assertThat(SpeakerRoles.key("(Host)")).isEqualTo("(host)");
    }
}
