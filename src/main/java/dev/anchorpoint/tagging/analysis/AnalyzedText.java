package dev.anchorpoint.tagging.analysis;

import java.util.List;
import java.util.stream.Collectors;

/** The result of the {@link AnalysisChain} for one utterance. */
public record AnalyzedText(String text, List<Sentence> sentences) {
    public AnalyzedText {
        sentences = List.copyOf(sentences);
    }

    public List<Token> tokens() {
        return sentences.stream().flatMap(s -> s.tokens().stream()).toList();
    }

    public List<Token> content() {
        return sentences.stream().flatMap(s -> s.content().stream()).toList();
    }

    public List<Magnitude> magnitudes() {
        return sentences.stream().flatMap(s -> s.magnitudes().stream()).toList();
    }

    /** The utterance without fillers, lowercased: what is embedded and quoted to the matcher. */
    public String cleanText() {
        return content().stream().map(Token::norm).collect(Collectors.joining(" "));
    }

    public List<String> stems() {
        return content().stream().map(Token::stem).toList();
    }
}
