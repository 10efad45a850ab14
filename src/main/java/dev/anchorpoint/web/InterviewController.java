package dev.anchorpoint.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchorpoint.rubric.Anchor;
import dev.anchorpoint.rubric.Dimension;
import dev.anchorpoint.rubric.LevelSpec;
import dev.anchorpoint.rubric.Rubric;
import dev.anchorpoint.store.InterviewStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The REST API. Interview routes need the interview's token as {@code Authorization: Bearer TOKEN}; errors are
 * {@code {"error": "..."}} with a 4xx status.
 */
@RestController
public class InterviewController {
    private static final Logger LOG = LoggerFactory.getLogger(InterviewController.class);
    private final InterviewService service;
    private final Engines engines;

    public InterviewController(InterviewService service, Engines engines, InterviewStore store) {
        this.service = service;
        this.engines = engines;
    }

    @GetMapping("/api/health")
    public ObjectNode health() {
        ObjectNode n = ScorecardJson.mapper().createObjectNode();
        n.put("status", "UP");
        n.put("engines", engines.isReady() ? "ready" : "warming up");
        return n;
    }

    /** {"candidate", "rubric", "level", "interviewer" (a name or a list)} -> 201 {"id", "token"}. */
    @PostMapping(value = "/api/interviews", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<ObjectNode> create(@RequestBody JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new ApiException(400, "expected a JSON object {\"candidate\", \"rubric\", \"level\","
                    + " \"interviewer\"}");
        }
        List<String> interviewers = new ArrayList<>();
        for (String field : new String[]{"interviewer", "interviewers"}) {
            JsonNode v = body.get(field);
            if (v != null && v.isArray()) {
                v.forEach(x -> interviewers.add(x.asText()));
            } else if (v != null && v.isTextual()) {
                interviewers.add(v.asText());
            }
        }
        InterviewService.Created c = service.create(body.path("candidate").asText(null),
                body.path("rubric").asText(null), body.path("level").asText(null), interviewers);
        ObjectNode n = ScorecardJson.mapper().createObjectNode();
        n.put("id", c.id());
        n.put("token", c.token());
        return ResponseEntity.status(HttpStatus.CREATED).body(n);
    }

    @GetMapping("/api/interviews/{id}")
    public ObjectNode interview(@PathVariable String id,
                                @RequestHeader(value = "Authorization", required = false) String auth) {
        LiveInterview i = service.open(id, bearer(auth));
        ObjectNode n = i.interviewJson();
        ObjectNode r = n.putObject("rubric");
        r.put("id", i.rubric().id());
        r.put("name", i.rubric().name());
        r.put("version", i.rubric().version());
        n.put("level", i.record().level());
        n.put("utterances", i.utteranceCount());
        ArrayNode ch = n.putArray("channels");
        i.channelList().forEach(ch::add);
        return n;
    }

    @GetMapping(value = "/api/interviews/{id}/scorecard", produces = MediaType.APPLICATION_JSON_VALUE)
    public String scorecard(@PathVariable String id,
                            @RequestHeader(value = "Authorization", required = false) String auth) {
        return service.scorecard(service.open(id, bearer(auth)));
    }

    @PostMapping("/api/interviews/{id}/submit")
    public ObjectNode submit(@PathVariable String id,
                             @RequestHeader(value = "Authorization", required = false) String auth,
                             @RequestBody(required = false) JsonNode body) {
        String by = body != null && body.hasNonNull("by") ? body.get("by").asText() : null;
        return service.submit(service.open(id, bearer(auth)), by);
    }

