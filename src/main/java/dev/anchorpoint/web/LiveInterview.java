package dev.anchorpoint.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchorpoint.asr.RecognizedSegment;
import dev.anchorpoint.pipeline.InterviewPipeline;
import dev.anchorpoint.pipeline.PipelineListener;
import dev.anchorpoint.rubric.Rubric;
import dev.anchorpoint.scoring.DimensionScore;
import dev.anchorpoint.scoring.Scorecard;
import dev.anchorpoint.scoring.Scorer;
import dev.anchorpoint.store.DecisionRecord;
import dev.anchorpoint.store.InterviewRecord;
import dev.anchorpoint.store.InterviewStore;
import dev.anchorpoint.store.SuggestionRecord;
import dev.anchorpoint.tagging.Signal;
import dev.anchorpoint.tagging.Tagger;
import dev.anchorpoint.transcript.Role;
import dev.anchorpoint.transcript.Transcript;
import dev.anchorpoint.transcript.Utterance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Function;

/**
 * One interview in memory while anyone works on it: its pipeline, the viewers watching it, and the audio channels
 * feeding it. Everything that becomes final (utterances, signals, suggestions, decisions) is stored before it is
 * broadcast, so a viewer never sees what a restart would lose. All state changes happen under this object's lock;
 * the pipeline's listener runs inside it.
 */
public final class LiveInterview implements PipelineListener {
    private static final Logger LOG = LoggerFactory.getLogger(LiveInterview.class);
    public static final Set<String> SPEAKERS = Set.of("interviewer", "candidate", "mixed");

    private final String id;
    private final Rubric rubric;
    private final InterviewStore store;
    private final InterviewPipeline pipeline;
    private final Scorer scorer = new Scorer();
    private final Set<Outbox> viewers = new CopyOnWriteArraySet<>();
    private final Set<String> channels = new LinkedHashSet<>();
    private final Map<String, DimensionScore> suggested = new HashMap<>();
    private InterviewRecord record;
    private boolean replaying;
    private int seq;

    LiveInterview(InterviewRecord record, Rubric rubric, Tagger tagger, InterviewStore store) {
        this.id = record.id();
        this.record = record;
        this.rubric = rubric;
        this.store = store;
        this.pipeline = new InterviewPipeline(tagger, rubric, record.level(), this);
        restore();
    }

    /** Rebuilds the pipeline from the stored transcript and decisions (after a restart or eviction). */
    private synchronized void restore() {
        replaying = true;
        try {
            List<Utterance> stored = store.utterances(id);
            stored.forEach(pipeline::add);
            seq = store.maxUtteranceSeq(id);
            pipeline.decide(decidedScores());
            for (DimensionScore d : suggestionCard().dimensions()) {
                suggested.put(d.id(), d);
            }
        } finally {
            replaying = false;
        }
    }

    public String id() {
        return id;
    }

    public Rubric rubric() {
        return rubric;
    }

    public synchronized InterviewRecord record() {
        return record;
    }

    public synchronized boolean isLocked() {
        return record.isSubmitted();
    }

    // ---- viewers ----

    void addViewer(Outbox viewer) {
        viewers.add(viewer);
        // The whole current state, so a viewer that (re)connects catches up without a page reload.
        synchronized (this) {
            viewer.send(statusEvent().toString());
            for (Utterance u : pipeline.transcript("live").utterances()) {
                viewer.send(utteranceEvent(u).toString());
            }
            for (DimensionScore d : suggestionCard().dimensions()) {
                viewer.send(suggestionEvent(d).toString());
            }
            for (DecisionRecord d : store.decisions(id)) {
                viewer.send(decisionEvent(d).toString());
            }
            viewer.send(scoreEvent(pipeline.scorecard()).toString());
        }
    }

    void removeViewer(Outbox viewer) {
        viewers.remove(viewer);
    }

    int viewerCount() {
        return viewers.size();
    }

    void broadcast(ObjectNode event) {
        String text = event.toString();
        for (Outbox v : viewers) {
            v.send(text);
        }
    }

    // ---- audio channels ----

