package org.clinicqueue.interfaces.websocket;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.websocket.Session;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clinicqueue.application.display.Announcer;
import org.clinicqueue.application.display.DisplayFeed;
import org.clinicqueue.application.display.DisplayViews;
import org.clinicqueue.application.history.QueueBroadcast;
import org.clinicqueue.application.history.QueueChange;
import org.clinicqueue.application.queries.QueueLengths;
import org.clinicqueue.domain.audit.AuditAction;

/**
 * This node's display connections, and what each is sent.
 *
 * <p>Every committed queue change reaches this node as a {@link QueueBroadcast} (from whichever node made it,
 * in publishing order). The hub numbers it, keeps the last {@value #REPLAY_SIZE} in memory for reconnecting
 * screens, turns it into the update each interested screen needs (privacy-filtered names, announcements in
 * the screen's languages; computed once per display, not once per connection), and queues it on each
 * connection's {@link OutgoingQueue}. Waiting counts of the services that changed follow at most once a
 * second ({@code clinicqueue.display.count-interval-ms}), counted with one query. A new connection first gets either what it missed since the sequence
 * number it reports or, when that is unknown (server restarted, another node, too old), a snapshot built
 * from the database. Pings keep connections open through proxies that drop idle sockets.
 */
@ApplicationScoped
public class DisplayHub {

