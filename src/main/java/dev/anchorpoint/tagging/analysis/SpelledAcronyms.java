package dev.anchorpoint.tagging.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Speech recognisers spell acronyms letter by letter ("c e o", "q b r"); this stage joins runs of two or more
 * single letters into one token ("ceo", "qbr") so that they match the written form.
 */
public final class SpelledAcronyms implements AnalysisStage {
    @Override
    public Sentence apply(Sentence sentence) {
        List<Token> in = sentence.tokens();
        List<Token> out = new ArrayList<>(in.size());
        int i = 0;
        while (i < in.size()) {
            int j = i;
            while (j < in.size() && isLetter(in.get(j))) {
                j++;
            }
            // "a" and "i" are words on their own; a run must hold at least one other letter to be an acronym.
            if (j - i >= 2 && !allWords(in, i, j)) {
                Token first = in.get(i);
                Token last = in.get(j - 1);
                StringBuilder joined = new StringBuilder();
                for (int k = i; k < j; k++) {
                    joined.append(in.get(k).norm());
                }
                String norm = joined.toString();
                out.add(new Token(norm, norm, first.start(), last.end(), "", norm, false));
                i = j;
            } else {
                out.add(in.get(i));
                i++;
            }
        }
        return sentence.withTokens(out);
    }

    private static boolean isLetter(Token t) {
        return t.norm().length() == 1 && Character.isLetter(t.norm().charAt(0));
    }

    private static boolean allWords(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String n = tokens.get(k).norm();
            if (!n.equals("a") && !n.equals("i")) {
                return false;
            }
        }
        return true;
    }
}
