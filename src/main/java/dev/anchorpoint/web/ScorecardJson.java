package dev.anchorpoint.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchorpoint.rubric.Rubric;
import dev.anchorpoint.scoring.DimensionScore;
import dev.anchorpoint.scoring.RuleResult;
import dev.anchorpoint.scoring.Scorecard;
import dev.anchorpoint.tagging.Signal;
import dev.anchorpoint.transcript.Transcript;
import dev.anchorpoint.transcript.Utterance;

import java.util.Locale;

/**
 * The one mapping of a scorecard to JSON, shared by the CLI's {@code score} and the REST API so both speak the
 * same versioned schema (documented in the README). Bump {@link #SCHEMA_VERSION} on any incompatible change.
 */
public final class ScorecardJson {
    public static final String SCHEMA_VERSION = "1.0";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ScorecardJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** @param transcript may be null (then {@code transcript} is an empty list) */
    public static ObjectNode toJson(Scorecard card, Rubric rubric, Transcript transcript) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        ObjectNode r = root.putObject("rubric");
        r.put("id", rubric.id());
        r.put("name", rubric.name());
        r.put("version", rubric.version());
        root.put("level", card.level());
        if (card.finalScore() == null) {
            root.putNull("finalScore");
        } else {
            root.put("finalScore", card.finalScore());
        }
        root.put("expectedScore", card.expectedScore());
        root.put("meetsLevel", card.meetsLevel());
        ArrayNode missing = root.putArray("missing");
        card.missing().forEach(missing::add);
        ArrayNode dims = root.putArray("dimensions");
        card.dimensions().forEach(d -> dims.add(dimension(d)));
        ArrayNode rules = root.putArray("rules");
        for (RuleResult rr : card.rules()) {
            ObjectNode n = rules.addObject();
            n.put("id", rr.id());
            n.put("description", rr.description());
            n.put("status", rr.status().name().toLowerCase(Locale.ROOT));
            n.put("reason", rr.reason());
        }
        ArrayNode utterances = root.putArray("transcript");
        if (transcript != null) {
            transcript.utterances().forEach(u -> utterances.add(utterance(u)));
        }
        return root;
    }

    public static String toJsonString(Scorecard card, Rubric rubric, Transcript transcript) {
        try {
            return MAPPER.writeValueAsString(toJson(card, rubric, transcript));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode dimension(DimensionScore d) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", d.id());
        n.put("name", d.name());
        n.put("weight", d.weight());
        if (d.hasScore()) {
            n.put("score", d.score());
        } else {
            n.putNull("score");
        }
        n.put("confidence", d.confidence());
        n.put("anchor", d.anchor());
        n.put("status", d.hasScore() ? "suggested" : "not_enough_evidence");
        ArrayNode ev = n.putArray("evidence");
        d.evidence().forEach(s -> ev.add(signal(s)));
        return n;
    }

    public static ObjectNode signal(Signal s) {
        ObjectNode e = MAPPER.createObjectNode();
        e.put("dimension", s.dimension());
        e.put("text", s.evidence().text());
        e.put("startMs", s.evidence().startMs());
        e.put("endMs", s.evidence().endMs());
        e.put("level", s.level());
        e.put("anchor", s.anchor());
        e.put("confidence", s.confidence());
        e.put("speaker", s.evidence().speaker());
        e.put("utteranceId", s.evidence().utteranceId());
        ArrayNode cues = e.putArray("cues");
        s.cues().forEach(cues::add);
        return e;
    }

    public static ObjectNode utterance(Utterance u) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", u.id());
        n.put("speaker", u.role().id());
        n.put("name", u.speakerName());
        n.put("text", u.text());
        n.put("startMs", u.startMs());
        n.put("endMs", u.endMs());
        return n;
    }
}
