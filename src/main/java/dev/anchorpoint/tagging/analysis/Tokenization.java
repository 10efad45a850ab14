package dev.anchorpoint.tagging.analysis;

import dev.anchorpoint.nlp.OpenNlpModels;
import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** OpenNLP tokenization of a sentence span; offsets stay relative to the whole utterance. */
public final class Tokenization {
    private final OpenNlpModels models;

    public Tokenization(OpenNlpModels models) {
        this.models = models;
    }

    public Sentence tokenize(String text, Span sentenceSpan) {
        String sentence = text.substring(sentenceSpan.getStart(), sentenceSpan.getEnd());
        List<Token> tokens = new ArrayList<>();
        for (Span s : models.tokenizer().tokenizePos(sentence)) {
            int start = sentenceSpan.getStart() + s.getStart();
            int end = sentenceSpan.getStart() + s.getEnd();
            String surface = text.substring(start, end);
            String norm = normalize(surface);
            tokens.add(new Token(surface, norm, start, end, "", norm, false));
        }
        return new Sentence(sentenceSpan.getStart(), sentenceSpan.getEnd(), tokens, List.of());
    }

    /** Lowercase, curly apostrophes straightened, bare punctuation reduced to "" (kept for offsets only). */
    static String normalize(String surface) {
        String s = surface.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (s.equals("%") || s.equals("$")) {
            return s;
        }
        return s.chars().anyMatch(Character::isLetterOrDigit) ? s : "";
    }
}
