package dev.anchorpoint.tagging.analysis;

import dev.anchorpoint.nlp.OpenNlpModels;
import java.util.ArrayList;
import java.util.List;

/** Universal part-of-speech tags from OpenNLP's English-EWT model. */
public final class PosTagging implements AnalysisStage {
    private final OpenNlpModels models;

    public PosTagging(OpenNlpModels models) {
        this.models = models;
    }

    @Override
    public Sentence apply(Sentence sentence) {
        List<Token> in = sentence.tokens();
        if (in.isEmpty()) {
            return sentence;
        }
        String[] words = in.stream().map(Token::text).toArray(String[]::new);
        String[] tags = models.posTagger().tag(words);
        List<Token> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            out.add(in.get(i).withPos(tags[i]));
        }
        return sentence.withTokens(out);
    }
}
