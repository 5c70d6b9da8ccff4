package org.clinicqueue.interfaces.websocket;

import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The messages waiting to go to one WebSocket connection, sent one at a time with the asynchronous API so
 * that they arrive in order and no thread ever waits for a slow screen. A connection that falls more than
 * {@link #MAX_PENDING} messages behind (or whose send fails) is closed: the screen reconnects and catches
 * up from a fresh state instead of slowing everyone else down.
 */
final class OutgoingQueue {

    static final int MAX_PENDING = 256;
    private static final Logger LOG = Logger.getLogger(OutgoingQueue.class.getName());
    /** Stands for a ping in the queue, so pings never interleave with a text frame being written. */
    private static final String PING = new String("\u0000ping");

    private final Session session;
    private final Queue<String> pending = new ArrayDeque<>();
    private boolean sending;
    private boolean closed;
    /** A new connection holds its updates until its first message (the snapshot) is in front of them. */
    private boolean held = true;

    OutgoingQueue(Session session) {
        this.session = session;
    }

    /** Lets queued messages go (after a catch-up that needed no snapshot). */
    synchronized void release() {
        held = false;
        startIfIdle();
    }

    void send(String text) {
        enqueue(text);
    }

    void ping() {
        enqueue(PING);
    }

    /** Puts a message in front of everything queued (the state snapshot a new connection must see first) and releases the rest. */
    synchronized void sendFirst(String text) {
        if (closed) {
            return;
        }
        ((ArrayDeque<String>) pending).addFirst(text);
        held = false;
        startIfIdle();
    }

    private synchronized void enqueue(String text) {
        if (closed) {
            return;
        }
        if (pending.size() >= MAX_PENDING) {
            closeSlow();
            return;
        }
        pending.add(text);
        startIfIdle();
    }

    private void startIfIdle() {
        if (!sending && !held) {
            sendNext();
        }
    }

    /** Called with the lock held. */
    private void sendNext() {
        String next = pending.poll();
        if (next == null || closed) {
            sending = false;
            return;
        }
        sending = true;
        try {
            if (next == PING) {
                session.getAsyncRemote().sendPing(ByteBuffer.allocate(0));
                sendNext();
            } else {
                session.getAsyncRemote().sendText(next, this::sent);
            }
        } catch (IOException | RuntimeException e) {
            fail(e);
        }
    }

    private synchronized void sent(SendResult result) {
        if (!result.isOK()) {
            fail(result.getException());
            return;
        }
        sendNext();
    }

    private void fail(Throwable cause) {
        LOG.log(Level.FINE, "Dropping a screen connection after a failed send", cause);
        closed = true;
        pending.clear();
        closeQuietly(session);
    }

    private void closeSlow() {
        LOG.fine("Dropping a screen connection that fell too far behind");
        closed = true;
        pending.clear();
        closeQuietly(session);
    }

    synchronized int pendingCount() {
        return pending.size();
    }

    private static void closeQuietly(Session session) {
        try {
            session.close();
        } catch (IOException | RuntimeException ignored) {
            // already gone
        }
    }
}
