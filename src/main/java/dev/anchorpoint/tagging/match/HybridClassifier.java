package dev.anchorpoint.tagging.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hybrid retrieval plus kNN voting: the union of the BM25 and vector neighbours is ranked by
 * {@code cosine + w * bm25 / (bm25 + s)}, and the best {@code votes} of them vote for their dimension (or "none")
 * with weight {@code exp((score - best) / T)}.
 */
public final class HybridClassifier {
    private final MatchIndex index;
    private final TaggerSettings settings;

    public HybridClassifier(MatchIndex index, TaggerSettings settings) {
        this.index = index;
        this.settings = settings;
    }

    public Prediction classify(List<String> stems, float[] vector, int exclude) {
        Map<Integer, double[]> hits = index.search(stems, vector, settings.k(), exclude);
        List<Prediction.Neighbour> ranked = new ArrayList<>(hits.size());
        for (Map.Entry<Integer, double[]> e : hits.entrySet()) {
            double cos = e.getValue()[0];
            double bm25 = e.getValue()[1];
            double lexical = bm25 / (bm25 + settings.bm25Saturation());
            ranked.add(new Prediction.Neighbour(e.getKey(), cos + settings.bm25Weight() * lexical, cos));
        }
        ranked.sort(Comparator.comparingDouble(Prediction.Neighbour::score).reversed());
        if (ranked.isEmpty()) {
            return new Prediction(Example.NONE, 1, 0, Map.of(Example.NONE, 1.0), List.of(), true);
        }
        double best = ranked.get(0).score();
        Map<String, Double> votes = new HashMap<>();
        double total = 0;
        for (int i = 0; i < Math.min(settings.votes(), ranked.size()); i++) {
            Prediction.Neighbour n = ranked.get(i);
            double w = Math.exp((n.score() - best) / settings.temperature());
            votes.merge(index.examples().get(n.ord()).label(), w, Double::sum);
            total += w;
        }
        String label = Example.NONE;
        double top = -1;
        for (Map.Entry<String, Double> e : votes.entrySet()) {
            e.setValue(e.getValue() / total);
            if (e.getValue() > top) {
                top = e.getValue();
                label = e.getKey();
            }
        }
        double bestCos = ranked.stream().mapToDouble(Prediction.Neighbour::cosine).max().orElse(0);
        if (bestCos < settings.minSimilarity()) {
            return new Prediction(Example.NONE, 1, best, votes, ranked, true);
        }
        return new Prediction(label, top, best, votes, ranked, false);
    }
}
