package dev.anchorpoint.asr;

import dev.anchorpoint.transcript.Word;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Sphinx4 recognises speech synthesised with flite (CI installs it; skipped only where flite is missing).
 * Bounds are the WER measured on these sentences plus a margin, not exact transcripts.
 */
class SphinxRecognitionTest {
    /** Measured on the five sentences of asr/flite-sentences.txt (voice slt): live 15/54 = 0.278, batch 9/54 = 0.167. */
    static final double WER_BOUND = 0.35;

    @TempDir
    static Path tmp;
    static List<String> sentences;
    static List<short[]> audio = new ArrayList<>();
    /** One live recognizer for the tests that need no particular profile: a model load costs seconds. */
    static SphinxSpeechRecognizer live;

    @BeforeAll
    static void synthesise() throws Exception {
        assumeTrue(FliteSpeech.available(), "flite is not installed");
        sentences = FliteSpeech.sentences();
        for (String s : sentences) {
            audio.add(FliteSpeech.speak("slt", s, tmp));
        }
        live = new SphinxSpeechRecognizer("live");
    }

    @AfterAll
    static void release() {
        if (live != null) {
            live.close();
        }
    }

    @Test
    void liveProfileTranscribesWithinTheBoundWithOrderedWordTimesInsideTheAudio() {
        checkProfile("live");
    }

    @Test
    void batchProfileTranscribesWithinTheBoundWithOrderedWordTimesInsideTheAudio() {
        checkProfile("batch");
    }

    private void checkProfile(String profile) {
        SpeechRecognizer recognizer = profile.equals("live") ? live : new SphinxSpeechRecognizer(profile);
        try {
            int errors = 0;
            int words = 0;
            for (int i = 0; i < sentences.size(); i++) {
                short[] samples = audio.get(i);
                List<RecognizedSegment> segments = decode(recognizer, samples, 1600);
                long durationMs = samples.length * 1000L / RecognitionStream.SAMPLE_RATE;
                assertThat(segments).as("segments for '%s'", sentences.get(i)).isNotEmpty();
                long previousStart = -1;
                for (RecognizedSegment segment : segments) {
                    assertThat(segment.startMs()).isLessThanOrEqualTo(segment.endMs());
                    for (Word w : segment.words()) {
                        assertThat(w.startMs()).isGreaterThanOrEqualTo(previousStart).isGreaterThanOrEqualTo(0);
                        assertThat(w.endMs()).isGreaterThanOrEqualTo(w.startMs()).isLessThanOrEqualTo(durationMs);
                        assertThat(w.confidence()).isBetween(0.0, 1.0);
                        assertThat(w.text()).doesNotContain("<", "[", "+");
                        previousStart = w.startMs();
                    }
                    assertThat(segment.startMs()).isEqualTo(segment.words().get(0).startMs());
                }
                List<String> ref = TranscriptNormalizer.words(sentences.get(i));
                errors += WordErrorRate.errors(ref, TranscriptNormalizer.words(text(segments)));
                words += ref.size();
            }
            System.out.printf("sphinx %s on flite slt: WER %d/%d = %.3f%n", profile, errors, words, (double) errors / words);
            assertThat((double) errors / words).as("pooled WER of profile %s", profile).isLessThanOrEqualTo(WER_BOUND);
        } finally {
            if (recognizer != live) {
                recognizer.close();
            }
        }
    }

    @Test
    void smallChunksGiveTheSameTextAsOneBigChunkAndPartialsArrive() {
        SphinxSpeechRecognizer recognizer = live;
        short[] samples = audio.get(0);
        List<String> partials = new ArrayList<>();
        String chunked = text(decode(recognizer, samples, 1600, partials));
        String whole = text(decode(recognizer, samples, samples.length, new ArrayList<>()));
        assertThat(chunked).isNotBlank().isEqualTo(whole);
        assertThat(partials).as("partial hypotheses of a %d ms sentence", samples.length / 16).isNotEmpty();
    }

    @Test
    void aDecoderIsReusedAcrossStreamsWithTimesRestartingAtZero() {
        SphinxSpeechRecognizer recognizer = live;
        List<RecognizedSegment> first = decode(recognizer, audio.get(1), 1600);
        List<RecognizedSegment> second = decode(recognizer, audio.get(1), 1600);
        assertThat(text(second)).isEqualTo(text(first));
        assertThat(second.get(0).startMs()).isLessThan(audio.get(1).length / 16);
    }

