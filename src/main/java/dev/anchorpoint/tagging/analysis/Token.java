package dev.anchorpoint.tagging.analysis;

/**
 * One token as it passes through the {@link AnalysisChain}: the surface form with its character span in the
 * utterance text, then whatever later stages add (part of speech, stem, filler flag).
 *
 * @param norm   lowercased surface form without surrounding punctuation
 * @param pos    universal part-of-speech tag (UD), or "" before tagging
 * @param stem   English (Snowball) stem of {@code norm}, or {@code norm} before stemming
 * @param filler true for speech fillers ("um", "you know") that later matching ignores
 */
public record Token(String text, String norm, int start, int end, String pos, String stem, boolean filler) {
    public Token withPos(String newPos) {
        return new Token(text, norm, start, end, newPos, stem, filler);
    }

    public Token withStem(String newStem) {
        return new Token(text, norm, start, end, pos, newStem, filler);
    }

    public Token asFiller() {
        return new Token(text, norm, start, end, pos, stem, true);
    }
}
