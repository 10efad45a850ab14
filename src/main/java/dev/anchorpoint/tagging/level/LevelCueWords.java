package dev.anchorpoint.tagging.level;

import dev.anchorpoint.nlp.WordListFile;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The word lists of {@code level-cues.txt} (beside this class on the classpath): one section per cue, each line
 * an alternative. Kept as data, like the transcript package's question cues, so that the vocabulary can be tuned
 * (or another language's written) without touching the code that weighs the cues.
 */
final class LevelCueWords {
    static final String RESOURCE = "level-cues.txt";

    private final Map<String, List<String>> sections;

    private LevelCueWords(Map<String, List<String>> sections) {
        this.sections = sections;
    }

    static LevelCueWords load() {
        return new LevelCueWords(WordListFile.read(LevelCueWords.class, RESOURCE));
    }

    /** The section as one pattern of whole words: {@code \b(a|b|...)\b}. */
    Pattern pattern(String section) {
        String regex = "\\b(" + String.join("|", section(section)) + ")\\b";
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException(RESOURCE + " [" + section + "]: " + e.getDescription(), e);
        }
    }

    /** The section as plain words. */
    Set<String> words(String section) {
        return Set.copyOf(section(section));
    }

    private List<String> section(String name) {
        List<String> entries = sections.get(name);
        if (entries == null || entries.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " has no [" + name + "] entries");
        }
        return entries;
    }
}
