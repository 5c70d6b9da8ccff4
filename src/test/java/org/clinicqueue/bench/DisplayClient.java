package org.clinicqueue.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One simulated display screen: a WebSocket like the display page's, which records when each call arrived
 * (against the server's own timestamp of the call: client and server share this machine's clock) and, like
 * the page, reconnects with jittered back-off when the connection drops.
 */
final class DisplayClient implements WebSocket.Listener {

    private static final Pattern CALL = Pattern.compile("\"call\":\\{.*?\"at\":\"([^\"]+)\".*?\"ticketId\":(\\d+)|\"call\":\\{.*?\"ticketId\":(\\d+).*?\"at\":\"([^\"]+)\"");

    private final HttpClient http;
    private final URI uri;
    private final String key;
    private final ScheduledExecutorService scheduler;
    private final Map<Long, Double> callLatencyMs = new ConcurrentHashMap<>();
    private final StringBuilder partial = new StringBuilder();
    private final AtomicLong snapshots = new AtomicLong();
    private volatile boolean open;
    private volatile boolean reconnect;
    private volatile Instant lastSnapshotAt;
    private int attempts;

    DisplayClient(HttpClient http, URI uri, String key, ScheduledExecutorService scheduler) {
        this.http = http;
        this.uri = uri;
        this.key = key;
        this.scheduler = scheduler;
    }

    void connect() {
        http.newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(20))
                .subprotocols("clinicqueue.v1", "key." + key)
                .buildAsync(uri, this)
                .whenComplete((socket, error) -> {
                    if (error != null) {
                        retry();
                    } else {
                        attempts = 0;
                        open = true;
                    }
                });
    }

    /** From now on, reconnect after a drop, as the display page does. */
    void reconnectOnDrop(boolean enabled) {
        this.reconnect = enabled;
    }

    private void retry() {
        open = false;
        if (!reconnect) {
            return;
        }
        attempts++;
        long delay = (long) (Math.min(5000, 500 * Math.pow(2, Math.min(attempts - 1, 4))) * (0.5 + ThreadLocalRandom.current().nextDouble()));
        scheduler.schedule(this::connect, delay, TimeUnit.MILLISECONDS);
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            String message = partial.toString();
            partial.setLength(0);
            Instant received = Instant.now();
            if (message.startsWith("{\"type\":\"snapshot\"") || message.contains("\"type\":\"snapshot\"")) {
                snapshots.incrementAndGet();
                lastSnapshotAt = received;
            } else if (message.contains("\"call\":{")) {
                Matcher m = CALL.matcher(message);
                if (m.find()) {
                    String at = m.group(1) != null ? m.group(1) : m.group(4);
                    long ticket = Long.parseLong(m.group(2) != null ? m.group(2) : m.group(3));
                    callLatencyMs.putIfAbsent(ticket, Duration.between(Instant.parse(at), received).toNanos() / 1e6);
                }
            }
        }
        socket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onPing(WebSocket socket, ByteBuffer message) {
        socket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
        retry();
        return null;
    }

    @Override
    public void onError(WebSocket socket, Throwable error) {
        retry();
    }

    boolean isOpen() {
        return open;
    }

    long snapshots() {
        return snapshots.get();
    }

    Instant lastSnapshotAt() {
        return lastSnapshotAt;
    }

    Double latencyOf(long ticketId) {
        return callLatencyMs.get(ticketId);
    }
}
