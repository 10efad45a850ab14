package dev.anchorpoint.transcript;

import dev.anchorpoint.nlp.WordListFile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of {@code question-cues.txt} (beside this class on the classpath): WH-words, auxiliaries,
 * prompts, openers and backchannels. Kept as data so they can be tuned without touching code.
 */
final class QuestionCues {
    static final String RESOURCE = "question-cues.txt";

    final Set<String> whWords;
    final Set<String> auxiliaries;
    final Set<String> subjects;
    /** Multi-word phrases as token lists, longest first so the longest match wins. */
    final List<List<String>> prompts;
    final List<List<String>> anywherePrompts;
    final List<List<String>> openers;
    final List<List<String>> checkIns;
    final Set<String> backchannelHeads;
    final Set<String> backchannelWords;

    private static final class Holder {
        static final QuestionCues INSTANCE = load();
    }

    static QuestionCues get() {
        return Holder.INSTANCE;
    }

    private QuestionCues(Map<String, List<String>> sections) {
        whWords = words(sections, "wh-words");
        auxiliaries = words(sections, "auxiliaries");
        subjects = words(sections, "subjects");
        prompts = phrases(sections, "prompts");
        anywherePrompts = phrases(sections, "anywhere-prompts");
        openers = phrases(sections, "openers");
        checkIns = phrases(sections, "check-ins");
        backchannelHeads = words(sections, "backchannel-heads");
        backchannelWords = words(sections, "backchannel-words");
    }

    private static QuestionCues load() {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        WordListFile.read(QuestionCues.class, RESOURCE).forEach((name, entries) ->
                sections.put(name, entries.stream().map(e -> e.toLowerCase(Locale.ROOT)).toList()));
        return new QuestionCues(sections);
    }

    private static Set<String> words(Map<String, List<String>> sections, String name) {
        return Set.copyOf(new HashSet<>(sections.getOrDefault(name, List.of())));
    }

    private static List<List<String>> phrases(Map<String, List<String>> sections, String name) {
        List<List<String>> out = new ArrayList<>();
        for (String p : sections.getOrDefault(name, List.of())) {
            out.add(List.of(p.split("\\s+")));
        }
        out.sort(Comparator.comparingInt((List<String> p) -> p.size()).reversed());
        return List.copyOf(out);
    }

    /** Length of the longest phrase matching {@code words} at {@code from}, or 0. */
    static int match(List<List<String>> phrases, List<String> words, int from) {
        for (List<String> p : phrases) {
            if (from + p.size() <= words.size() && words.subList(from, from + p.size()).equals(p)) {
                return p.size();
            }
        }
        return 0;
    }
}
