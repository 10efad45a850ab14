package dev.anchorpoint.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.CloseReason;
import jakarta.websocket.ContainerProvider;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import jakarta.websocket.WebSocketContainer;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A Jakarta WebSocket client for tests: every text message lands in a queue. */
final class WsClient implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final WebSocketContainer CONTAINER = ContainerProvider.getWebSocketContainer();
    final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    final List<JsonNode> seen = new ArrayList<>();
    volatile CloseReason closeReason;
    private final Session session;

    WsClient(String url) throws Exception {
        CONTAINER.setDefaultMaxBinaryMessageBufferSize(4 << 20);
        session = CONTAINER.connectToServer(new Endpoint() {
            @Override
            public void onOpen(Session s, EndpointConfig config) {
                s.addMessageHandler(String.class, (MessageHandler.Whole<String>) received::add);
            }

            @Override
            public void onClose(Session s, CloseReason reason) {
                closeReason = reason;
            }
        }, ClientEndpointConfig.Builder.create().build(), URI.create(url));
    }

    void text(String s) throws IOException {
        session.getBasicRemote().sendText(s);
    }

    void binary(byte[] b, int off, int len) throws IOException {
        session.getBasicRemote().sendBinary(ByteBuffer.wrap(b, off, len));
    }

    /** The next text message as JSON, or fails after the timeout. */
    JsonNode next(long timeoutMs) throws Exception {
        String s = received.poll(timeoutMs, TimeUnit.MILLISECONDS);
        if (s == null) {
            throw new AssertionError("no message within " + timeoutMs + " ms");
        }
        JsonNode n = JSON.readTree(s);
        synchronized (seen) {
            seen.add(n);
        }
        return n;
    }

    /** Reads messages until one matches; fails after the timeout. */
    JsonNode await(Predicate<JsonNode> match, long timeoutMs) throws Exception {
        long end = System.currentTimeMillis() + timeoutMs;
        while (true) {
            long left = end - System.currentTimeMillis();
            if (left <= 0) {
                throw new AssertionError("no matching message within " + timeoutMs + " ms; saw " + seen.size());
            }
            String s = received.poll(left, TimeUnit.MILLISECONDS);
            if (s == null) {
                continue;
            }
            JsonNode n = JSON.readTree(s);
            synchronized (seen) {
                seen.add(n);
            }
            if (match.test(n)) {
                return n;
            }
        }
    }

    /** Reads everything that arrives within the window. */
    void drain(long windowMs) throws Exception {
        String s;
        while ((s = received.poll(windowMs, TimeUnit.MILLISECONDS)) != null) {
            synchronized (seen) {
                seen.add(JSON.readTree(s));
            }
        }
    }

    boolean isOpen() {
        return session.isOpen();
    }

    @Override
    public void close() throws IOException {
        if (session.isOpen()) {
            session.close();
        }
    }
}
