package dev.anchorpoint.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anchorpoint.store.AudioStore;
import dev.anchorpoint.store.InterviewRecord;
import dev.anchorpoint.transcript.Role;
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
import java.util.List;
import java.util.Locale;

/**
 * {@code /ws/interviews/{id}/audio?token=...}: one speaker's audio for a live interview, in the vosk-server
 * protocol plus {@code "speaker"} (candidate, interviewer or mixed) and optionally {@code "name"} in the config.
 * One socket per speaker; a reconnect continues the same interview where the speaker's audio left off.
 */
@ServerEndpoint(value = "/ws/interviews/{id}/audio", configurator = SpringEndpointConfigurator.class)
public class InterviewAudioSocket {
    private static final Logger LOG = LoggerFactory.getLogger(InterviewAudioSocket.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final InterviewService service;
    private final Engines engines;
    private VoskSession vosk;
    private LiveInterview interview;
    private String speaker;
    private String speakerName;
    private AudioStore.Channel file;

    public InterviewAudioSocket(InterviewService service, Engines engines) {
        this.service = service;
        this.engines = engines;
    }

    @OnOpen
    public void open(Session session, @PathParam("id") String id) {
        String label = "interview " + id + " audio " + session.getId();
        try {
            interview = service.open(id, first(session, "token"));
        } catch (ApiException e) {
            LOG.warn("{}: refused: {}", label, e.getMessage());
            reject(session, e.getMessage());
            return;
        }
        if (interview.isLocked()) {
            reject(session, "interview " + id + " was submitted and is locked");
            interview = null;
            return;
        }
        vosk = new VoskSession(session, new VoskSession.Hooks() {
            @Override
            public String configure(JsonNode config) {
                if (speaker != null) {
                    return config.has("speaker") && !config.path("speaker").asText().equals(speaker)
                            ? "this socket already streams the " + speaker + "; open another socket per speaker"
                            : null;
                }
                String s = config.path("speaker").asText("mixed").trim().toLowerCase(Locale.ROOT);
                if (!LiveInterview.SPEAKERS.contains(s)) {
                    return "speaker must be candidate, interviewer or mixed, not '" + s + "'";
                }
                if (interview.isLocked()) {
                    return "interview " + id + " was submitted and is locked";
                }
                if (!interview.attachChannel(s)) {
                    return "the " + s + " of interview " + id + " is already streaming on another socket;"
                            + " close that one first";
                }
                speaker = s;
                speakerName = config.hasNonNull("name") ? config.get("name").asText() : defaultName(s);
                LOG.info("{}: streaming the {} ({})", label, s, speakerName);
                return null;
            }

            @Override
            public String audioWithoutConfig() {
                return "send the config before audio: {\"config\": {\"sample_rate\": 16000, \"speaker\":"
                        + " \"candidate\"}}";
            }

            @Override
            public StreamDecoder open() {
                file = service.audio().open(interview.id(), speaker);
                if (file.durationMs() == 0) {
                    // A channel joining late starts where the others are, so times line up across speakers.
                    long others = 0;
                    for (String s : LiveInterview.SPEAKERS) {
                        if (!s.equals(speaker)) {
                            others = Math.max(others, service.audio().durationMs(interview.id(), s));
                        }
                    }
                    file.padTo(others);
                }
                long offset = file.durationMs();
                Role role = "mixed".equals(speaker) ? Role.UNKNOWN : Role.parse(speaker);
                var roleOf = "mixed".equals(speaker) ? engines.mixedRoles() : null;
                String name = "mixed".equals(speaker) ? null : speakerName;
                return new StreamDecoder(engines.live(), interview.id() + "-" + speaker,
                        seg -> interview.segment(seg, role, name, offset, roleOf),
                        text -> interview.partial(speaker, text));
            }

            @Override
            public void audio(short[] samples) {
                file.append(samples, 0, samples.length);
            }

            @Override
            public void closed(boolean eof) {
                if (file != null) {
                    file.close();
                }
                if (speaker != null) {
                    interview.detachChannel(speaker);
                    LOG.info("{}: {} channel closed{}", label, speaker, eof ? " at eof" : "");
                }
            }
        }, label);
    }

    private String defaultName(String s) {
        InterviewRecord r = interview.record();
        if ("candidate".equals(s)) {
            return r.candidate();
        }
        if ("interviewer".equals(s)) {
            return r.interviewers().isEmpty() ? "Interviewer" : r.interviewers().get(0);
        }
        return null;
    }

    @OnMessage
    public void text(String message) {
        if (vosk != null) {
            vosk.onText(message);
        }
    }

    @OnMessage
    public void binary(byte[] part, boolean last) {
        if (vosk != null) {
            vosk.onBinary(part, last);
        }
    }

    @OnClose
    public void close(Session session, CloseReason reason) {
        if (vosk != null) {
            vosk.onClose();
        }
    }

    @OnError
    public void error(Session session, Throwable t) {
        LOG.warn("interview audio socket {}: {}", session.getId(), t.toString());
    }

    static String first(Session session, String param) {
        List<String> v = session.getRequestParameterMap().get(param);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /** Tells the client why (as a vosk-style error) and closes with a policy-violation code. */
    static void reject(Session session, String message) {
        try {
            session.getBasicRemote().sendText(JSON.createObjectNode().put("error", message).toString());
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY,
                    VoskSession.abbreviate(message)));
        } catch (IOException | IllegalStateException e) {
            LOG.debug("reject: {}", e.getMessage());
        }
    }
}
