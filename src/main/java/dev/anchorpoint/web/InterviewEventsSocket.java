package dev.anchorpoint.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;

/**
 * {@code /ws/interviews/{id}/events?token=...&name=...}: the live scorecard for every viewer of one interview.
 * On connect the viewer receives the current state (status, transcript, suggestions, decision log, score), then
 * events as they happen. Viewers send {@code confirm}, {@code override}, {@code note} (and {@code submit});
 * each is validated, stored and broadcast to this interview's viewers only; a bad one gets an {@code error}
 * event back and changes nothing.
 */
@ServerEndpoint(value = "/ws/interviews/{id}/events", configurator = SpringEndpointConfigurator.class)
public class InterviewEventsSocket {
    private static final Logger LOG = LoggerFactory.getLogger(InterviewEventsSocket.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final InterviewService service;
    private LiveInterview interview;
    private Outbox outbox;
    private String viewerName;

    public InterviewEventsSocket(InterviewService service) {
        this.service = service;
    }

    @OnOpen
    public void open(Session session, @PathParam("id") String id) {
        session.setMaxTextMessageBufferSize(64 * 1024);
        try {
            interview = service.open(id, InterviewAudioSocket.first(session, "token"));
        } catch (ApiException e) {
            LOG.warn("interview {} events {}: refused: {}", id, session.getId(), e.getMessage());
            try {
                session.getBasicRemote().sendText(error(e.getMessage()).toString());
                session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY,
                        VoskSession.abbreviate(e.getMessage())));
            } catch (IOException | IllegalStateException ex) {
                LOG.debug("reject: {}", ex.getMessage());
            }
            return;
        }
        viewerName = InterviewAudioSocket.first(session, "name");
        outbox = service.outbox(session);
        interview.addViewer(outbox);
    }

    @OnMessage
    public void text(String message) {
        if (interview == null) {
            return;
        }
        JsonNode msg;
        try {
            msg = JSON.readTree(message);
        } catch (IOException e) {
            msg = null;
        }
        if (msg == null || !msg.isObject() || !msg.path("type").isTextual()) {
            reply("expected a JSON object with a type (confirm, override, note or submit)", message);
            return;
        }
        String type = msg.get("type").asText();
        String by = msg.hasNonNull("by") ? msg.get("by").asText() : viewerName;
        try {
            switch (type) {
                case "confirm", "override", "note" -> {
                    JsonNode score = msg.get("score");
                    Integer s = null;
                    if (score != null && !score.isNull()) {
                        if (!score.canConvertToInt() || !score.isIntegralNumber()) {
                            reply("score must be a whole number from 1 to 5", message);
                            return;
                        }
                        s = score.asInt();
                    }
                    String note = msg.hasNonNull("note") ? msg.get("note").asText()
                            : msg.hasNonNull("text") ? msg.get("text").asText() : null;
                    interview.decide(type, msg.path("dimension").asText(null), s, note, by);
                }
                case "submit" -> service.submit(interview, by);
                case "ping" -> outbox.send("{\"type\":\"pong\"}");
                default -> reply("unknown message type '" + type + "' (use confirm, override, note or submit)",
                        message);
            }
        } catch (IllegalArgumentException | IllegalStateException | ApiException e) {
            reply(e.getMessage(), message);
        }
    }

    private void reply(String text, String offending) {
        LOG.warn("interview {} events: {} (got: {})", interview.id(), text, VoskSession.abbreviate(
                offending == null ? "" : offending));
        outbox.send(error(text).toString());
    }

    private static ObjectNode error(String message) {
        ObjectNode e = LiveInterview.event("error");
        e.put("message", message);
        return e;
    }

    @OnClose
    public void close(Session session, CloseReason reason) {
        if (interview != null && outbox != null) {
            interview.removeViewer(outbox);
        }
    }

    @OnError
    public void error(Session session, Throwable t) {
        LOG.warn("interview events socket {}: {}", session.getId(), t.toString());
    }
}
