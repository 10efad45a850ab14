package dev.anchorpoint.transcript;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class TranscriptReaderTest {
    @TempDir
    Path tmp;

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(TranscriptReaderTest.class.getResource(name).toURI());
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(tmp.resolve(name), content);
    }

    @Test
    void zoomVttWithNameColonSpeakers() throws Exception {
        Transcript t = TranscriptReader.read(fixture("zoom.vtt"), SpeakerRoles.interviewers("dana whitfield"));
        assertThat(t.source()).isEqualTo("zoom.vtt");
        assertThat(t.timesEstimated()).isFalse();
        assertThat(t.utterances()).extracting(Utterance::id, Utterance::speakerName, Utterance::role,
                Utterance::startMs, Utterance::endMs).containsExactly(
                tuple("u0001", "Dana Whitfield", Role.INTERVIEWER, 2350L, 6120L),
                tuple("u0002", "Dana Whitfield", Role.INTERVIEWER, 6120L, 9880L),
                tuple("u0003", "Alex Moreno", Role.CANDIDATE, 10400L, 18900L),
                tuple("u0004", "Alex Moreno", Role.CANDIDATE, 18900L, 24010L),
                tuple("u0005", "Dana Whitfield", Role.INTERVIEWER, 24500L, 27000L),
                tuple("u0006", "Alex Moreno", Role.CANDIDATE, 27600L, 36250L));
        assertThat(t.utterances().get(2).text())
                .isEqualTo("Sure. Every quarter I write an account plan with revenue targets and a calendar of activities.");
        // "Note:" on a later line of a cue is text, not a new speaker.
        assertThat(t.utterances().get(5).text()).endsWith("rely on me. Note: we also meet twice a year in person.");
        assertThat(t.utterances().get(0).words()).isEmpty();
    }

    @Test
    void teamsVttWithVoiceTagsNotesStylesAndSettings() throws Exception {
        Transcript t = TranscriptReader.read(fixture("teams.vtt"), SpeakerRoles.heuristic());
        assertThat(t.utterances()).extracting(Utterance::speakerName, Utterance::text).containsExactly(
                tuple("Priya Raman", "Thanks for joining us today."),
                tuple("Priya Raman", "Tell me about a difficult negotiation."),
                tuple("Sam O'Neill (Guest)",
                        "I negotiated a three year expansion with our biggest customer & their procurement team."),
                tuple("Sam O'Neill (Guest)", "We closed it on premium terms, with a forty percent increase"),
                tuple("Sam O'Neill (Guest)", "in contract value."),
                tuple("Priya Raman", "Impressive. How did you handle the price objection?"),
                tuple("Sam O'Neill (Guest)", "I showed them the value we had delivered."));
        // Cue settings are ignored; a cue with two voices shares its time by word count (3 + 8 words).
        assertThat(t.utterances().get(0).startMs()).isEqualTo(1234);
        assertThat(t.utterances().get(0).endMs()).isEqualTo(4567);
        assertThat(t.utterances().get(4).startMs()).isEqualTo(22000);
        assertThat(t.utterances().get(4).endMs()).isEqualTo(22000 + 4000 * 3 / 11);
        assertThat(t.utterances().get(5).endMs()).isEqualTo(26000);
        // No names given: the speaker who mostly asks is the interviewer, the other one the candidate.
        assertThat(t.utterances()).extracting(Utterance::role).containsExactly(Role.INTERVIEWER, Role.INTERVIEWER,
                Role.CANDIDATE, Role.CANDIDATE, Role.CANDIDATE, Role.INTERVIEWER, Role.CANDIDATE);
    }

    @Test
    void guestSuffixAndCaseAreIgnoredWhenMatchingNames() throws Exception {
        Transcript t = TranscriptReader.read(fixture("teams.vtt"), SpeakerRoles.of(List.of(), List.of("SAM O'NEILL")));
        assertThat(t.utterances()).filteredOn(Utterance::isCandidate).extracting(Utterance::speakerName)
                .containsOnly("Sam O'Neill (Guest)");
        assertThat(t.utterances()).filteredOn(u -> u.speakerName().equals("Priya Raman"))
                .extracting(Utterance::role).containsOnly(Role.INTERVIEWER);
    }

    @Test
    void srtWithBomCrlfTagsAndABlankLineInsideASubtitle() throws Exception {
        Transcript t = TranscriptReader.read(fixture("subtitles.srt"), SpeakerRoles.heuristic());
        assertThat(TranscriptReader.detect(Files.readString(fixture("subtitles.srt")))).isEqualTo(TranscriptReader.Format.SRT);
        assertThat(t.utterances()).extracting(Utterance::speakerName, Utterance::role, Utterance::text,
                Utterance::startMs, Utterance::endMs).containsExactly(
                tuple("Interviewer", Role.INTERVIEWER, "How do you keep your stakeholders informed?", 1000L, 4000L),
                tuple("Candidate", Role.CANDIDATE, "I send clear updates every month.", 4500L, 9250L),
                tuple("Candidate", Role.CANDIDATE,
                        "When I write a proposal, I keep it short for managers and add detail for technical people.",
                        9250L, 13000L),
                tuple("Interviewer", Role.INTERVIEWER, "Great, thank you.", 13500L, 15000L));
    }

    @Test
    void plainTextWithoutTimesGetsEstimatedTimes() throws Exception {
        Transcript t = TranscriptReader.read(fixture("plain-untimed.txt"), SpeakerRoles.heuristic());
        assertThat(t.timesEstimated()).isTrue();
        assertThat(t.utterances()).extracting(Utterance::role, Utterance::text).containsExactly(
                tuple(Role.INTERVIEWER, "How do you work with other teams inside the company?"),
                tuple(Role.CANDIDATE, "I coordinate with support and delivery every week. We go through open requests"
                        + " together, to make sure we meet our commitments."),
                tuple(Role.INTERVIEWER, "Walk me through a customer problem you solved."),
                tuple(Role.CANDIDATE, "A client had a problem with late reports. I got it to the right team the same day."));
        // 150 words a minute: 400 ms a word, turns back to back.
        Utterance first = t.utterances().get(0);
        assertThat(first.startMs()).isZero();
        assertThat(first.endMs()).isEqualTo(10 * 400);
        assertThat(t.utterances().get(1).startMs()).isEqualTo(first.endMs());
        assertThat(t.utterances().get(1).endMs() - t.utterances().get(1).startMs()).isEqualTo(21 * 400);
        assertThat(t.durationMs()).isEqualTo((10 + 21 + 8 + 18) * 400);
    }

    @Test
    void plainTextWithLeadingTimestamps() throws Exception {
        Transcript t = TranscriptReader.read(fixture("plain-timed.txt"), SpeakerRoles.interviewers("Jordan Lee"));
        assertThat(t.timesEstimated()).isFalse();
        assertThat(t.utterances()).extracting(Utterance::speakerName, Utterance::role, Utterance::startMs,
                Utterance::endMs).containsExactly(
                tuple("Jordan Lee", Role.INTERVIEWER, 5000L, 9000L),
                tuple("Casey Brooks", Role.CANDIDATE, 9000L, 21000L),
                tuple("Jordan Lee", Role.INTERVIEWER, 21000L, 24000L),
                tuple("Casey Brooks", Role.CANDIDATE, 24000L, 24000L + 4 * 400));
        assertThat(t.utterances().get(1).text())
                .isEqualTo("I know the core features well. I read industry news to keep up with the main trends.");
    }

    @Test
    void otterStyleHeadersWithTheTextBelow() throws Exception {
        Transcript t = TranscriptReader.read(fixture("otter.txt"), SpeakerRoles.heuristic());
        assertThat(t.utterances()).extracting(Utterance::speakerName, Utterance::role, Utterance::startMs)
                .containsExactly(tuple("Speaker 1", Role.INTERVIEWER, 3000L), tuple("Speaker 2", Role.CANDIDATE, 7000L),
                        tuple("Speaker 1", Role.INTERVIEWER, 15000L), tuple("Speaker 2", Role.CANDIDATE, 18000L));
    }

    @Test
    void revStyleNameAndTimeThenTextBelow() throws Exception {
        Transcript t = TranscriptReader.read(fixture("rev.txt"), SpeakerRoles.heuristic());
        assertThat(t.utterances()).extracting(Utterance::speakerName, Utterance::role, Utterance::text,
                Utterance::startMs, Utterance::endMs).containsExactly(
                tuple("Interviewer", Role.INTERVIEWER, "How do you work with other teams inside the company?", 2000L, 6000L),
                tuple("Candidate", Role.CANDIDATE, "I prefer to handle things on my own.", 6000L, 70000L),
                tuple("Interviewer", Role.INTERVIEWER, "And customer problems?", 70000L, 71200L),
                tuple("Candidate", Role.CANDIDATE, "We get a lot of escalations.", 71200L, 71200L + 6 * 400));
        assertThat(t.timesEstimated()).isTrue(); // the last turn had no time
    }

    @ParameterizedTest
    @ValueSource(strings = {"kam-great", "kam-good", "kam-nofit"})
    void sampleAudioTranscriptsReadInBothForms(String name) {
        Path vtt = Path.of("sample-audio", name + ".vtt");
        Path txt = Path.of("sample-audio", name + ".txt");
        Transcript timed = TranscriptReader.read(vtt, SpeakerRoles.heuristic());
        Transcript untimed = TranscriptReader.read(txt, SpeakerRoles.heuristic());
        assertThat(timed.utterances()).hasSize(15);
        assertThat(timed.utterances()).extracting(Utterance::text)
                .containsExactlyElementsOf(untimed.utterances().stream().map(Utterance::text).toList());
        assertThat(timed.utterances()).extracting(Utterance::role)
                .containsExactlyElementsOf(untimed.utterances().stream().map(Utterance::role).toList());
        assertThat(timed.utterances()).filteredOn(Utterance::isCandidate).hasSize(7);
        assertThat(timed.timesEstimated()).isFalse();
        assertThat(untimed.timesEstimated()).isTrue();
        assertThat(timed.durationMs()).isBetween(90_000L, 150_000L);
    }

    @Test
    void windows1252AndUtf16FilesAreRead() throws IOException {
        Path cp1252 = tmp.resolve("cp1252.txt");
        Files.write(cp1252, "Interviewer: What\u2019s your approach?\nCandidate: I\u2019m focused on renewals.\n"
                .getBytes(Charset.forName("windows-1252")));
        assertThat(TranscriptReader.read(cp1252, SpeakerRoles.heuristic()).utterances().get(0).text())
                .isEqualTo("What\u2019s your approach?");
        Path utf16 = tmp.resolve("utf16.vtt");
        byte[] body = "WEBVTT\n\n00:01.000 --> 00:02.000\n<v Candidate>Hello there.\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        Files.write(utf16, withBom);
        Transcript t = TranscriptReader.read(utf16, SpeakerRoles.heuristic());
        assertThat(t.utterances()).extracting(Utterance::text, Utterance::startMs).containsExactly(tuple("Hello there.", 1000L));
    }

    @Test
    void captionsWithoutNamesGetRolesPerUtterance() throws IOException {
        Path f = write("captions.vtt", """
                WEBVTT

                00:00:01.000 --> 00:00:03.000
                tell me about your biggest account

                00:00:03.500 --> 00:00:09.000
                it is a logistics company and we grew it by a third last year

                00:00:09.500 --> 00:00:10.000
                okay great
                """);
        assertThat(TranscriptReader.read(f, SpeakerRoles.heuristic()).utterances()).extracting(Utterance::role)
                .containsExactly(Role.INTERVIEWER, Role.CANDIDATE, Role.INTERVIEWER);
    }

    @Test
    void sentencesWithAColonAreNotSpeakers() {
        assertThat(TranscriptReader.isSpeakerName("Dana Smith")).isTrue();
        assertThat(TranscriptReader.isSpeakerName("interviewer")).isTrue();
        assertThat(TranscriptReader.isSpeakerName("Speaker 2")).isTrue();
        assertThat(TranscriptReader.isSpeakerName("Ana de Souza (Guest)")).isTrue();
        assertThat(TranscriptReader.isSpeakerName("so here's the thing")).isFalse();
        assertThat(TranscriptReader.isSpeakerName("10")).isFalse();
        assertThat(TranscriptReader.isSpeakerName("The Very Long Name Of Someone")).isFalse();
    }

    // ------------------------------------------------------------------ bad input

    @Test
    void missingFile() {
        Path f = tmp.resolve("nope.vtt");
        assertThatThrownBy(() -> TranscriptReader.read(f, SpeakerRoles.heuristic()))
                .isInstanceOf(TranscriptException.class).hasMessage(f + ": no such file; check the path");
    }

    @Test
    void emptyFile() throws IOException {
        Path f = write("empty.txt", "\n  \n");
        assertThatThrownBy(() -> TranscriptReader.read(f, SpeakerRoles.heuristic()))
                .isInstanceOf(TranscriptException.class).hasMessageStartingWith(f + " is empty");
    }

    @Test
    void audioGivenAsTranscript() throws IOException {
        Path f = tmp.resolve("x.wav");
        Files.write(f, new byte[]{'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'A', 'V', 'E'});
        assertThatThrownBy(() -> TranscriptReader.read(f, SpeakerRoles.heuristic()))
                .isInstanceOf(TranscriptException.class).hasMessageContaining("binary data");
    }

    @Test
    void badVttTimingNamesTheLine() throws IOException {
        Path f = write("bad.vtt", "WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\n<v A>Hi\n\n2\n00:00:05.000 --> 00:61:00.000\n<v B>Hello\n");
        assertThatThrownBy(() -> TranscriptReader.read(f, SpeakerRoles.heuristic()))
                .isInstanceOf(TranscriptException.class)
                .hasMessage(f + " line 8: bad cue timing '00:00:05.000 --> 00:61:00.000'; write it as"
                        + " '00:00:01.000 --> 00:00:04.000'");
    }

    @Test
    void vttCueWithoutTiming() throws IOException {
        Path f = write("bad2.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nHi\n\njust some text\nand more\n");
        assertThatThrownBy(() -> TranscriptReader.read(f, SpeakerRoles.heuristic()))
                .isInstanceOf(TranscriptException.class).hasMessageStartingWith(f + " line 6: expected a cue timing");
    }

    @Test
    void cueEndingBeforeItStarts() throws IOException {
        Path f = write("bad.srt", "1\n00:00:05,000 --> 00:00:04,000\nA: Hi\n");
        assertThatThrownBy(() -> TranscriptReader.read(f, SpeakerRoles.heuristic()))
                .isInstanceOf(TranscriptException.class).hasMessageStartingWith(f + " line 2: cue ends");
    }

    @Test
    void badVttHeader() throws IOException {
        Path f = write("bad3.vtt", "WEBVTTX\n\n00:00:01.000 --> 00:00:04.000\nHi\n");
        assertThat(TranscriptReader.detect("WEBVTTX\n")).isEqualTo(TranscriptReader.Format.WEBVTT);
        assertThatThrownBy(() -> TranscriptReader.read(f, SpeakerRoles.heuristic()))
                .isInstanceOf(TranscriptException.class).hasMessageStartingWith(f + " line 1: the first line must be 'WEBVTT'");
    }

    @Test
    void plainTextBeforeTheFirstSpeaker() throws IOException {
        Path f = write("notes.txt", "interview notes from tuesday\nInterviewer: Hi\n");
        assertThatThrownBy(() -> TranscriptReader.read(f, SpeakerRoles.heuristic()))
                .isInstanceOf(TranscriptException.class)
                .hasMessageStartingWith(f + " line 1: text before the first speaker");
    }

    @Test
    void plainTextTimesGoingBack() throws IOException {
        Path f = write("back.txt", "[00:02:00] A: one\n[00:01:00] B: two\n");
        assertThatThrownBy(() -> TranscriptReader.read(f, SpeakerRoles.heuristic()))
                .isInstanceOf(TranscriptException.class)
                .hasMessage(f + " line 2: time 00:01:00 is earlier than the turn before (00:02:00); put the turns in"
                        + " time order");
    }

    @Test
    void interviewerNameNotInTheTranscript() throws Exception {
        assertThatThrownBy(() -> TranscriptReader.read(fixture("zoom.vtt"), SpeakerRoles.interviewers("Chris")))
                .isInstanceOf(TranscriptException.class)
                .hasMessageEndingWith("zoom.vtt: no speaker is named Chris; speakers in the transcript: Dana Whitfield,"
                        + " Alex Moreno (names match without regard to case)");
    }

    @Test
    void messagesAreOneLine() throws IOException {
        Path f = write("bad4.srt", "1\n00:00:01,000 --> 00:00:02,000\nA: hi\n\n2\nnonsense\n");
        assertThatThrownBy(() -> TranscriptReader.read(f, SpeakerRoles.heuristic()))
                .isInstanceOf(TranscriptException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").startsWith(f + " line 5"));
    }
}