    /**
     * Post-call path: a recording (multipart field {@code file}) is decoded at once and recognised in the
     * background; 202 with the status, then the scorecard and status show progress.
     */
    @PostMapping(value = "/api/interviews/{id}/recording", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<ObjectNode> recording(@PathVariable String id,
                                                @RequestHeader(value = "Authorization", required = false) String auth,
                                                @RequestParam("file") MultipartFile file,
                                                @RequestParam(value = "channels", required = false) String channels,
                                                @RequestParam(value = "speaker", required = false) String speaker)
            throws IOException {
        LiveInterview i = service.open(id, bearer(auth));
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload"
                : file.getOriginalFilename();
        service.acceptRecording(i, file.getBytes(), name, channels, speaker);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(i.interviewJson());
    }

    /** Bundled rubrics, for the create form. */
    @GetMapping("/api/rubrics")
    public ArrayNode rubrics() throws IOException {
        ArrayNode out = ScorecardJson.mapper().createArrayNode();
        TreeSet<String> names = new TreeSet<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:rubrics/*.yaml")) {
            String f = r.getFilename();
            if (f != null) {
                names.add(f.substring(0, f.length() - ".yaml".length()));
            }
        }
        for (String name : names) {
            try {
                out.add(rubricJson(name, engines.rubric(name)));
            } catch (RuntimeException e) {
                LOG.warn("bundled rubric {} does not load: {}", name, e.getMessage());
            }
        }
        return out;
    }

    @GetMapping("/api/rubrics/{name}")
    public ObjectNode rubric(@PathVariable String name) {
        if (name.contains("/") || name.contains("..")) {
            throw new ApiException(400, "give a bundled rubric name");
        }
        try {
            return rubricJson(name, engines.rubric(name));
        } catch (dev.anchorpoint.rubric.RubricException e) {
            throw new ApiException(404, e.getMessage());
        }
    }

    static ObjectNode rubricJson(String name, Rubric rubric) {
        ObjectNode n = ScorecardJson.mapper().createObjectNode();
        n.put("id", rubric.id());
        n.put("file", name);
        n.put("name", rubric.name());
        n.put("version", rubric.version());
        ArrayNode levels = n.putArray("levels");
        for (LevelSpec l : rubric.levels()) {
            ObjectNode o = levels.addObject();
            o.put("id", l.id());
            o.put("name", l.name());
            o.put("expectedScore", l.expectedScore());
            o.put("description", l.description());
        }
        ArrayNode dims = n.putArray("dimensions");
        for (Dimension d : rubric.dimensions()) {
            ObjectNode o = dims.addObject();
            o.put("id", d.id());
            o.put("name", d.name());
            o.put("weight", d.weight());
            ArrayNode anchors = o.putArray("anchors");
            for (Anchor a : d.anchors()) {
                ObjectNode x = anchors.addObject();
                x.put("band", a.band());
                x.put("from", a.fromLevel());
                x.put("to", a.toLevel());
                x.put("text", a.text());
            }
        }
        ArrayNode rules = n.putArray("rules");
        rubric.rules().forEach(r -> rules.addObject().put("id", r.id()).put("description", r.description()));
        return n;
    }

    static String bearer(String header) {
        if (header == null) {
            return null;
        }
        String h = header.trim();
        return h.regionMatches(true, 0, "Bearer ", 0, 7) ? h.substring(7).trim() : null;
    }

    // ---- errors as {"error": "..."} ----

    @ExceptionHandler(ApiException.class)
    public ResponseEntity<ObjectNode> api(ApiException e) {
        return error(e.status(), e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<ObjectNode> unreadable(HttpMessageNotReadableException e) {
        return error(400, "the request body is not valid JSON");
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MissingServletRequestParameterException.class})
    public ResponseEntity<ObjectNode> missingPart(Exception e) {
        return error(400, "upload the recording as multipart form field 'file'");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    public ResponseEntity<ObjectNode> tooLarge(MaxUploadSizeExceededException e) {
        return error(413, "the recording is larger than the upload limit (spring.servlet.multipart.max-file-size)");
    }

    @ExceptionHandler(RuntimeException.class)
    public ResponseEntity<ObjectNode> unexpected(RuntimeException e) {
        LOG.error("request failed: {}", e.getMessage(), e);
        return error(500, "internal error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
    }

    static ResponseEntity<ObjectNode> error(int status, String message) {
        ObjectNode n = ScorecardJson.mapper().createObjectNode();
        n.put("error", message);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(n);
    }
}
