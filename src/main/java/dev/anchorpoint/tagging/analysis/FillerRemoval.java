package dev.anchorpoint.tagging.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Flags spoken fillers so matching ignores them: "um", "uh", "er", "you know", "i mean", "sort of", "kind of",
 * and "like" when it is not the verb (POS decides: "i like them" keeps it, "it was like forty slides" drops it).
 * Tokens are flagged rather than deleted so that the hedging cue can still see "sort of".
 */
public final class FillerRemoval implements AnalysisStage {
    static final Set<String> SINGLE = Set.of("um", "umm", "uh", "uhh", "er", "erm", "ah", "hmm", "mm", "uh-huh");
    static final List<String[]> MULTI = List.of(
            new String[]{"you", "know"}, new String[]{"i", "mean"}, new String[]{"sort", "of"},
            new String[]{"kind", "of"}, new String[]{"kinda"}, new String[]{"sorta"});

    @Override
    public Sentence apply(Sentence sentence) {
        List<Token> out = new ArrayList<>(sentence.tokens());
        for (int i = 0; i < out.size(); i++) {
            Token t = out.get(i);
            if (SINGLE.contains(t.norm()) || (t.norm().equals("like") && !"VERB".equals(t.pos()))) {
                out.set(i, t.asFiller());
                continue;
            }
            for (String[] phrase : MULTI) {
                if (matches(out, i, phrase) && !isQuestion(out, i, phrase)) {
                    for (int k = 0; k < phrase.length; k++) {
                        out.set(i + k, out.get(i + k).asFiller());
                    }
                }
            }
        }
        return sentence.withTokens(out);
    }

    private static boolean matches(List<Token> tokens, int at, String[] phrase) {
        if (at + phrase.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            if (!tokens.get(at + k).norm().equals(phrase[k])) {
                return false;
            }
        }
        return true;
    }

    /** "do you know", "what kind of": here the words carry meaning. */
    private static boolean isQuestion(List<Token> tokens, int at, String[] phrase) {
        if (at == 0) {
            return false;
        }
        String before = tokens.get(at - 1).norm();
        if (phrase[0].equals("you")) {
            return before.equals("do") || before.equals("did") || before.equals("if");
        }
        if (phrase[0].equals("kind") || phrase[0].equals("sort")) {
            return before.equals("what") || before.equals("this") || before.equals("that") || before.equals("any")
                    || before.equals("the") || before.equals("a") || before.equals("which");
        }
        return false;
    }
}