    /**
     * Exact zeros between sentences (a muted microphone, padding between files) have zero energy; without dither
     * they poisoned Sphinx4's speech classifier and cepstral mean, and the third sentence here (voice awb) came out
     * empty. Every sentence must be heard: a third of its words at least, inside its own stretch of the audio.
     */
    @Test
    void sentencesAfterDigitalSilenceAreStillHeard() throws Exception {
        String[] voices = {"rms", "slt", "awb"};
        int gap = 16_000 * 3 / 2;
        List<short[]> spoken = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            spoken.add(FliteSpeech.speak(voices[i % voices.length], sentences.get(i), tmp));
        }
        short[] joined = new short[spoken.stream().mapToInt(a -> a.length + gap).sum()];
        List<long[]> spans = new ArrayList<>();
        int at = 0;
        for (short[] a : spoken) {
            System.arraycopy(a, 0, joined, at, a.length);
            spans.add(new long[]{at / 16, (at + a.length) / 16 + 750});
            at += a.length + gap;
        }
        List<Word> words = decode(live, joined, 1600).stream().flatMap(s -> s.words().stream()).toList();
        for (int i = 0; i < sentences.size(); i++) {
            long[] span = spans.get(i);
            List<String> heard = words.stream().filter(w -> (w.startMs() + w.endMs()) / 2 >= span[0]
                    && (w.startMs() + w.endMs()) / 2 < span[1]).map(Word::text).toList();
            List<String> said = TranscriptNormalizer.words(sentences.get(i));
            long found = said.stream().filter(heard::contains).count();
            assertThat(found).as("sentence %d '%s' heard as %s", i + 1, sentences.get(i), heard)
                    .isGreaterThanOrEqualTo(said.size() / 3);
        }
    }

    @Test
    void preloadedDecodersServeThatManyStreamsAtOnceAndReturnToThePool() {
        try (SphinxSpeechRecognizer recognizer = new SphinxSpeechRecognizer("live")) {
            recognizer.preload(2);
            assertThat(recognizer.idleDecoders()).isEqualTo(2);
            recognizer.preload(2); // already there: nothing more is loaded
            assertThat(recognizer.idleDecoders()).isEqualTo(2);
            List<RecognizedSegment> first = new ArrayList<>();
            List<RecognizedSegment> second = new ArrayList<>();
            try (RecognitionStream a = recognizer.open(collectInto(first));
                 RecognitionStream b = recognizer.open(collectInto(second))) {
                assertThat(recognizer.idleDecoders()).isZero();
                a.accept(audio.get(0), 0, audio.get(0).length);
                b.accept(audio.get(1), 0, audio.get(1).length);
                a.finish();
                b.finish();
            }
            assertThat(text(first)).isNotBlank();
            assertThat(text(second)).isNotBlank();
            assertThat(recognizer.idleDecoders()).isEqualTo(2);
        }
    }

    private static RecognitionListener collectInto(List<RecognizedSegment> segments) {
        return segment -> {
            synchronized (segments) {
                segments.add(segment);
            }
        };
    }

    static List<RecognizedSegment> decode(SpeechRecognizer recognizer, short[] samples, int chunk) {
        return decode(recognizer, samples, chunk, new ArrayList<>());
    }

    static List<RecognizedSegment> decode(SpeechRecognizer recognizer, short[] samples, int chunk, List<String> partials) {
        List<RecognizedSegment> segments = new ArrayList<>();
        RecognitionListener listener = new RecognitionListener() {
            @Override
            public void onPartial(String text) {
                synchronized (partials) {
                    partials.add(text);
                }
            }

            @Override
            public void onSegment(RecognizedSegment segment) {
                synchronized (segments) {
                    segments.add(segment);
                }
            }
        };
        try (RecognitionStream stream = recognizer.open(listener)) {
            for (int off = 0; off < samples.length; off += chunk) {
                stream.accept(samples, off, Math.min(chunk, samples.length - off));
            }
            stream.finish();
        }
        synchronized (segments) {
            return new ArrayList<>(segments);
        }
    }

    static String text(List<RecognizedSegment> segments) {
        return String.join(" ", segments.stream().map(RecognizedSegment::text).toList());
    }
}
