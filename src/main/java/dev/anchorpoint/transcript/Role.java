package dev.anchorpoint.transcript;

import java.util.Locale;

/** Who spoke. Only {@link #CANDIDATE} speech may ever become evidence. */
public enum Role {
    CANDIDATE, INTERVIEWER, UNKNOWN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role parse(String s) {
        return switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "candidate", "c" -> CANDIDATE;
            case "interviewer", "i" -> INTERVIEWER;
            default -> throw new IllegalArgumentException("unknown speaker role '" + s + "' (use candidate or interviewer)");
        };
    }
}