    /** Claims the speaker's channel; false when a socket for that speaker is already open. */
    synchronized boolean attachChannel(String speaker) {
        if (!channels.add(speaker)) {
            return false;
        }
        if (record.startedAt() == null || !"live".equals(record.status())) {
            Instant now = Instant.now();
            store.markStarted(id, now);
            setStatus("live", null);
        } else {
            broadcast(statusEvent());
        }
        return true;
    }

    synchronized void detachChannel(String speaker) {
        channels.remove(speaker);
        broadcast(statusEvent());
    }

    synchronized boolean hasChannels() {
        return !channels.isEmpty();
    }

    void partial(String speaker, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        ObjectNode e = event("partial");
        e.put("speaker", speaker);
        e.put("text", text);
        broadcast(e);
    }

    /**
     * A final segment from a channel whose time zero sits at {@code offsetMs} in the interview.
     *
     * @param roleOf decides the role per segment on a mixed channel, else null
     */
    synchronized Utterance segment(RecognizedSegment s, Role role, String speakerName, long offsetMs,
                                   Function<String, Role> roleOf) {
        if (s.text() == null || s.text().isBlank()) {
            return null;
        }
        Role r = roleOf == null ? role : roleOf.apply(s.text());
        RecognizedSegment at = s.shifted(offsetMs);
        String name = speakerName != null ? speakerName : r.id();
        return add(new Utterance(null, r, name, at.text().trim(), at.startMs(), at.endMs(), at.words()));
    }

    /** Adds a final utterance: stored, broadcast, tagged; new signals and suggestions follow. */
    synchronized Utterance add(Utterance u) {
        int n = seq + 1;
        Utterance withId = new Utterance(String.format("u%04d", n), u.role(), u.speakerName(), u.text(),
                u.startMs(), u.endMs(), u.words());
        store.addUtterance(id, n, withId);
        seq = n;
        return pipeline.add(withId);
    }

    // ---- pipeline listener (runs under this lock, inside pipeline.add / decide) ----

    @Override
    public void onUtterance(Utterance u) {
        if (!replaying) {
            broadcast(utteranceEvent(u));
        }
    }

    @Override
    public void onSignal(Signal s) {
        if (replaying) {
            return;
        }
        store.addSignal(id, s);
        ObjectNode e = ScorecardJson.signal(s);
        e.put("type", "signal");
        broadcast(reorder(e));
    }

    @Override
    public void onScorecard(Scorecard effective) {
        if (replaying) {
            return;
        }
        for (DimensionScore d : suggestionCard().dimensions()) {
            DimensionScore before = suggested.get(d.id());
            if (before == null || !sameSuggestion(before, d)) {
                suggested.put(d.id(), d);
                store.putSuggestion(id, new SuggestionRecord(d.id(), d.score(), d.confidence(), d.anchor(),
                        ScorecardJson.dimension(d).get("evidence").toString(), Instant.now()));
                broadcast(suggestionEvent(d));
            }
        }
        broadcast(scoreEvent(effective));
    }

    private static boolean sameSuggestion(DimensionScore a, DimensionScore b) {
        return Objects.equals(a.score(), b.score()) && a.confidence() == b.confidence()
                && a.evidence().size() == b.evidence().size();
    }

    /** The tagger's suggestions alone, without interviewer decisions. */
    private Scorecard suggestionCard() {
        return scorer.score(rubric, record.level(), pipeline.signals());
    }

    // ---- decisions ----

