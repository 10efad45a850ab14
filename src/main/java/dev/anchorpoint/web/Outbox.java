package dev.anchorpoint.web;

import jakarta.websocket.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Text messages to one socket, sent in order on a shared executor so that a slow or dead viewer never holds up
 * the recognizer thread that produced the event.
 */
final class Outbox {
    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    private static final int MAX_QUEUED = 10_000;
    private final Session session;
    private final Executor executor;
    private final Queue<String> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();

    Outbox(Session session, Executor executor) {
        this.session = session;
        this.executor = executor;
    }

    Session session() {
        return session;
    }

    void send(String text) {
        if (!session.isOpen()) {
            return;
        }
        if (queue.size() > MAX_QUEUED) {
            LOG.warn("socket {} is not reading its events; closing it", session.getId());
            close();
            return;
        }
        queue.add(text);
        if (draining.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        try {
            String next;
            while ((next = queue.poll()) != null) {
                if (!session.isOpen()) {
                    queue.clear();
                    return;
                }
                try {
                    session.getBasicRemote().sendText(next);
                } catch (IOException | IllegalStateException e) {
                    LOG.debug("socket {}: send failed: {}", session.getId(), e.getMessage());
                    queue.clear();
                    return;
                }
            }
        } finally {
            draining.set(false);
            if (!queue.isEmpty() && draining.compareAndSet(false, true)) {
                executor.execute(this::drain);
            }
        }
    }

    void close() {
        try {
            session.close();
        } catch (IOException e) {
            LOG.debug("closing socket {}: {}", session.getId(), e.getMessage());
        }
    }
}
