package dev.anchorpoint.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anchorpoint.tagging.Signal;
import dev.anchorpoint.tagging.Evidence;
import dev.anchorpoint.transcript.Role;
import dev.anchorpoint.transcript.Utterance;
import dev.anchorpoint.transcript.Word;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Interviews, their transcript, signals, suggestions and the decision log, in plain SQL that runs on H2 and
 * PostgreSQL alike. Every write is immediate (no batching), so what was final before a crash is on disk.
 */
@Repository
public class InterviewStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final JdbcTemplate jdbc;

    public InterviewStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // ---- interviews ----

    public void createInterview(InterviewRecord r, String tokenHash) {
        jdbc.update("INSERT INTO interviews (id, token_hash, candidate, rubric_id, rubric_version, role_level,"
                        + " interviewers, status, status_detail, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                r.id(), tokenHash, r.candidate(), r.rubricId(), r.rubricVersion(), r.level(),
                String.join("\n", r.interviewers()), r.status(), r.statusDetail(), ts(r.createdAt()));
    }

    public Optional<InterviewRecord> findInterview(String id) {
        return jdbc.query("SELECT * FROM interviews WHERE id = ?", INTERVIEW, id).stream().findFirst();
    }

    public Optional<String> tokenHash(String id) {
        return jdbc.queryForList("SELECT token_hash FROM interviews WHERE id = ?", String.class, id).stream()
                .findFirst();
    }

    /** Interviews that were live or processing when the server stopped. */
    public List<InterviewRecord> findByStatus(String status) {
        return jdbc.query("SELECT * FROM interviews WHERE status = ? ORDER BY created_at", INTERVIEW, status);
    }

    public List<InterviewRecord> recentInterviews(int limit) {
        return jdbc.query("SELECT * FROM interviews ORDER BY created_at DESC", INTERVIEW).stream().limit(limit)
                .toList();
    }

    public void setStatus(String id, String status, String detail) {
        jdbc.update("UPDATE interviews SET status = ?, status_detail = ? WHERE id = ?", status, detail, id);
    }

    public void markStarted(String id, Instant at) {
        jdbc.update("UPDATE interviews SET started_at = ? WHERE id = ? AND started_at IS NULL", ts(at), id);
    }

    /** Locks the interview: returns false when it was already submitted. */
    public boolean submit(String id, String by, Instant at, String scorecardJson) {
        return jdbc.update("UPDATE interviews SET status = 'submitted', status_detail = NULL, submitted_at = ?,"
                + " submitted_by = ?, submitted_json = ? WHERE id = ? AND status <> 'submitted'",
                ts(at), by, scorecardJson, id) == 1;
    }

    public Optional<String> submittedScorecard(String id) {
        return jdbc.queryForList("SELECT submitted_json FROM interviews WHERE id = ? AND submitted_json IS NOT NULL",
                String.class, id).stream().findFirst();
    }

    // ---- transcript ----

    public void addUtterance(String interviewId, int seq, Utterance u) {
        jdbc.update("INSERT INTO utterances (interview_id, seq, utterance_id, speaker, speaker_name, body, start_ms,"
                        + " end_ms, words_json, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                interviewId, seq, u.id(), u.role().id(), u.speakerName(), u.text(), u.startMs(), u.endMs(),
                write(u.words()), ts(Instant.now()));
    }

    public List<Utterance> utterances(String interviewId) {
        return jdbc.query("SELECT * FROM utterances WHERE interview_id = ? ORDER BY seq", (rs, n) -> new Utterance(
                rs.getString("utterance_id"), parseRole(rs.getString("speaker")), rs.getString("speaker_name"),
                rs.getString("body"), rs.getLong("start_ms"), rs.getLong("end_ms"),
                read(rs.getString("words_json"), new TypeReference<List<Word>>() { })), interviewId);
    }

    public int utteranceCount(String interviewId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM utterances WHERE interview_id = ?", Integer.class,
                interviewId);
        return n == null ? 0 : n;
    }

    public int maxUtteranceSeq(String interviewId) {
        Integer n = jdbc.queryForObject("SELECT MAX(seq) FROM utterances WHERE interview_id = ?", Integer.class,
                interviewId);
        return n == null ? 0 : n;
    }

    // ---- signals and suggestions ----

    public void addSignal(String interviewId, Signal s) {
        Evidence e = s.evidence();
        jdbc.update("INSERT INTO signals (interview_id, utterance_id, dimension, signal_level, confidence,"
                        + " evidence_text, start_ms, end_ms, speaker, anchor, cues_json, created_at)"
                        + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                interviewId, e.utteranceId(), s.dimension(), s.level(), s.confidence(), e.text(), e.startMs(),
                e.endMs(), e.speaker(), s.anchor(), write(s.cues()), ts(Instant.now()));
    }

    public List<Signal> signals(String interviewId) {
        return jdbc.query("SELECT * FROM signals WHERE interview_id = ? ORDER BY id", (rs, n) -> new Signal(
                rs.getString("dimension"), rs.getInt("signal_level"), rs.getDouble("confidence"),
                new Evidence(rs.getString("utterance_id"), rs.getString("evidence_text"), rs.getLong("start_ms"),
                        rs.getLong("end_ms"), rs.getString("speaker")),
                rs.getString("anchor"), read(rs.getString("cues_json"), new TypeReference<List<String>>() { })),
                interviewId);
    }

    @Transactional
    public void putSuggestion(String interviewId, SuggestionRecord s) {
        int n = jdbc.update("UPDATE suggestions SET score = ?, confidence = ?, anchor = ?, evidence_json = ?,"
                        + " updated_at = ? WHERE interview_id = ? AND dimension = ?",
                s.score(), s.confidence(), s.anchor(), s.evidenceJson(), ts(s.updatedAt()), interviewId,
                s.dimension());
        if (n == 0) {
            jdbc.update("INSERT INTO suggestions (interview_id, dimension, score, confidence, anchor, evidence_json,"
                            + " updated_at) VALUES (?,?,?,?,?,?,?)", interviewId, s.dimension(), s.score(),
                    s.confidence(), s.anchor(), s.evidenceJson(), ts(s.updatedAt()));
        }
    }

    public List<SuggestionRecord> suggestions(String interviewId) {
        return jdbc.query("SELECT * FROM suggestions WHERE interview_id = ? ORDER BY dimension",
                (rs, n) -> new SuggestionRecord(rs.getString("dimension"), (Integer) rs.getObject("score",
                        Integer.class), rs.getDouble("confidence"), rs.getString("anchor"),
                        rs.getString("evidence_json"), instant(rs.getTimestamp("updated_at"))), interviewId);
    }

    // ---- decisions: append-only ----

    public DecisionRecord appendDecision(String interviewId, String dimension, String action, Integer before,
                                         Integer after, String note, String by, Instant at) {
        jdbc.update("INSERT INTO decisions (interview_id, dimension, action, before_score, after_score, note,"
                        + " decided_by, decided_at) VALUES (?,?,?,?,?,?,?,?)",
                interviewId, dimension, action, before, after, note, by, ts(at));
        Long id = jdbc.queryForObject("SELECT MAX(id) FROM decisions WHERE interview_id = ?", Long.class,
                interviewId);
        return new DecisionRecord(id == null ? 0 : id, interviewId, dimension, action, before, after, note, by, at);
    }

    /** The whole log, oldest first. */
    public List<DecisionRecord> decisions(String interviewId) {
        return jdbc.query("SELECT * FROM decisions WHERE interview_id = ? ORDER BY id", (rs, n) -> new DecisionRecord(
                rs.getLong("id"), rs.getString("interview_id"), rs.getString("dimension"), rs.getString("action"),
                (Integer) rs.getObject("before_score", Integer.class), (Integer) rs.getObject("after_score",
                Integer.class), rs.getString("note"), rs.getString("decided_by"),
                instant(rs.getTimestamp("decided_at"))), interviewId);
    }

    // ---- helpers ----

    private static final RowMapper<InterviewRecord> INTERVIEW = InterviewStore::interview;

    private static InterviewRecord interview(ResultSet rs, int n) throws SQLException {
        String names = rs.getString("interviewers");
        return new InterviewRecord(rs.getString("id"), rs.getString("candidate"), rs.getString("rubric_id"),
                rs.getString("rubric_version"), rs.getString("role_level"),
                names == null || names.isEmpty() ? List.of() : Arrays.asList(names.split("\n")),
                rs.getString("status"), rs.getString("status_detail"), instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("started_at")), instant(rs.getTimestamp("submitted_at")),
                rs.getString("submitted_by"));
    }

    private static Role parseRole(String s) {
        try {
            return Role.valueOf(s.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Role.UNKNOWN;
        }
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static String write(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        if (json == null || json.isEmpty()) {
            try {
                return JSON.readValue("[]", type);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored JSON is unreadable: " + e.getOriginalMessage(), e);
        }
    }

    static List<String> lines(String s) {
        return s == null ? new ArrayList<>() : new ArrayList<>(Arrays.asList(s.split("\n")));
    }
}
