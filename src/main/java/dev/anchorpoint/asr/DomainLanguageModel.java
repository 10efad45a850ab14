package dev.anchorpoint.asr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * A small trigram language model of the words interviews for one role use (the rubric's anchors and the example
 * phrasings), written as ARPA text for Sphinx4 to interpolate with its general English model. The general model
 * has never seen "q b r", "mutual close plan" or "renewal" next to each other; a few percent of probability mass
 * from the role's own phrasing lets the search keep those paths alive.
 *
 * <p>Estimation is absolute discounting with back-off (discount 0.5 at every order): small and well behaved on a
 * few thousand sentences, where fancier smoothing has nothing to gain. Words the recogniser cannot pronounce
 * (absent from its dictionary) break the n-gram chain instead of becoming {@code <unk>}.
 */
public final class DomainLanguageModel {
    private static final double DISCOUNT = 0.5;
    private static final String START = "<s>";
    private static final String END = "</s>";

    private final Map<String, Integer>[] counts;
    private final int sentences;

    @SuppressWarnings("unchecked")
    private DomainLanguageModel(List<List<String>> fragments, int sentences) {
        this.sentences = sentences;
        counts = new Map[] {new HashMap<>(), new HashMap<>(), new HashMap<>()};
        for (List<String> fragment : fragments) {
            for (int i = 0; i < fragment.size(); i++) {
                for (int n = 1; n <= 3 && i - n + 1 >= 0; n++) {
                    counts[n - 1].merge(String.join(" ", fragment.subList(i - n + 1, i + 1)), 1, Integer::sum);
                }
            }
        }
    }

    /**
     * Builds the model from plain sentences (any case and punctuation), keeping only words {@code known} accepts.
     */
    public static DomainLanguageModel of(List<String> texts, Predicate<String> known) {
        List<List<String>> fragments = new ArrayList<>();
        int sentences = 0;
        for (String text : texts) {
            String[] words = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z' ]+", " ").trim().split("\\s+");
            if (words[0].isEmpty()) {
                continue;
            }
            sentences++;
            List<String> fragment = new ArrayList<>(List.of(START));
            for (String word : words) {
                if (known.test(word)) {
                    fragment.add(word);
                } else {
                    fragments.add(fragment);
                    fragment = new ArrayList<>();
                }
            }
            fragment.add(END);
            fragments.add(fragment);
        }
        return new DomainLanguageModel(fragments, sentences);
    }

    public int sentences() {
        return sentences;
    }

    public Set<String> vocabulary() {
        return counts[0].keySet();
    }

    /** The model in ARPA format (log10 probabilities and back-off weights), as Sphinx4's SimpleNGramModel reads. */
    public String toArpa() {
        Map<String, Double> p1 = unigrams();
        Map<String, Double> p2 = conditional(1);
        Map<String, Double> p3 = conditional(2);
        Map<String, Double> bo1 = backoffs(p2, w -> p1.getOrDefault(w, 0.0));
        Map<String, Double> bo2 = backoffs(p3, vw -> backedOffBigram(vw, p1, p2, bo1));
        StringBuilder out = new StringBuilder("\\data\\\n");
        out.append("ngram 1=").append(p1.size()).append('\n');
        out.append("ngram 2=").append(p2.size()).append('\n');
        out.append("ngram 3=").append(p3.size()).append("\n\n");
        section(out, 1, p1, bo1);
        section(out, 2, p2, bo2);
        section(out, 3, p3, Map.of());
        return out.append("\\end\\\n").toString();
    }

    private Map<String, Double> unigrams() {
        double total = counts[0].entrySet().stream().filter(e -> !e.getKey().equals(START))
                .mapToInt(Map.Entry::getValue).sum();
        Map<String, Double> p = new TreeMap<>();
        counts[0].forEach((w, c) -> p.put(w, w.equals(START) ? 0.0 : c / total));
        return p;
    }

    /** P(w | h) with the discount taken off, for every n-gram of order {@code historyLength + 1} seen. */
    private Map<String, Double> conditional(int historyLength) {
        Map<String, Integer> contexts = new HashMap<>();
        counts[historyLength].forEach((gram, c) -> contexts.merge(history(gram), c, Integer::sum));
        Map<String, Double> p = new TreeMap<>();
        counts[historyLength].forEach((gram, c) -> p.put(gram, (c - DISCOUNT) / contexts.get(history(gram))));
        return p;
    }

    /**
     * Back-off weight of each history: the mass the discount freed, spread over the words the history was never
     * followed by, in proportion to their lower-order probability ({@code lower} takes the n-gram minus its oldest
     * word).
     */
    private static Map<String, Double> backoffs(Map<String, Double> higher, ToDoubleFunction<String> lower) {
        Map<String, double[]> sums = new HashMap<>();
        higher.forEach((gram, p) -> {
            double[] s = sums.computeIfAbsent(history(gram), k -> new double[2]);
            s[0] += p;
            s[1] += lower.applyAsDouble(gram.substring(gram.indexOf(' ') + 1));
        });
        Map<String, Double> bo = new HashMap<>();
        sums.forEach((h, s) -> bo.put(h, (1 - s[0]) / Math.max(1e-9, 1 - s[1])));
        return bo;
    }

    /** A bigram's probability as the back-off model gives it: its own when seen, else backed off to the unigram. */
    private static double backedOffBigram(String gram, Map<String, Double> p1, Map<String, Double> p2,
                                          Map<String, Double> bo1) {
        Double seen = p2.get(gram);
        if (seen != null) {
            return seen;
        }
        int space = gram.indexOf(' ');
        return bo1.getOrDefault(gram.substring(0, space), 1.0) * p1.getOrDefault(gram.substring(space + 1), 0.0);
    }

    private static void section(StringBuilder out, int order, Map<String, Double> p, Map<String, Double> bo) {
        out.append('\\').append(order).append("-grams:\n");
        p.forEach((gram, prob) -> {
            out.append(String.format(Locale.ROOT, "%.5f", prob > 0 ? Math.log10(prob) : -99.0)).append(' ').append(gram);
            Double weight = bo.get(gram);
            if (weight != null) {
                out.append(String.format(Locale.ROOT, " %.5f", Math.log10(Math.max(weight, 1e-9))));
            }
            out.append('\n');
        });
        out.append('\n');
    }

    private static String history(String gram) {
        return gram.substring(0, gram.lastIndexOf(' '));
    }
}
