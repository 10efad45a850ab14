package dev.anchorpoint.transcript;

import java.util.List;

/**
 * A final stretch of speech by one speaker: the unit that is tagged, stored and quoted as evidence.
 *
 * @param id          stable within one transcript (e.g. "u0007")
 * @param role        candidate, interviewer or unknown
 * @param speakerName the name from the transcript or channel, may be null
 * @param words       word timings when known (empty for imported text without word times)
 */
public record Utterance(String id, Role role, String speakerName, String text, long startMs, long endMs,
                        List<Word> words) {
    public Utterance {
        words = words == null ? List.of() : List.copyOf(words);
    }

    public Utterance withRole(Role newRole) {
        return new Utterance(id, newRole, speakerName, text, startMs, endMs, words);
    }

    public boolean isCandidate() {
        return role == Role.CANDIDATE;
    }
}
