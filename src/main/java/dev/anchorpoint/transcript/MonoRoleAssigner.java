package dev.anchorpoint.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives a role to each recognised segment of mono audio that carries no speaker information (both people on one
 * channel). Plugs into {@code InterviewPipeline.openChannel(..., roleOf)} as a {@code Function<String, Role>}.
 *
 * <p>Heuristic, applied to the segment text alone:
 * <ol>
 *   <li>a blank segment is {@link Role#UNKNOWN};</li>
 *   <li>a short backchannel (at most {@value #MAX_BACKCHANNEL_WORDS} words, all of them acknowledgement words
 *       such as "okay", "great", "thanks", "thank you", "perfect", "that's interesting", with at least one head
 *       word) is the {@link Role#INTERVIEWER} acknowledging an answer;</li>
 *   <li>a segment that is mostly a question ({@link QuestionDetector#isQuestion}) is the
 *       {@link Role#INTERVIEWER};</li>
 *   <li>anything else is the {@link Role#CANDIDATE}.</li>
 * </ol>
 *
 * <p>Limits: it relies on the recognizer cutting segments at the pauses between turns. When a question and the
 * start of the answer fall in one segment, the longer part decides; a candidate's own questions ("what would the
 * first ninety days look like") become interviewer speech, so they are not scored, which is the safe side; an
 * interviewer's statements ("let me tell you about the team") become candidate speech and may be tagged. "Yes",
 * "yeah", "sure" and "no" are not backchannels: they usually start an answer. Use two channels or a transcript
 * with speaker names whenever possible.
 */
public final class MonoRoleAssigner implements Function<String, Role> {
    public static final int MAX_BACKCHANNEL_WORDS = 6;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}]+)*");

    private final QuestionDetector questions;
    private final QuestionCues cues = QuestionCues.get();

    public MonoRoleAssigner() {
        this(QuestionDetector.get());
    }

    public MonoRoleAssigner(QuestionDetector questions) {
        this.questions = questions;
    }

    @Override
    public Role apply(String segmentText) {
        return roleOf(segmentText);
    }

    public Role roleOf(String segmentText) {
        if (segmentText == null || segmentText.isBlank()) {
            return Role.UNKNOWN;
        }
        if (isBackchannel(segmentText)) {
            return Role.INTERVIEWER;
        }
        return questions.isQuestion(segmentText) ? Role.INTERVIEWER : Role.CANDIDATE;
    }

    /** "okay", "great thanks", "thank you that's very helpful": short and made only of acknowledgements. */
    public boolean isBackchannel(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.replace('\u2019', '\'').toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        if (words.isEmpty() || words.size() > MAX_BACKCHANNEL_WORDS) {
            return false;
        }
        boolean head = false;
        for (String w : words) {
            if (cues.backchannelHeads.contains(w)) {
                head = true;
            } else if (!cues.backchannelWords.contains(w)) {
                return false;
            }
        }
        return head;
    }
}
