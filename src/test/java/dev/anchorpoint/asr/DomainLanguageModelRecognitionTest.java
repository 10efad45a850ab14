package dev.anchorpoint.asr;

import dev.anchorpoint.rubric.RubricLoader;
import dev.anchorpoint.tagging.match.ExampleCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The rubric's phrasings mixed into Sphinx4's language model make interview jargon recognisable: the same flite
 * audio, decoded with general English alone and with the key-account-manager phrasings mixed in.
 */
class DomainLanguageModelRecognitionTest {
    private static final String[] VOICES = {"rms", "slt", "awb"};

    @TempDir
    Path tmp;

    @Test
    void theRubricsPhrasingsLowerTheErrorsOnJargonHeavyAnswers() throws Exception {
        assumeTrue(FliteSpeech.available(), "flite is not installed");
        List<String> sentences = FliteSpeech.sentences("/asr/flite-jargon-sentences.txt");
        List<short[]> audio = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            audio.add(FliteSpeech.speak(VOICES[i % VOICES.length], sentences.get(i), tmp));
        }
        List<String> phrasings = ExampleCorpus.phrasings(RubricLoader.load(RubricLoader.DEFAULT));
        int general;
        int domain;
        List<String> heardWithDomain;
        try (SpeechRecognizer plain = AsrEngines.create("sphinx", null, "live")) {
            general = errors(plain, sentences, audio, new ArrayList<>());
        }
        try (SpeechRecognizer mixed = AsrEngines.create("sphinx", null, "live", phrasings)) {
            assertThat(mixed.description()).contains(phrasings.size() + " domain phrasings");
            heardWithDomain = new ArrayList<>();
            domain = errors(mixed, sentences, audio, heardWithDomain);
        }
        int words = sentences.stream().mapToInt(s -> TranscriptNormalizer.words(s).size()).sum();
        System.out.printf("sphinx live on jargon: general %d/%d, with the rubric's phrasings %d/%d%n",
                general, words, domain, words);
        assertThat(domain).as("errors with the rubric's phrasings vs general English (%d words)", words)
                .isLessThan(general);
        assertThat(heardWithDomain.get(0)).contains("q b r");
    }

    private static int errors(SpeechRecognizer recognizer, List<String> sentences, List<short[]> audio,
                              List<String> heard) {
        int errors = 0;
        for (int i = 0; i < sentences.size(); i++) {
            String text = SphinxRecognitionTest.text(SphinxRecognitionTest.decode(recognizer, audio.get(i), 1600));
            heard.add(String.join(" ", TranscriptNormalizer.words(text)));
            System.out.printf("  said:  %s%n  heard: %s%n", sentences.get(i), text);
            errors += WordErrorRate.errors(TranscriptNormalizer.words(sentences.get(i)), TranscriptNormalizer.words(text));
        }
        return errors;
    }
}
