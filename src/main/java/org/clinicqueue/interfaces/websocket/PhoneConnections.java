package org.clinicqueue.interfaces.websocket;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.clinicqueue.application.history.QueueBroadcast;
import org.clinicqueue.application.history.QueueChange;
import org.clinicqueue.application.queries.QueueQueries;
import org.clinicqueue.application.queries.TicketStatusView;
import org.clinicqueue.application.settings.ServerProperty;

/**
 * The phones connected to this node, by tracking id. When a queue change reaches this node
 * ({@link QueueBroadcast}, delivered on every node of a cluster), the phones whose ticket is in a touched queue
 * are marked; a short moment later their statuses are read in one batch and each phone is sent its own
 * ticket's status, only if it changed. A broadcast itself (which names other patients) never reaches a phone.
 *
 * <p>Memory per phone: the session, its tracking id, the last status sent and its service code.
 */
@ApplicationScoped
public class PhoneConnections {

    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(90);
    static final int MAX_PER_TICKET = 4;
    static final CloseReason UNKNOWN_TICKET = new CloseReason(() -> 4404, "unknown ticket");
    private static final CloseReason FULL = new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "too many connections");
    private static final Pattern TRACKING_ID = Pattern.compile("[A-Za-z0-9_-]{10,32}");
    private static final long COALESCE_MILLIS = 200;
    private static final String PONG = "{\"type\":\"pong\"}";
    private static final Logger LOG = Logger.getLogger(PhoneConnections.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();

    /** What this node knows about one followed ticket. */
    private static final class Watch {
        final List<PhoneConnection> connections = new CopyOnWriteArrayList<>();
        volatile String serviceCode;
        volatile String lastSent;
    }

    private final Map<String, Watch> watches = new ConcurrentHashMap<>();
    private final Map<Session, PhoneConnection> bySession = new ConcurrentHashMap<>();
    private final Set<String> dirty = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean flushScheduled = new AtomicBoolean();
    private final AtomicInteger count = new AtomicInteger();

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private QueueQueries queries;

    void connect(String trackingId, Session session) {
        if (trackingId == null || !TRACKING_ID.matcher(trackingId).matches()) {
            close(session, UNKNOWN_TICKET);
            return;
        }
        if (count.incrementAndGet() > ServerProperty.number("clinicqueue.websocket.max-phones", 20_000)) {
            count.decrementAndGet();
            close(session, FULL);
            return;
        }
        PhoneConnection connection = new PhoneConnection(session, trackingId);
        bySession.put(session, connection);
        // Added inside compute, so a concurrent disconnect cannot drop the watch this connection joins.
        Watch watch = watches.compute(trackingId, (id, existing) -> {
            Watch w = existing == null ? new Watch() : existing;
            w.connections.add(connection);
            return w;
        });
        while (watch.connections.size() > MAX_PER_TICKET) {
            watch.connections.get(0).close();
            watch.connections.remove(0);
        }
        // The first status is read off the WebSocket thread, like every later one.
        submit(() -> sendCurrent(trackingId, connection));
    }

    void disconnect(Session session) {
        PhoneConnection connection = bySession.remove(session);
        if (connection == null) {
            return;
        }
        count.decrementAndGet();
        watches.computeIfPresent(connection.trackingId(), (id, watch) -> {
            watch.connections.remove(connection);
            return watch.connections.isEmpty() ? null : watch;
        });
    }

    void pong(Session session) {
        PhoneConnection connection = bySession.get(session);
        if (connection != null) {
            connection.sendIfIdle(PONG);
        }
    }

    /** How many phones this node has connected now (for tests and monitoring). */
    public int connectedPhones() {
        return bySession.size();
    }

    void onQueueChange(@Observes QueueBroadcast broadcast) {
        QueueChange change = broadcast.change();
        Set<String> services = new HashSet<>();
        if (change.serviceCode() != null) {
            services.add(change.serviceCode());
        }
        if (change.services() != null) {
            services.addAll(change.services());
        }
        watches.forEach((trackingId, watch) -> {
            if (trackingId.equals(change.trackingId()) || (watch.serviceCode != null && services.contains(watch.serviceCode))) {
                dirty.add(trackingId);
            }
        });
        if (!dirty.isEmpty() && flushScheduled.compareAndSet(false, true)) {
            try {
                scheduler.schedule(this::flush, COALESCE_MILLIS, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                flushScheduled.set(false);
            }
        }
    }

    private void flush() {
        flushScheduled.set(false);
        List<String> ids = new ArrayList<>(dirty);
        dirty.removeAll(ids);
        if (ids.isEmpty()) {
            return;
        }
        try {
            Map<String, TicketStatusView> statuses = queries.ticketStatuses(ids);
            statuses.forEach(this::push);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not refresh " + ids.size() + " phone(s); they poll until the next change", e);
        }
    }

    private void sendCurrent(String trackingId, PhoneConnection connection) {
        TicketStatusView status;
        try {
            status = queries.ticketStatuses(List.of(trackingId)).get(trackingId);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Status not read for a new phone connection", e);
            return;
        }
        if (status == null) {
            disconnect(connection.session());
            close(connection.session(), UNKNOWN_TICKET);
            return;
        }
        Watch watch = watches.get(trackingId);
        String json = message(status);
        if (watch != null) {
            watch.serviceCode = status.serviceCode();
            watch.lastSent = json;
        }
        connection.send(json);
    }

    private void push(String trackingId, TicketStatusView status) {
        Watch watch = watches.get(trackingId);
        if (watch == null) {
            return;
        }
        watch.serviceCode = status.serviceCode();
        String json = message(status);
        if (json.equals(watch.lastSent)) {
            return;
        }
        watch.lastSent = json;
        watch.connections.forEach(c -> c.send(json));
    }

    static String message(TicketStatusView status) {
        return "{\"type\":\"status\",\"ticket\":" + JSON.toJson(status) + "}";
    }

    private void submit(Runnable work) {
        try {
            scheduler.execute(work);
        } catch (RejectedExecutionException e) {
            LOG.fine("Phone status not sent now (executor saturated); the page polls");
        }
    }

    private static void close(Session session, CloseReason reason) {
        try {
            session.close(reason);
        } catch (IOException | RuntimeException ignored) {
            // already gone
        }
    }
}