    /**
     * Validates, stores (append-only) and broadcasts one interviewer decision.
     *
     * @throws IllegalArgumentException with a message for the viewer when the decision is not valid
     */
    public synchronized DecisionRecord decide(String action, String dimension, Integer score, String note,
                                              String by) {
        if (record.isSubmitted()) {
            throw new IllegalStateException("the scorecard was submitted and is locked");
        }
        if (dimension == null || rubric.dimension(dimension).isEmpty()) {
            throw new IllegalArgumentException("unknown dimension '" + dimension + "' (use one of "
                    + rubric.dimensions().stream().map(d -> d.id()).toList() + ")");
        }
        if (note != null && note.length() > 4000) {
            throw new IllegalArgumentException("note is too long (" + note.length() + " characters, at most 4000)");
        }
        Integer before = effectiveScore(dimension);
        Integer after;
        switch (action) {
            case "confirm" -> {
                DimensionScore s = suggested.get(dimension);
                Integer suggestion = s == null ? null : s.score();
                if (suggestion == null) {
                    throw new IllegalArgumentException("nothing to confirm: " + dimension
                            + " has no suggested score yet (override it with a score instead)");
                }
                after = suggestion;
            }
            case "override" -> {
                if (score == null || score < 1 || score > 5) {
                    throw new IllegalArgumentException("override needs a score from 1 to 5");
                }
                after = score;
            }
            case "note" -> {
                if (note == null || note.isBlank()) {
                    throw new IllegalArgumentException("a note needs some text");
                }
                after = null;
            }
            default -> throw new IllegalArgumentException("unknown action '" + action
                    + "' (use confirm, override or note)");
        }
        DecisionRecord d = store.appendDecision(id, dimension, action, before, after,
                note == null || note.isBlank() ? null : note.trim(), by == null || by.isBlank() ? "interviewer" : by,
                Instant.now());
        LOG.info("interview {}: {} {} {} -> {} by {}", id, action, dimension, before, after, d.by());
        broadcast(decisionEvent(d));
        if (d.setsScore()) {
            pipeline.decide(decidedScores());
        }
        return d;
    }

    private Integer effectiveScore(String dimension) {
        Integer decided = decidedScores().get(dimension);
        if (decided != null) {
            return decided;
        }
        DimensionScore s = suggested.get(dimension);
        return s == null ? null : s.score();
    }

    /** Latest confirm/override per dimension, from the log. */
    private Map<String, Integer> decidedScores() {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (DecisionRecord d : store.decisions(id)) {
            if (d.setsScore()) {
                m.put(d.dimension(), d.after());
            }
        }
        return m;
    }

    // ---- status and submit ----

    synchronized void setStatus(String status, String detail) {
        store.setStatus(id, status, detail);
        record = store.findInterview(id).orElse(record);
        broadcast(statusEvent());
    }

    synchronized void reload() {
        record = store.findInterview(id).orElse(record);
        broadcast(statusEvent());
    }

    synchronized int utteranceCount() {
        return seq;
    }

    // ---- JSON ----

    /** The REST scorecard: the CLI's schema, each dimension with its decision and notes beside the suggestion. */
    public synchronized ObjectNode scorecardJson() {
        Scorecard effective = pipeline.scorecard();
        ObjectNode root = ScorecardJson.toJson(effective, rubric, pipeline.transcript("live"));
        Scorecard suggestions = suggestionCard();
        List<DecisionRecord> log = store.decisions(id);
        ArrayNode dims = root.putArray("dimensions");
        for (DimensionScore d : suggestions.dimensions()) {
            ObjectNode n = ScorecardJson.dimension(d);
            DecisionRecord latest = null;
            ArrayNode notes = ScorecardJson.mapper().createArrayNode();
            for (DecisionRecord r : log) {
                if (!r.dimension().equals(d.id())) {
                    continue;
                }
                if (r.setsScore()) {
                    latest = r;
                } else {
                    ObjectNode note = notes.addObject();
                    note.put("text", r.note());
                    note.put("by", r.by());
                    note.put("at", r.at().toString());
                }
            }
            if (latest == null) {
                n.putNull("decision");
            } else {
                ObjectNode dec = n.putObject("decision");
                dec.put("action", latest.action());
                dec.put("score", latest.after());
                dec.put("note", latest.note());
                dec.put("by", latest.by());
                dec.put("at", latest.at().toString());
            }
            n.set("notes", notes);
            dims.add(n);
        }
        Double suggestedFinal = suggestions.finalScore();
        if (suggestedFinal == null) {
            root.putNull("suggestedFinalScore");
        } else {
            root.put("suggestedFinalScore", suggestedFinal);
        }
        root.set("interview", interviewJson());
        return root;
    }

