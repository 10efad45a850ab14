package dev.anchorpoint.asr;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WordErrorRateTest {
    @Test
    void normalisesCasePunctuationHyphensAndNumbersAlike() {
        assertThat(TranscriptNormalizer.normalize("We grew it by 20%, year-on-year; Don't stop!"))
                .isEqualTo("we grew it by twenty year on year don't stop");
        assertThat(TranscriptNormalizer.normalize("In 1961 we had 3,400 clients and 105 partners"))
                .isEqualTo("in one thousand nine hundred sixty one we had three thousand four hundred clients and one hundred five partners");
        assertThat(TranscriptNormalizer.normalize("'quoted' words")).isEqualTo("quoted words");
        assertThat(TranscriptNormalizer.normalize("Mr. Quilter and Dr Smith")).isEqualTo("mister quilter and doctor smith");
    }

    @Test
    void countsSubstitutionsDeletionsAndInsertions() {
        List<String> ref = List.of("go", "forward", "ten", "meters");
        assertThat(WordErrorRate.errors(ref, List.of("go", "forward", "ten", "meters"))).isZero();
        assertThat(WordErrorRate.errors(ref, List.of("go", "forward", "can", "meters"))).isEqualTo(1);
        assertThat(WordErrorRate.errors(ref, List.of("go", "ten", "meters"))).isEqualTo(1);
        assertThat(WordErrorRate.errors(ref, List.of("so", "go", "forward", "ten", "meters", "now"))).isEqualTo(2);
        assertThat(WordErrorRate.of("Go forward, ten meters.", "go forward 10 meters")).isZero();
        assertThat(WordErrorRate.of("a b", "")).isEqualTo(1.0);
    }
}
