package dev.anchorpoint.web;

import dev.anchorpoint.transcript.Role;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Speaker role of a segment heard on one mixed channel (both voices on one microphone). The recognizer gives no
 * punctuation, so questions are recognised by how they open: interviewers ask ("tell me about", "how did you",
 * "what would you"), candidates answer. Anything else is the candidate's, so evidence is not lost.
 */
final class MixedChannelRoles implements Function<String, Role> {
    static final MixedChannelRoles INSTANCE = new MixedChannelRoles();
    private static final List<String> OPENERS = List.of("tell me", "tell us", "walk me", "walk us", "can you",
            "could you", "would you", "how do you", "how did you", "how would you", "how have you", "what do you",
            "what did you", "what would you", "what was", "what is", "what's", "why did you", "why do you",
            "describe", "give me", "talk me", "have you", "do you", "did you", "where do you", "when did you",
            "which", "thanks", "thank you", "great let's", "let's", "okay let's", "next question", "last question",
            "so tell me", "so how", "so what", "and how", "and what");

    @Override
    public Role apply(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (String o : OPENERS) {
            if (t.startsWith(o + " ") || t.equals(o)) {
                return Role.INTERVIEWER;
            }
        }
        return Role.CANDIDATE;
    }
}
