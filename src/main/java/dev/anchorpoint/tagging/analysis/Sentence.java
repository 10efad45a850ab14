package dev.anchorpoint.tagging.analysis;

import java.util.List;

/** A sentence span of the utterance text with its tokens (fillers included, flagged) and the magnitudes in it. */
public record Sentence(int start, int end, List<Token> tokens, List<Magnitude> magnitudes) {
    public Sentence {
        tokens = List.copyOf(tokens);
        magnitudes = List.copyOf(magnitudes);
    }

    public Sentence withTokens(List<Token> newTokens) {
        return new Sentence(start, end, newTokens, magnitudes);
    }

    public Sentence withMagnitudes(List<Magnitude> newMagnitudes) {
        return new Sentence(start, end, tokens, newMagnitudes);
    }

    /** Tokens that carry content: fillers and bare punctuation removed. */
    public List<Token> content() {
        return tokens.stream().filter(t -> !t.filler() && !t.norm().isEmpty()).toList();
    }
}
