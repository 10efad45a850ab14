package dev.anchorpoint.tagging.analysis;

import org.tartarus.snowball.ext.EnglishStemmer;

import java.util.ArrayList;
import java.util.List;

/** English (Porter2/Snowball, as in Lucene's analysis-common) stems, so "renewals" meets "renewal". */
public final class Stemming implements AnalysisStage {
    @Override
    public Sentence apply(Sentence sentence) {
        // The Snowball stemmer keeps state; one per call keeps the stage thread-safe and costs little.
        EnglishStemmer stemmer = new EnglishStemmer();
        List<Token> out = new ArrayList<>(sentence.tokens().size());
        for (Token t : sentence.tokens()) {
            out.add(t.withStem(stem(stemmer, t.norm())));
        }
        return sentence.withTokens(out);
    }

    public static String stem(String word) {
        return stem(new EnglishStemmer(), word);
    }

    private static String stem(EnglishStemmer stemmer, String word) {
        if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
            return word;
        }
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }
}