    public synchronized Transcript transcript() {
        return pipeline.transcript("interview " + id);
    }

    ObjectNode interviewJson() {
        ObjectNode n = ScorecardJson.mapper().createObjectNode();
        n.put("id", id);
        n.put("candidate", record.candidate());
        ArrayNode names = n.putArray("interviewers");
        record.interviewers().forEach(names::add);
        n.put("status", record.status());
        n.put("statusDetail", record.statusDetail());
        n.put("createdAt", str(record.createdAt()));
        n.put("startedAt", str(record.startedAt()));
        n.put("submittedAt", str(record.submittedAt()));
        n.put("submittedBy", record.submittedBy());
        n.put("locked", record.isSubmitted());
        return n;
    }

    private static String str(Instant i) {
        return i == null ? null : i.toString();
    }

    ObjectNode statusEvent() {
        ObjectNode e = event("status");
        e.put("status", record.status());
        e.put("detail", record.statusDetail());
        e.put("locked", record.isSubmitted());
        e.put("candidate", record.candidate());
        ObjectNode r = e.putObject("rubric");
        r.put("id", rubric.id());
        r.put("name", rubric.name());
        r.put("version", rubric.version());
        e.put("level", record.level());
        ArrayNode names = e.putArray("interviewers");
        record.interviewers().forEach(names::add);
        ArrayNode ch = e.putArray("channels");
        channels.forEach(ch::add);
        return e;
    }

    static ObjectNode utteranceEvent(Utterance u) {
        ObjectNode e = event("utterance");
        e.setAll(ScorecardJson.utterance(u));
        return e;
    }

    static ObjectNode suggestionEvent(DimensionScore d) {
        ObjectNode e = event("suggestion");
        e.put("dimension", d.id());
        ObjectNode body = ScorecardJson.dimension(d);
        body.remove("id");
        e.setAll(body);
        return e;
    }

    static ObjectNode decisionEvent(DecisionRecord d) {
        ObjectNode e = event("decision");
        e.put("id", d.id());
        e.put("dimension", d.dimension());
        e.put("action", d.action());
        if (d.after() == null) {
            e.putNull("score");
        } else {
            e.put("score", d.after());
        }
        if (d.before() == null) {
            e.putNull("before");
        } else {
            e.put("before", d.before());
        }
        e.put("note", d.note());
        e.put("by", d.by());
        e.put("at", d.at().toString());
        return e;
    }

    ObjectNode scoreEvent(Scorecard effective) {
        ObjectNode e = event("score");
        ObjectNode card = ScorecardJson.toJson(effective, rubric, null);
        e.set("finalScore", card.get("finalScore"));
        e.set("expectedScore", card.get("expectedScore"));
        e.set("meetsLevel", card.get("meetsLevel"));
        e.set("missing", card.get("missing"));
        e.set("rules", card.get("rules"));
        ArrayNode dims = e.putArray("dimensions");
        Map<String, Integer> decided = decidedScores();
        for (DimensionScore d : effective.dimensions()) {
            ObjectNode n = dims.addObject();
            n.put("id", d.id());
            n.put("weight", d.weight());
            DimensionScore s = suggested.get(d.id());
            if (s == null || s.score() == null) {
                n.putNull("suggested");
            } else {
                n.put("suggested", s.score());
            }
            if (decided.containsKey(d.id())) {
                n.put("decided", decided.get(d.id()));
            } else {
                n.putNull("decided");
            }
            if (d.score() == null) {
                n.putNull("score");
            } else {
                n.put("score", d.score());
            }
        }
        return e;
    }

    static ObjectNode event(String type) {
        ObjectNode e = ScorecardJson.mapper().createObjectNode();
        e.put("type", type);
        return e;
    }

    private static ObjectNode reorder(ObjectNode e) {
        ObjectNode out = event(e.get("type").asText());
        e.fields().forEachRemaining(f -> {
            if (!f.getKey().equals("type")) {
                out.set(f.getKey(), f.getValue());
            }
        });
        return out;
    }

    List<String> channelList() {
        synchronized (this) {
            return new ArrayList<>(channels);
        }
    }
}
