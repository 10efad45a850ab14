package dev.anchorpoint.tagging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.anchorpoint.rubric.Anchor;
import dev.anchorpoint.rubric.Dimension;
import dev.anchorpoint.rubric.Rubric;
import dev.anchorpoint.rubric.RubricLoader;
import dev.anchorpoint.transcript.Role;
import dev.anchorpoint.transcript.Utterance;
import dev.anchorpoint.transcript.Word;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class RubricTaggerTest {
    private static Rubric rubric;
    private static RubricTagger tagger;

    @BeforeAll
    static void build() {
        rubric = RubricLoader.load(RubricLoader.DEFAULT);
        tagger = RubricTagger.create(rubric);
    }

    private static Utterance candidate(String text) {
        return new Utterance("u1", Role.CANDIDATE, "Dana", text, 1000, 9000, List.of());
    }

    private record Note(String candidate, String dimension, int score, String text) {
        boolean inBand(int level) {
            return score <= 2 ? level >= 1 && level <= 2 : level == score;
        }
    }

    private static List<Note> workedExamples() throws Exception {
        JsonNode root;
        try (InputStream in = RubricTaggerTest.class.getResourceAsStream("/rubrics/key-account-manager.yaml")) {
            root = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        List<Note> notes = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> candidates = root.path("workedExamples").fields();
        while (candidates.hasNext()) {
            Map.Entry<String, JsonNode> c = candidates.next();
            Iterator<Map.Entry<String, JsonNode>> dims = c.getValue().fields();
            while (dims.hasNext()) {
                Map.Entry<String, JsonNode> n = dims.next();
                notes.add(new Note(c.getKey(), n.getKey(), n.getValue().path("score").asInt(),
                        n.getValue().path("note").asText()));
            }
        }
        assertThat(notes).hasSize(21);
        return notes;
    }

    /** The seed's 21 worked-example notes each give a signal on their own dimension. */
    @TestFactory
    List<DynamicTest> seedWorkedExamplesLandOnTheirOwnDimension() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Note n : workedExamples()) {
            tests.add(DynamicTest.dynamicTest(n.candidate() + " " + n.dimension() + ": " + n.text(), () -> {
                List<Signal> signals = tagger.tag(candidate(n.text()));
                assertThat(signals).as(tagger.explain(n.text())).isNotEmpty();
                assertThat(signals.get(0).dimension()).as(tagger.explain(n.text())).isEqualTo(n.dimension());
            }));
        }
        return tests;
    }

    /**
     * And each with the seed's score band (5 -> 5, 3 -> 3, 1 -> 1-2). The notes are terse written summaries, not
     * speech, and some sit next to a neighbouring anchor's wording: "primary decision-makers" is closest to the
     * level-4 "multiple decision-makers" but names the level-3 rung of the stakeholder ladder, and "led a program
     * that enabled account expansion" is an owned business result, the mark of the level-5 anchors.
     */
    @TestFactory
    List<DynamicTest> seedWorkedExamplesGetTheSeedsBand() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Note n : workedExamples()) {
            tests.add(DynamicTest.dynamicTest(n.candidate() + " " + n.dimension() + " " + n.score() + ": " + n.text(),
                    () -> {
                        List<Signal> signals = tagger.tag(candidate(n.text()));
                        assertThat(signals).as(tagger.explain(n.text())).isNotEmpty();
                        Signal top = signals.get(0);
                        assertThat(n.inBand(top.level())).as("level %d, cues %s", top.level(), top.cues()).isTrue();
                    }));
        }
        return tests;
    }

    @Test
    void interviewerSpeechNeverGivesSignalsEvenWhenItQuotesTheRubric() {
        List<String> lines = new ArrayList<>(List.of(
                "tell me about your multi-year deals and how you negotiated favorable commercial terms",
                "have you ever acted as a strategic advisor to executive sponsors",
                "walk me through a time you proactively identified churn risks and implemented retention plans"));
        for (Dimension d : rubric.dimensions()) {
            d.anchors().stream().map(Anchor::text).forEach(lines::add);
        }
        for (String line : lines) {
            assertThat(tagger.tag(new Utterance("q", Role.INTERVIEWER, "Sam", line, 0, 1000, List.of())))
                    .as(line).isEmpty();
            assertThat(tagger.tag(new Utterance("q", Role.UNKNOWN, null, line, 0, 1000, List.of())))
                    .as(line).isEmpty();
        }
    }

    @Test
    void signalCarriesEvidenceAnchorCuesAndCalibratedConfidence() {
        String text = "um so i negotiated a three year renewal with their c f o and we got a twenty percent uplift "
                + "with a price index clause";
        Signal s = tagger.tag(candidate(text)).get(0);
        assertThat(s.dimension()).isEqualTo("sales_execution_negotiation");
        assertThat(s.level()).isGreaterThanOrEqualTo(4);
        assertThat(s.evidence()).isEqualTo(new Evidence("u1", text, 1000, 9000, "candidate")); // the role, not the name
        assertThat(s.anchor()).isEqualTo(rubric.dimension(s.dimension()).orElseThrow().anchorFor(s.level()).text());
        assertThat(s.cues()).anyMatch(c -> c.startsWith("multi-year horizon"))
                .anyMatch(c -> c.startsWith("numbers: ") && c.contains("20%"));
        assertThat(s.confidence()).isBetween(tagger.calibration().probability(tagger.calibration().threshold()), 1.0);
    }

    /** Words 400 ms apart, so that a sentence's evidence times can be checked against its words. */
    private static Utterance timedCandidate(String text) {
        List<Word> words = new ArrayList<>();
        String[] w = text.split(" ");
        for (int i = 0; i < w.length; i++) {
            words.add(new Word(w[i].replaceAll("[.,]", "").toLowerCase(), 1000 + 400L * i, 1300 + 400L * i, 0.9));
        }
        return new Utterance("u7", Role.CANDIDATE, "Dana", text, 1000, 1300 + 400L * (w.length - 1), words);
    }

    @Test
    void anAnswerOfSeveralSentencesGivesASignalForEachDimensionItMeets() {
        String plan = "Every quarter I built a plan for the account with revenue targets and a calendar of check-ins.";
        String deal = "Then I negotiated a three year renewal with their CFO and we got a twenty percent uplift.";
        Utterance answer = timedCandidate(plan + " " + deal);
        List<Signal> signals = tagger.tag(answer);
        assertThat(signals).extracting(Signal::dimension)
                .containsExactlyInAnyOrder("strategic_account_planning", "sales_execution_negotiation");
        Signal negotiation = signals.stream().filter(s -> s.dimension().equals("sales_execution_negotiation"))
                .findFirst().orElseThrow();
        int firstWordOfDeal = plan.split(" ").length;
        int lastWord = (plan + " " + deal).split(" ").length - 1;
        assertThat(negotiation.evidence()).isEqualTo(new Evidence("u7", deal, 1000 + 400L * firstWordOfDeal,
                1300 + 400L * lastWord, "candidate"));
        // one dimension, one signal: a second sentence on the same dimension adds nothing
        assertThat(tagger.tag(timedCandidate(deal + " " + deal))).hasSize(1);
    }

    @Test
    void smallTalkAndEmptyLinesAbstain() {
        assertThat(tagger.tag(candidate("sorry can you hear me okay my wifi keeps dropping"))).isEmpty();
        assertThat(tagger.tag(candidate("um uh"))).isEmpty();
        assertThat(tagger.tag(candidate("  "))).isEmpty();
    }

    @Test
    void evidenceOfAMultiSentenceUtteranceIsTheMatchingSentenceWithWordTimes() {
        String text = "Thanks for having me. I rebuilt the renewal process and we closed every renewal on time that year.";
        List<Word> words = new ArrayList<>();
        long t = 0;
        for (String w : text.replace(".", "").split(" ")) {
            words.add(new Word(w, t, t + 300, 1));
            t += 400;
        }
        Utterance u = new Utterance("u9", Role.CANDIDATE, null, text, 0, t, words);
        Signal s = tagger.tag(u).get(0);
        assertThat(s.evidence().text()).startsWith("I rebuilt the renewal process");
        assertThat(s.evidence().startMs()).isEqualTo(4 * 400);
        assertThat(s.evidence().endMs()).isEqualTo(t - 100);
        assertThat(s.evidence().speaker()).isEqualTo("candidate");
    }

    @Test
    void aRubricWithoutAnExamplesFileWorksFromItsAnchors() {
        Rubric other = new Rubric("no-examples-here", rubric.name(), "1", "", rubric.levels(), rubric.dimensions(),
                rubric.rules());
        RubricTagger anchorsOnly = RubricTagger.create(other);
        List<Signal> s = anchorsOnly.tag(candidate("i negotiate multi-year high-value deals with favorable "
                + "commercial terms"));
        assertThat(s).isNotEmpty();
        assertThat(s.get(0).dimension()).isEqualTo("sales_execution_negotiation");
    }

    @Test
    void createIsCachedAndTagIsThreadSafe() throws Exception {
        assertThat(RubricTagger.create(rubric)).isSameAs(tagger);
        String text = "i set up a monthly sync with support delivery and product so our commitments to the client "
                + "were met";
        Signal expected = tagger.tag(candidate(text)).get(0);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Signal>>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> tagger.tag(candidate(text))));
            }
            for (Future<List<Signal>> f : results) {
                assertThat(f.get()).containsExactly(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
