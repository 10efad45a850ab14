package dev.anchorpoint.transcript;

import dev.anchorpoint.nlp.OpenNlpModels;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells interviewer questions from answers, in punctuated transcripts and in lowercase, unpunctuated
 * speech-recognition text alike. Uses the OpenNLP English sentence detector and part-of-speech tagger
 * (loaded once, see {@link OpenNlpModels}) and the word lists in {@code question-cues.txt}.
 *
 * <p>A <b>sentence</b> is a question when any of these holds, after skipping discourse openers at its start
 * ("okay", "great", "so", "thanks", "that's interesting", ...):
 * <ol>
 *   <li>it ends with "?" (only when the text has punctuation: recognizer output has none);</li>
 *   <li>it starts with an interview prompt: "tell me about", "walk me through", "can you", "could you",
 *       "give me an example", ...;</li>
 *   <li>it starts with a WH-word (what, which, who, whom, whose, when, where, why, how: the Penn WDT/WP/WP$/WRB
 *       class; the bundled model tags in Universal Dependencies, where that class has no tag of its own, so it is
 *       named by the word list) followed, after "how"+adjective ("how many") or "what/which"+noun
 *       ("which client"), by an auxiliary or a verb: "how did you", "which client was", "who owns". A WH-word
 *       followed by a subject is an embedded clause, not a question: "what we did was", "when i was";</li>
 *   <li>subject-auxiliary inversion: an auxiliary or modal (UD tag AUX, the Penn MD/VBZ/VBP/VBD at the start)
 *       followed by a subject pronoun ("did you", "can we", "is there"), or by "it/that/the/your/a name" and then
 *       a content word ("was the client happy", but not "did it myself", "had a good year").</li>
 * </ol>
 * In addition, a strong prompt anywhere in a sentence ("... now tell me about", "... walk me through",
 * "... how did you") starts a question that runs to the sentence end: unpunctuated recognizer output runs a
 * preamble and the question together.
 *
 * <p>An <b>utterance</b> is a question when its question sentences hold at least half of its words, or when it
 * ends in a question and is short (at most {@value #SHORT_TURN_WORDS} words): interviewers often preface a
 * question with a remark, while answers are long. A closing check-in after other sentences ("... does that make
 * sense?", "..., right?") does not count as a question.
 *
 * <p>Limits: rhetorical questions inside answers, quoted questions ("they asked me how do you ...") and statements
 * by the interviewer ("let me tell you about the role") are misread; the rules are tuned for interviews.
 * Thread-safe; the instance is stateless.
 */
public final class QuestionDetector {
    /** Longest turn still counted a question just because it ends in one. */
    public static final int SHORT_TURN_WORDS = 25;

    private static final QuestionDetector INSTANCE = new QuestionDetector();
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}]+)*");
    private static final Pattern CLITIC_WH = Pattern.compile("(what|who|where|when|why|how)'(s|re|d|ll|ve)");
    private static final Set<String> STRONG_SUBJECTS =
            Set.of("you", "i", "we", "they", "he", "she", "anyone", "anybody", "someone", "somebody", "everyone");
    private static final Set<String> NOT_AFTER_WEAK_SUBJECT = Set.of("ADP", "PRON", "PUNCT", "SCONJ", "CCONJ");

    private final QuestionCues cues = QuestionCues.get();

    /** The shared detector (stateless; the models behind it load on first use). */
    public static QuestionDetector get() {
        return INSTANCE;
    }

    /**
     * How much of a text is questions.
     *
     * @param words          words in the text
     * @param questionWords  words in question sentences (or in the question part of a run-on sentence)
     * @param endsInQuestion the last sentence is (or ends with) a question
     */
    public record Analysis(int words, int questionWords, boolean endsInQuestion) {
        public double questionShare() {
            return words == 0 ? 0 : (double) questionWords / words;
        }

        /** The utterance rule of the class comment. */
        public boolean isQuestion() {
            return words > 0 && (questionShare() >= 0.5 || (endsInQuestion && words <= SHORT_TURN_WORDS));
        }
    }

    /** True when the utterance text is mostly a question (see the class comment). */
    public boolean isQuestion(String text) {
        return analyse(text).isQuestion();
    }

    /** True when one sentence is interrogative; "?" at the end settles it. */
    public boolean isQuestionSentence(String sentence) {
        String s = normalise(sentence);
        if (s.endsWith("?")) {
            return true;
        }
        Tagged t = tag(s);
        return questionAt(t, skipOpeners(t, 0)) || anywhere(t) >= 0;
    }

    public Analysis analyse(String text) {
        String s = normalise(text);
        if (s.isEmpty()) {
            return new Analysis(0, 0, false);
        }
        boolean punctuated = s.chars().anyMatch(c -> c == '.' || c == '?' || c == '!');
        String[] sentences = punctuated ? OpenNlpModels.get().sentences().sentDetect(s) : new String[]{s};
        int words = 0;
        int questionWords = 0;
        boolean last = false;
        for (String sentence : sentences) {
            Tagged t = tag(sentence);
            int n = t.words.size();
            if (n == 0) {
                continue;
            }
            words += n;
            if (sentences.length > 1 && isCheckIn(t)) {
                last = false;
            } else if (sentence.strip().endsWith("?") || questionAt(t, skipOpeners(t, 0))) {
                questionWords += n;
                last = true;
            } else {
                int k = anywhere(t);
                last = k >= 0;
                if (last) {
                    questionWords += n - k;
                }
            }
        }
        return new Analysis(words, questionWords, last);
    }

    private static String normalise(String text) {
        return text == null ? "" : text.replace('\u2019', '\'').replace('\u2018', '\'').strip();
    }

    /** Lowercase words (letters, digits, inner apostrophes) and their UD tags. */
    private record Tagged(List<String> words, List<String> tags) {
    }

    private static Tagged tag(String sentence) {
        List<String> original = new ArrayList<>();
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            original.add(m.group());
        }
        List<String> lower = new ArrayList<>(original.size());
        for (String w : original) {
            lower.add(w.toLowerCase(Locale.ROOT));
        }
        List<String> tags = original.isEmpty() ? List.of()
                : List.of(OpenNlpModels.get().posTagger().tag(original.toArray(String[]::new)));
        return new Tagged(lower, tags);
    }

    /** The whole sentence is a check-in such as "does that make sense". */
    private boolean isCheckIn(Tagged t) {
        int i = skipOpeners(t, 0);
        return i < t.words.size() && i + QuestionCues.match(cues.checkIns, t.words, i) == t.words.size();
    }

    private int skipOpeners(Tagged t, int from) {
        int i = from;
        for (int k; i < t.words.size() && (k = QuestionCues.match(cues.openers, t.words, i)) > 0; ) {
            i += k;
        }
        return i;
    }

    private boolean questionAt(Tagged t, int i) {
        List<String> w = t.words;
        if (i >= w.size()) {
            return false;
        }
        if (QuestionCues.match(cues.prompts, w, i) > 0) {
            return true;
        }
        if (CLITIC_WH.matcher(w.get(i)).matches()) {
            return true; // "what's your", "how'd you"
        }
        if (cues.whWords.contains(w.get(i))) {
            return whQuestion(t, i);
        }
        if (isAux(t, i)) {
            return inversion(t, i);
        }
        return false;
    }

    private boolean whQuestion(Tagged t, int i) {
        List<String> w = t.words;
        int n = w.size();
        int j = i + 1;
        if (j >= n) {
            return true; // "why", "how"
        }
        String wh = w.get(i);
        if (wh.equals("how")) {
            if (j < n && isTag(t, j, "ADJ", "ADV") && !cues.subjects.contains(w.get(j))) {
                j++; // how many, how often, how long
            }
            j = skipNouns(t, j);
        } else if (wh.equals("what") || wh.equals("which") || wh.equals("whose")) {
            if (j + 1 < n && Set.of("kind", "sort", "type").contains(w.get(j)) && w.get(j + 1).equals("of")) {
                j += 2;
            }
            j = skipNouns(t, j);
        }
        if (j >= n) {
            return true;
        }
        return isAux(t, j) || isTag(t, j, "VERB");
    }

    private int skipNouns(Tagged t, int j) {
        while (j < t.words.size() && isTag(t, j, "NOUN", "PROPN", "ADJ") && !isAux(t, j)
                && !cues.subjects.contains(t.words.get(j))) {
            j++;
        }
        return j;
    }

    private boolean inversion(Tagged t, int i) {
        List<String> w = t.words;
        int n = w.size();
        int j = i + 1;
        if (j < n && w.get(j).equals("not")) {
            j++;
        }
        if (j >= n) {
            return false;
        }
        String s = w.get(j);
        if (STRONG_SUBJECTS.contains(s)) {
            return true;
        }
        boolean possessiveHave = w.get(i).startsWith("ha");
        if (possessiveHave) {
            return false; // "had a good year", "have the numbers"
        }
        if (s.equals("there")) {
            return j + 1 >= n || !isTag(t, j + 1, "ADP"); // "is there anything", not "was there for years"
        }
        boolean weakSubject = cues.subjects.contains(s) || isTag(t, j, "PROPN");
        return weakSubject && j + 1 < n && !NOT_AFTER_WEAK_SUBJECT.contains(t.tags.get(j + 1));
    }

    /** Start of a strong prompt or "WH aux you/your" inside the sentence, or -1. */
    private int anywhere(Tagged t) {
        List<String> w = t.words;
        for (int k = 0; k < w.size(); k++) {
            if (QuestionCues.match(cues.anywherePrompts, w, k) > 0) {
                return k;
            }
            if (cues.whWords.contains(w.get(k)) && k + 2 < w.size() && isAux(t, k + 1)
                    && (w.get(k + 2).equals("you") || w.get(k + 2).equals("your"))) {
                return k;
            }
        }
        return -1;
    }

    private boolean isAux(Tagged t, int i) {
        return cues.auxiliaries.contains(t.words.get(i)) || t.tags.get(i).startsWith("AUX");
    }

    private static boolean isTag(Tagged t, int i, String... tags) {
        String tag = t.tags.get(i);
        for (String x : tags) {
            if (tag.equals(x)) {
                return true;
            }
        }
        return false;
    }
}