    static final int REPLAY_SIZE = 1000;
    private static final Logger LOG = Logger.getLogger(DisplayHub.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();
    private static final Set<AuditAction> FREES_COUNTER = EnumSet.of(AuditAction.TICKET_COMPLETED, AuditAction.TICKET_NO_SHOW,
            AuditAction.TICKET_REQUEUED_AFTER_NO_SHOW, AuditAction.TICKET_HELD, AuditAction.TICKET_TRANSFERRED,
            AuditAction.TICKET_CANCELLED);

    /** One open screen connection. */
    private record Connection(Session session, DisplayViews.Screen screen, OutgoingQueue out) {
    }

    /** A numbered item of the feed: a committed change, or fresh waiting counts (change null). */
    private record Numbered(long seq, QueueChange change, Map<String, Long> counts) {
    }

    private record CachedSnapshot(long seq, String json) {
    }

    private final String epoch = UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, Connection> connections = new ConcurrentHashMap<>();
    private final Map<String, CachedSnapshot> snapshots = new ConcurrentHashMap<>();
    private final Deque<Numbered> recent = new ArrayDeque<>();
    private long seq;

    @Inject
    private DisplayFeed feed;

    @Inject
    private QueueLengths lengths;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private final Set<String> changedServices = ConcurrentHashMap.newKeySet();
    private ScheduledFuture<?> pings;
    private ScheduledFuture<?> counts;

    @PostConstruct
    void startTimers() {
        long every = Long.getLong("clinicqueue.websocket.ping-seconds", 25);
        pings = scheduler.scheduleAtFixedRate(this::pingAll, every, every, TimeUnit.SECONDS);
        long countInterval = Long.getLong("clinicqueue.display.count-interval-ms", 1000);
        counts = scheduler.scheduleWithFixedDelay(this::sendWaitingCounts, countInterval, countInterval, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stopTimers() {
        if (pings != null) {
            pings.cancel(false);
        }
        if (counts != null) {
            counts.cancel(false);
        }
    }

    /**
     * A screen connected (its secret was checked at the handshake): catch it up, then keep it informed.
     *
     * <p>Registering and replaying happen under the hub's lock, which also numbers and delivers changes, so a
     * screen that reports a known sequence number gets exactly the changes after it, in order. Otherwise the
     * snapshot is built outside the lock (a reconnect storm after a restart must not stall live updates) and
     * put in front of whatever was queued meanwhile; a change that is both in the snapshot and queued after
     * it is harmless (displays treat updates as idempotent and announce each call once).
     */
    public void connect(Session session, DisplayViews.Screen screen, String lastEpoch, Long lastSeq) {
        OutgoingQueue out = new OutgoingQueue(session);
        boolean caughtUp;
        long current;
        Announcer announcer = epoch.equals(lastEpoch) ? feed.announcer() : null;
        synchronized (this) {
            connections.put(session.getId(), new Connection(session, screen, out));
            current = seq;
            List<Numbered> missed = announcer == null ? null : missedSince(lastSeq);
            caughtUp = missed != null;
            if (caughtUp) {
                for (Numbered n : missed) {
                    updateFor(n, screen, announcer).ifPresent(u -> out.send(JSON.toJson(u)));
                }
                out.release();
            }
        }
        if (!caughtUp) {
            out.sendFirst(snapshotJson(screen, current));
        }
    }

    public void disconnect(Session session) {
        connections.remove(session.getId());
    }

    /** The state for the REST fallback, stamped like a snapshot so the screen can later reconnect with it. */
    public String snapshotJson(DisplayViews.Screen screen) {
        long current;
        synchronized (this) {
            current = seq;
        }
        return snapshotJson(screen, current);
    }

    /** Connections of the same display that arrive together (a restart) share one snapshot per sequence number. */
    private String snapshotJson(DisplayViews.Screen screen, long current) {
        CachedSnapshot cached = snapshots.get(screen.code());
        if (cached != null && cached.seq() == current) {
            return cached.json();
        }
        String json = JSON.toJson(new DisplayMessages.Snapshot(epoch, current, feed.state(screen)));
        snapshots.put(screen.code(), new CachedSnapshot(current, json));
        return json;
    }

    void onChange(@Observes QueueBroadcast broadcast) {
        QueueChange change = broadcast.change();
        // Calls need the announcement templates and privacy mode: one read per call, before taking the lock.
        Announcer announcer = change.isCall() && !connections.isEmpty() ? feed.announcer() : null;
        synchronized (this) {
            append(new Numbered(++seq, change, null), announcer);
        }
        if (change.services() != null) {
            changedServices.addAll(change.services());
        }
    }

    /** Called with the lock held: buffer for catch-up, then send. */
    private void append(Numbered numbered, Announcer announcer) {
        recent.addLast(numbered);
        if (recent.size() > REPLAY_SIZE) {
            recent.removeFirst();
        }
        try {
            deliver(numbered, announcer);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not deliver a queue change to the displays", e);
        }
    }

    /**
     * Waiting counts go out at most once per interval, for the services that changed: one grouped query per
     * node, however many patients joined meanwhile.
     */
    private void sendWaitingCounts() {
        if (changedServices.isEmpty()) {
            return;
        }
        Set<String> services = new HashSet<>(changedServices);
        changedServices.removeAll(services);
        if (connections.isEmpty()) {
            return;
        }
        try {
            Map<String, Long> counts = lengths.waiting(services);
            synchronized (this) {
                append(new Numbered(++seq, null, counts), null);
            }
        } catch (RuntimeException e) {
            changedServices.addAll(services);
            LOG.log(Level.FINE, "Waiting counts not refreshed this time", e);
        }
    }

    private void deliver(Numbered numbered, Announcer announcer) {
        Map<String, String> jsonByDisplay = new HashMap<>();
        for (Connection c : connections.values()) {
            String json = jsonByDisplay.computeIfAbsent(c.screen().code(),
                    code -> updateFor(numbered, c.screen(), announcer).map(JSON::toJson).orElse(""));
            if (!json.isEmpty()) {
                c.out().send(json);
            }
        }
    }

    /** What this screen needs to hear of the change, if anything. */
    private Optional<DisplayMessages.Update> updateFor(Numbered n, DisplayViews.Screen screen, Announcer announcer) {
        if (n.change() == null) {
            Map<String, Long> mine = new LinkedHashMap<>();
            n.counts().forEach((service, count) -> {
                if (screen.serviceCodes().contains(service)) {
                    mine.put(service, count);
                }
            });
            return mine.isEmpty() ? Optional.empty()
                    : Optional.of(new DisplayMessages.Update("update", epoch, n.seq(), "WAITING_COUNTS", null, null, mine, null, null));
        }
        QueueChange c = n.change();
        if (c.kind() == AuditAction.DISPLAY_MESSAGE_CHANGED) {
            if (c.displayCode() != null && !c.displayCode().equals(screen.code())) {
                return Optional.empty();
            }
            return Optional.of(new DisplayMessages.Update("update", epoch, n.seq(), c.kind().name(), null, null, null, true, c.reason()));
        }
        boolean mine = c.serviceCode() != null && screen.serviceCodes().contains(c.serviceCode());
        boolean touchesMine = c.services() != null && c.services().stream().anyMatch(screen.serviceCodes()::contains);
        if (!mine && !touchesMine) {
            return Optional.empty();
        }
        DisplayViews.Call call = mine && c.isCall() && announcer != null ? announcer.call(c, screen) : null;
        DisplayMessages.CounterChange counter = counterChange(c, call);
        if (call == null && counter == null) {
            return Optional.empty(); // only the queue length changed: the next waiting-count update says so
        }
        return Optional.of(new DisplayMessages.Update("update", epoch, n.seq(), c.kind().name(), call, counter, null, null, null));
    }

    /** The counter line after the change; the name (privacy-filtered) only comes with a call. */
    private static DisplayMessages.CounterChange counterChange(QueueChange c, DisplayViews.Call call) {
        if (c.counterId() == null) {
            return null;
        }
        boolean atCounter = c.isCall() || c.kind() == AuditAction.SERVICE_STARTED;
        if (!atCounter && !FREES_COUNTER.contains(c.kind()) && c.kind() != AuditAction.COUNTER_STATUS_CHANGED) {
            return null;
        }
        return new DisplayMessages.CounterChange(c.counterId(), c.counterName(), c.counterStatus(),
                atCounter ? c.ticketNumber() : null, call == null ? null : call.name());
    }

    /** The buffered changes after {@code lastSeq}, or null when some of them are no longer buffered. */
    private List<Numbered> missedSince(Long lastSeq) {
        if (lastSeq == null || lastSeq > seq) {
            return null;
        }
        if (lastSeq == seq) {
            return List.of();
        }
        if (recent.isEmpty() || recent.peekFirst().seq() > lastSeq + 1) {
            return null;
        }
        return recent.stream().filter(n -> n.seq() > lastSeq).toList();
    }

    private void pingAll() {
        connections.values().forEach(c -> c.out().ping());
    }

    public int connectionCount() {
        return connections.size();
    }

    String epoch() {
        return epoch;
    }
}
