package dev.anchorpoint.tagging.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits hyphenated words ("cross-functional", "multi-year", "c-suite") into their parts, the way a speech
 * recogniser writes them, so written rubric text and spoken examples meet on the same tokens.
 */
public final class HyphenSplit implements AnalysisStage {
    @Override
    public Sentence apply(Sentence sentence) {
        List<Token> out = new ArrayList<>(sentence.tokens().size());
        for (Token t : sentence.tokens()) {
            String text = t.text();
            if (text.length() < 3 || text.indexOf('-') <= 0 || text.endsWith("-")) {
                out.add(t);
                continue;
            }
            int from = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || text.charAt(i) == '-') {
                    if (i > from) {
                        String part = text.substring(from, i);
                        String norm = Tokenization.normalize(part);
                        out.add(new Token(part, norm, t.start() + from, t.start() + i, t.pos(), norm, t.filler()));
                    }
                    from = i + 1;
                }
            }
        }
        return sentence.withTokens(out);
    }
}
