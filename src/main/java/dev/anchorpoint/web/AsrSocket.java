package dev.anchorpoint.web;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /ws/asr}: plain speech recognition speaking the vosk-server protocol, so clients written for
 * vosk-server (its {@code websocket/test.py} and friends) work unchanged. Nothing is stored.
 */
@ServerEndpoint(value = "/ws/asr", configurator = SpringEndpointConfigurator.class)
public class AsrSocket {
    private static final Logger LOG = LoggerFactory.getLogger(AsrSocket.class);
    private final Engines engines;
    private VoskSession vosk;

    public AsrSocket(Engines engines) {
        this.engines = engines;
    }

    @OnOpen
    public void open(Session session) {
        String label = "/ws/asr " + session.getId();
        vosk = new VoskSession(session, new VoskSession.Hooks() {
            @Override
            public String configure(JsonNode config) {
                return null;
            }

            @Override
            public String audioWithoutConfig() {
                return null;
            }

            @Override
            public StreamDecoder open() {
                return new StreamDecoder(engines.live(), "asr-" + session.getId(), null, null);
            }

            @Override
            public void closed(boolean eof) {
                LOG.debug("{} closed (eof={})", label, eof);
            }
        }, label);
    }

    @OnMessage
    public void text(String message) {
        vosk.onText(message);
    }

    @OnMessage
    public void binary(byte[] part, boolean last) {
        vosk.onBinary(part, last);
    }

    @OnClose
    public void close(Session session, CloseReason reason) {
        vosk.onClose();
    }

    @OnError
    public void error(Session session, Throwable t) {
        LOG.warn("/ws/asr {}: {}", session.getId(), t.toString());
    }
}
