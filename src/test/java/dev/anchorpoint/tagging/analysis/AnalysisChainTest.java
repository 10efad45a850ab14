package dev.anchorpoint.tagging.analysis;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnalysisChainTest {
    private final AnalysisChain chain = AnalysisChain.english();

    @Test
    void fillersAreFlaggedAndLeftOutOfTheCleanText() {
        AnalyzedText a = chain.analyze("um so we uh you know sort of built it like from scratch");
        assertThat(a.cleanText()).isEqualTo("so we built it from scratch");
        assertThat(a.tokens()).anyMatch(t -> t.norm().equals("sort") && t.filler());
    }

    @Test
    void likeAsAVerbStays() {
        assertThat(chain.analyze("i like working with their finance team").cleanText())
                .isEqualTo("i like working with their finance team");
    }

    @Test
    void numbersInWordsBecomeMagnitudes() {
        List<Magnitude> m = chain.analyze("we grew the account by twenty five percent to two point five million "
                + "dollars and the deal was seven figures over four years").magnitudes();
        assertThat(m).extracting(Magnitude::kind).containsExactly(Magnitude.Kind.PERCENT, Magnitude.Kind.MONEY,
                Magnitude.Kind.MONEY, Magnitude.Kind.COUNT);
        assertThat(m.get(0).value()).isEqualTo(25);
        assertThat(m.get(1).value()).isEqualTo(2_500_000);
        assertThat(m.get(2).value()).isEqualTo(1_000_000);
        assertThat(m.get(3).value()).isEqualTo(4);
    }

    @Test
    void digitsWithUnitsToo() {
        assertThat(chain.analyze("churn fell 30% on a $400k renewal").magnitudes()).extracting(Magnitude::describe)
                .containsExactly("30%", "$400k");
    }

    @Test
    void spelledAcronymsAreJoinedAndWordsStemmed() {
        AnalyzedText a = chain.analyze("the c e o liked our q b r renewals");
        assertThat(a.cleanText()).contains("ceo").contains("qbr");
        assertThat(a.stems()).contains("renew");
    }

    @Test
    void sentencesKeepTheirSpans() {
        String text = "We lost the deal. Then I rebuilt the plan with their CFO.";
        AnalyzedText a = chain.analyze(text);
        assertThat(a.sentences()).hasSize(2);
        Sentence second = a.sentences().get(1);
        assertThat(text.substring(second.start(), second.end())).startsWith("Then I rebuilt");
    }

    @Test
    void emptyTextGivesNothing() {
        assertThat(chain.analyze("").sentences()).isEmpty();
        assertThat(chain.analyze(null).content()).isEmpty();
    }
}
