package dev.anchorpoint.store;

import java.time.Instant;
import java.util.List;

/**
 * One interview as stored: who, against which rubric and level, and where it stands.
 *
 * @param status created, live, processing, scored, failed or submitted
 * @param statusDetail a line for people (progress of a recording, the reason it failed), may be null
 */
public record InterviewRecord(String id, String candidate, String rubricId, String rubricVersion, String level,
                              List<String> interviewers, String status, String statusDetail, Instant createdAt,
                              Instant startedAt, Instant submittedAt, String submittedBy) {
    public InterviewRecord {
        interviewers = List.copyOf(interviewers);
    }

    public boolean isSubmitted() {
        return "submitted".equals(status);
    }
}
