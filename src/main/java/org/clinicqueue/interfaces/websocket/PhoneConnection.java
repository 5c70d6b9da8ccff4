package org.clinicqueue.interfaces.websocket;

import jakarta.websocket.Session;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One phone's connection, with at most one message in flight and one waiting. Sends are asynchronous, so a
 * slow phone never blocks the others; while a send is in flight, a newer status replaces the waiting one
 * (only the latest matters), so a slow phone's memory use stays at two small strings.
 */
final class PhoneConnection {

    private final Session session;
    private final String trackingId;
    private final AtomicReference<String> waiting = new AtomicReference<>();
    private final AtomicBoolean sending = new AtomicBoolean();

    PhoneConnection(Session session, String trackingId) {
        this.session = session;
        this.trackingId = trackingId;
    }

    Session session() {
        return session;
    }

    String trackingId() {
        return trackingId;
    }

    void send(String text) {
        waiting.set(text);
        drain();
    }

    /** A pong only when nothing else is about to go out (any message proves the connection alive). */
    void sendIfIdle(String text) {
        if (waiting.compareAndSet(null, text)) {
            drain();
        }
    }

    private void drain() {
        while (sending.compareAndSet(false, true)) {
            String next = waiting.getAndSet(null);
            if (next == null) {
                sending.set(false);
                if (waiting.get() == null) {
                    return;
                }
                continue;
            }
            if (!session.isOpen()) {
                sending.set(false);
                return;
            }
            try {
                session.getAsyncRemote().sendText(next, result -> {
                    sending.set(false);
                    if (result.isOK()) {
                        drain();
                    } else {
                        close();
                    }
                });
            } catch (RuntimeException e) {
                sending.set(false);
                close();
            }
            return;
        }
    }

    void close() {
        try {
            session.close();
        } catch (IOException | RuntimeException ignored) {
            // already gone
        }
    }
}
