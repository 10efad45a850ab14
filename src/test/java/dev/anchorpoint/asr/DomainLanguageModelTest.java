package dev.anchorpoint.asr;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DomainLanguageModelTest {
    private static final List<String> SENTENCES = List.of(
            "I ran the Q B R with their CFO.",
            "we ran a mutual close plan with legal and finance",
            "I ran the renewal and we ran the plan together",
            "the plan had three options; they picked the longest term");

    /** An ARPA file read back as Sphinx4 reads it: log10 probabilities and back-off weights per n-gram. */
    private record Arpa(Map<String, Double> logProb, Map<String, Double> logBackoff, Map<Integer, Integer> declared) {
        static Arpa parse(String text) {
            Map<String, Double> p = new HashMap<>();
            Map<String, Double> bo = new HashMap<>();
            Map<Integer, Integer> declared = new HashMap<>();
            int order = 0;
            for (String line : text.split("\n")) {
                if (line.startsWith("ngram ")) {
                    String[] kv = line.substring(6).split("=");
                    declared.put(Integer.parseInt(kv[0]), Integer.parseInt(kv[1]));
                } else if (line.matches("\\\\\\d-grams:")) {
                    order = line.charAt(1) - '0';
                } else if (order > 0 && !line.isBlank() && !line.startsWith("\\")) {
                    String[] f = line.split(" ");
                    String gram = String.join(" ", List.of(f).subList(1, 1 + order));
                    p.put(gram, Double.parseDouble(f[0]));
                    if (f.length > order + 1) {
                        bo.put(gram, Double.parseDouble(f[order + 1]));
                    }
                }
            }
            return new Arpa(p, bo, declared);
        }

        /** P(word | history) by back-off, as a decoder computes it. */
        double probability(List<String> history, String word) {
            String gram = history.isEmpty() ? word : String.join(" ", history) + " " + word;
            Double direct = logProb.get(gram);
            if (direct != null) {
                return Math.pow(10, direct);
            }
            if (history.isEmpty()) {
                return 0;
            }
            double weight = Math.pow(10, logBackoff.getOrDefault(String.join(" ", history), 0.0));
            return weight * probability(history.subList(1, history.size()), word);
        }

        long count(int order) {
            return logProb.keySet().stream().filter(g -> g.split(" ").length == order).count();
        }
    }

    @Test
    void everyHistoryGivesAProperDistributionOverTheVocabulary() {
        DomainLanguageModel lm = DomainLanguageModel.of(SENTENCES, w -> true);
        Arpa arpa = Arpa.parse(lm.toArpa());
        Set<String> vocabulary = lm.vocabulary();
        List<List<String>> histories = List.of(List.of(), List.of("ran"), List.of("i", "ran"), List.of("we", "ran"),
                List.of("the"), List.of("<s>"), List.of("<s>", "we"), List.of("plan"), List.of("legal", "and"));
        for (List<String> history : histories) {
            double total = vocabulary.stream().filter(w -> !w.equals("<s>"))
                    .mapToDouble(w -> arpa.probability(history, w)).sum();
            assertThat(total).as("sum of P(w | %s)", history).isCloseTo(1.0, within(1e-3));
        }
    }

    @Test
    void countsInTheHeaderMatchTheSectionsAndSeenPhrasesAreLikely() {
        Arpa arpa = Arpa.parse(DomainLanguageModel.of(SENTENCES, w -> true).toArpa());
        for (int order = 1; order <= 3; order++) {
            assertThat(arpa.count(order)).as("%d-grams", order).isEqualTo(arpa.declared().get(order).longValue());
        }
        // seen once after its history: the count less the 0.5 discount, over one
        assertThat(arpa.probability(List.of("mutual", "close"), "plan")).isCloseTo(0.5, within(1e-4));
        assertThat(arpa.probability(List.of("mutual", "close"), "options")).isLessThan(0.05);
        assertThat(arpa.probability(List.of("q"), "b")).isCloseTo(0.5, within(1e-4));
        assertThat(arpa.probability(List.of("the"), "plan"))
                .isGreaterThan(arpa.probability(List.of("the"), "options"));
    }

    @Test
    void wordsTheRecogniserCannotSayBreakTheChainInsteadOfJoiningItsNeighbours() {
        DomainLanguageModel lm = DomainLanguageModel.of(List.of("we signed acmecorp today"), w -> !w.equals("acmecorp"));
        Arpa arpa = Arpa.parse(lm.toArpa());
        assertThat(lm.vocabulary()).doesNotContain("acmecorp");
        assertThat(arpa.logProb()).containsKey("we signed").doesNotContainKey("signed today");
        assertThat(lm.sentences()).isEqualTo(1);
    }

    @Test
    void blankAndPunctuationOnlyTextsAreNotSentences() {
        DomainLanguageModel lm = DomainLanguageModel.of(List.of("", "  ", "?!", "ok then"), w -> true);
        assertThat(lm.sentences()).isEqualTo(1);
    }
}
