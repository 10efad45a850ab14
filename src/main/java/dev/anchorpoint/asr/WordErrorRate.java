package dev.anchorpoint.asr;

import java.util.List;

/** Word-level edit distance (substitutions + deletions + insertions) between a reference and a hypothesis. */
public final class WordErrorRate {
    private WordErrorRate() {
    }

    public static int errors(List<String> reference, List<String> hypothesis) {
        int[] prev = new int[hypothesis.size() + 1];
        int[] cur = new int[hypothesis.size() + 1];
        for (int j = 0; j <= hypothesis.size(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= reference.size(); i++) {
            cur[0] = i;
            for (int j = 1; j <= hypothesis.size(); j++) {
                int sub = prev[j - 1] + (reference.get(i - 1).equals(hypothesis.get(j - 1)) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[hypothesis.size()];
    }

    /** WER of normalised texts; 0 for an empty reference and hypothesis, 1 per inserted word otherwise. */
    public static double of(String reference, String hypothesis) {
        List<String> ref = TranscriptNormalizer.words(reference);
        int e = errors(ref, TranscriptNormalizer.words(hypothesis));
        return ref.isEmpty() ? e : (double) e / ref.size();
    }
}
