package dev.anchorpoint.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchorpoint.audio.LiveAudioStream;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * The vosk-server websocket protocol for one connection. Text {@code {"config": {"sample_rate": N, ...}}} sets
 * up the stream (no reply); each binary frame of 16-bit little-endian mono PCM gets exactly one reply, the newest
 * result or partial; {@code {"reset": 1}} and {@code {"eof": 1}} (any spacing) each get one reply, the final
 * result; after eof the server closes the socket, as vosk-server does. Without a config the client is assumed
 * to send 8000 Hz, vosk-server's default. Problems are answered with {@code {"error": "..."}} in place of the
 * reply, so a client that pairs each message with one reply stays in step.
 */
final class VoskSession {
    /** Largest binary frame accepted: 1 MiB, 32 s of 16 kHz audio. Clients send 0.1-0.5 s. */
    static final int MAX_FRAME_BYTES = 1 << 20;
    static final double DEFAULT_RATE = 8000;
    private static final Logger LOG = LoggerFactory.getLogger(VoskSession.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long FINISH_TIMEOUT_MS = 10 * 60_000;

    /** What the endpoint adds to the protocol. */
    interface Hooks {
        /** A config arrived: null when accepted, else the error to send (the socket is then closed). */
        String configure(JsonNode config);

        /** Audio before any config: null to accept it at 8000 Hz, else the error to send for that frame. */
        String audioWithoutConfig();

        /** Opens the recognition stream when the first audio arrives. */
        StreamDecoder open();

        /** Every accepted chunk of 16 kHz audio, before it is queued for decoding. */
        default void audio(short[] samples) {
        }

        /** The socket is done (eof, close or error). Called once. */
        void closed(boolean eof);
    }

    private final Session session;
    private final Hooks hooks;
    private final String label;
    private double sampleRate = DEFAULT_RATE;
    private boolean configured;
    private LiveAudioStream frames;
    private StreamDecoder decoder;
    private ByteArrayOutputStream frame = new ByteArrayOutputStream();
    private long frameBytes;
    private boolean ended;

    VoskSession(Session session, Hooks hooks, String label) {
        this.session = session;
        this.hooks = hooks;
        this.label = label;
        session.setMaxTextMessageBufferSize(64 * 1024);
        session.setMaxBinaryMessageBufferSize(64 * 1024);
        session.getUserProperties().put("org.apache.tomcat.websocket.BLOCKING_SEND_TIMEOUT", 10_000L);
    }

    StreamDecoder decoder() {
        return decoder;
    }

    void onText(String message) {
        if (ended) {
            return;
        }
        JsonNode msg;
        try {
            msg = JSON.readTree(message);
        } catch (IOException e) {
            msg = null;
        }
        if (msg == null || !msg.isObject()) {
            error("not a JSON object: send {\"config\": {...}}, {\"eof\": 1}, {\"reset\": 1} or binary audio",
                    message);
            return;
        }
        if (msg.has("config")) {
            JsonNode config = msg.get("config");
            if (!config.isObject()) {
                fail("config must be an object such as {\"config\": {\"sample_rate\": 16000}}");
                return;
            }
            if (config.has("sample_rate")) {
                double rate = config.get("sample_rate").asDouble(-1);
                if (!(rate >= 4000 && rate <= 192_000)) {
                    fail("sample_rate " + config.get("sample_rate") + " is out of range (4000-192000 Hz)");
                    return;
                }
                if (frames != null && rate != sampleRate) {
                    LOG.info("{}: sample_rate change to {} after audio started is ignored", label, rate);
                } else {
                    sampleRate = rate;
                }
            }
            String problem = hooks.configure(config);
            if (problem != null) {
                fail(problem);
                return;
            }
            configured = true;
            return;
        }
        if (msg.has("eof")) {
            eof();
            return;
        }
        if (msg.has("reset")) {
            send(decoder == null ? "{\"text\":\"\"}" : decoder.resetReply());
            return;
        }
        error("unknown message: send {\"config\": {...}}, {\"eof\": 1}, {\"reset\": 1} or binary audio", message);
    }

    /** One part of a binary frame; the reply goes out when the frame is complete. */
    void onBinary(byte[] part, boolean last) {
        if (ended) {
            return;
        }
        frameBytes += part.length;
        if (frameBytes <= MAX_FRAME_BYTES) {
            frame.write(part, 0, part.length);
        } else {
            frame = new ByteArrayOutputStream();
        }
        if (!last) {
            return;
        }
        long size = frameBytes;
        byte[] data = frame.toByteArray();
        frame = new ByteArrayOutputStream();
        frameBytes = 0;
        if (size > MAX_FRAME_BYTES) {
            error("audio frame of " + size + " bytes is larger than the limit of " + MAX_FRAME_BYTES
                    + " bytes; send chunks of 0.1-0.5 s", null);
            return;
        }
        if (!configured) {
            String problem = hooks.audioWithoutConfig();
            if (problem != null) {
                error(problem, null);
                return;
            }
        }
        try {
            if (frames == null) {
                frames = new LiveAudioStream((int) Math.round(sampleRate));
                decoder = hooks.open();
            }
        } catch (RuntimeException e) {
            LOG.error("{}: cannot start speech recognition: {}", label, e.getMessage(), e);
            fail("cannot start speech recognition: " + e.getMessage());
            return;
        }
        if (decoder.failure() != null) {
            fail("speech recognition failed: " + decoder.failure());
            return;
        }
        short[] samples = frames.accept(data);
        hooks.audio(samples);
        decoder.accept(samples);
        send(decoder.reply());
    }

    private void eof() {
        if (frames != null && decoder != null) {
            short[] tail = frames.flush();
            hooks.audio(tail);
            decoder.accept(tail);
        }
        String reply = decoder == null ? "{\"text\":\"\"}" : decoder.finish(FINISH_TIMEOUT_MS);
        send(reply);
        end(true);
        try {
            session.close(new CloseReason(CloseReason.CloseCodes.NORMAL_CLOSURE, "eof"));
        } catch (IOException e) {
            LOG.debug("{}: close after eof: {}", label, e.getMessage());
        }
    }

    /** The socket closed or failed without eof: decode what arrived, keep what is final. */
    void onClose() {
        end(false);
    }

    private void end(boolean eof) {
        if (ended) {
            return;
        }
        ended = true;
        if (decoder != null && !eof) {
            decoder.close();
        }
        hooks.closed(eof);
    }

    private void error(String text, String offending) {
        LOG.warn("{}: {}{}", label, text, offending == null ? "" : " (got: " + abbreviate(offending) + ")");
        ObjectNode n = JSON.createObjectNode();
        n.put("error", text);
        send(n.toString());
    }

    /** An error the session cannot continue after: reply, then close with a policy code. */
    private void fail(String text) {
        error(text, null);
        end(false);
        try {
            session.close(new CloseReason(CloseReason.CloseCodes.CANNOT_ACCEPT, abbreviate(text)));
        } catch (IOException e) {
            LOG.debug("{}: close: {}", label, e.getMessage());
        }
    }

    private void send(String text) {
        if (!session.isOpen()) {
            return;
        }
        try {
            session.getBasicRemote().sendText(text);
        } catch (IOException | IllegalStateException e) {
            LOG.debug("{}: send failed: {}", label, e.getMessage());
        }
    }

    /** Close reasons are limited to 123 bytes. */
    static String abbreviate(String s) {
        return s.length() <= 100 ? s : s.substring(0, 97) + "...";
    }
}
