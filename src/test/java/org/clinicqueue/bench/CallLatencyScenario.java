package org.clinicqueue.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Call-to-display latency: N display connections are open while patients keep joining in the background; a
 * clerk calls patients one after another, and each connection records when each call arrived. Latency is
 * measured from the server's own timestamp of the call (taken inside the calling transaction, so commit,
 * the cluster topic and the fan-out are all included) to the arrival at the client, on the same clock.
 */
final class CallLatencyScenario {

    private static final int SOCKETS_PER_HTTP_CLIENT = 500;

    private final Benchmark.Context context;

    CallLatencyScenario(Benchmark.Context context) {
        this.context = context;
    }

    Result run(int connections, int calls, boolean withPollingBaseline, boolean measureHeap) throws Exception {
        Ticketing setup = context.ticketing();
        String service = setup.service("LAT");
        long counter = setup.counter(service);
        String displayCode = "LAT" + connections;
        String secret = setup.display(displayCode, List.of(service));
        BenchHttp patient = BenchHttp.anonymous(context.base());
        for (int i = 0; i < calls + 20; i++) {
            Ticketing.issue(patient, service, "Patient " + i);
        }

        long heapBefore = measureHeap ? context.serverHeapAfterGc() : 0;
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
        List<DisplayClient> displays = openDisplays(displayCode, secret, connections, scheduler);
        Instant connectStart = Instant.now();
        boolean allConnected = awaitSnapshots(displays, Duration.ofSeconds(connections >= 5000 ? 240 : 120));
        Duration connectTime = Duration.between(connectStart, Instant.now());
        long heapAfter = measureHeap ? context.serverHeapAfterGc() : 0;

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger backgroundIssued = new AtomicInteger();
        Thread background = new Thread(() -> issueInBackground(service, running, backgroundIssued), "bench-background-issuing");
        background.start();
        Pollers pollers = withPollingBaseline ? new Pollers(displayCode, secret, 20) : null;

        BenchHttp clerk = BenchHttp.signedIn(context.base(), "clerk", "clerk123");
        List<Long> calledTickets = new ArrayList<>();
        Map<Long, Instant> calledAt = new ConcurrentHashMap<>();
        Instant callsStart = Instant.now();
        for (int i = 0; i < calls; i++) {
            HttpResponse<String> called = clerk.post("api/counters/" + counter + "/call-next", "");
            if (called.statusCode() == 200) {
                long ticket = BenchHttp.json(called).getJsonNumber("id").longValue();
                calledTickets.add(ticket);
                calledAt.put(ticket, Instant.parse(BenchHttp.json(called).getString("calledAt")));
                Thread.sleep(300);
                clerk.post("api/counters/" + counter + "/complete", "");
            }
        }
        Duration callsTime = Duration.between(callsStart, Instant.now());
        Thread.sleep(3000);
        running.set(false);
        background.join();

        List<Double> samples = new ArrayList<>();
        List<Double> slowestPerCall = new ArrayList<>();
        long missing = 0;
        for (long ticket : calledTickets) {
            double slowest = 0;
            for (DisplayClient display : displays) {
                Double latency = display.latencyOf(ticket);
                if (latency == null) {
                    missing++;
                } else {
                    samples.add(latency);
                    slowest = Math.max(slowest, latency);
                }
            }
            slowestPerCall.add(slowest);
        }
        Stats stats = new Stats(samples);
        double p99Target = connections <= 1000 ? 100 : 300;
        Result result = new Result("Call-to-display latency, " + connections + " WebSocket connections")
                .row("connections open (snapshot received)", displays.stream().filter(d -> d.snapshots() > 0).count() + " of " + connections
                        + " in " + context.seconds(connectTime), "all", allConnected)
                .row("calls made", calledTickets.size() + " (one every " + (callsTime.toMillis() / Math.max(1, calledTickets.size())) + " ms)")
                .row("background joining meanwhile", backgroundIssued.get() + " tickets")
                .row("deliveries measured", String.valueOf(stats.count()))
                .row("deliveries missing", String.valueOf(missing), "0", missing == 0)
                .row("p50", Stats.ms(stats.percentile(50)))
                .row("p95", Stats.ms(stats.percentile(95)))
                .row("p99", Stats.ms(stats.percentile(99)), "< " + (int) p99Target + " ms", stats.percentile(99) < p99Target)
                .row("max", Stats.ms(stats.max()))
                .row("median time until the last screen had a call", Stats.ms(new Stats(slowestPerCall).percentile(50)));
        if (measureHeap) {
            double perSession = (heapAfter - heapBefore) / (double) connections;
            result.row("server heap after GC, before → after opening", (heapBefore / 1024 / 1024) + " MB → " + (heapAfter / 1024 / 1024) + " MB")
                    .row("heap per open WebSocket session", String.format("%.1f KB", perSession / 1024), "< 50 KB", perSession < 50 * 1024);
        }
        if (pollers != null) {
            Stats polled = pollers.stop(calledAt);
            result.row("baseline: a display polling every 2 s sees a call after (mean)", Stats.ms(polled.mean()))
                    .row("baseline: polling p99", Stats.ms(polled.percentile(99)));
        }
        scheduler.shutdownNow();
        return result;
    }

    private List<DisplayClient> openDisplays(String code, String secret, int count, ScheduledExecutorService scheduler) throws InterruptedException {
        URI uri = URI.create(context.base().replaceFirst("^http", "ws") + "ws/displays/" + code);
        List<DisplayClient> displays = new ArrayList<>();
        HttpClient http = null;
        for (int i = 0; i < count; i++) {
            if (i % SOCKETS_PER_HTTP_CLIENT == 0) {
                http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(2, r -> {
                    Thread t = new Thread(r, "bench-ws");
                    t.setDaemon(true);
                    return t;
                })).build();
            }
            DisplayClient display = new DisplayClient(http, uri, secret, scheduler);
            display.reconnectOnDrop(true);
            display.connect();
            displays.add(display);
            if (i % 100 == 99) {
                Thread.sleep(50); // a ramp, not a SYN flood: about 2,000 connections a second at most
            }
        }
        return displays;
    }

    static boolean awaitSnapshots(List<DisplayClient> displays, Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (displays.stream().allMatch(d -> d.snapshots() > 0)) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private void issueInBackground(String service, AtomicBoolean running, AtomicInteger issued) {
        BenchHttp patient = BenchHttp.anonymous(context.base());
        while (running.get()) {
            if (Ticketing.issue(patient, service, "Background " + issued.get()) != null) {
                issued.incrementAndGet();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Displays that poll the REST state every 2 s (the simplest seed system's way), for comparison. */
    private final class Pollers {

        /** For each polling display, when it first saw each call. */
        private final List<Map<Long, Instant>> firstSeen = new ArrayList<>();
        private final ScheduledExecutorService pool = Executors.newScheduledThreadPool(4);

        Pollers(String code, String secret, int count) {
            for (int i = 0; i < count; i++) {
                BenchHttp http = BenchHttp.anonymous(context.base());
                Map<Long, Instant> seen = new ConcurrentHashMap<>();
                firstSeen.add(seen);
                long offset = ThreadLocalRandom.current().nextLong(2000);
                pool.scheduleAtFixedRate(() -> poll(http, code, secret, seen), offset, 2000, TimeUnit.MILLISECONDS);
            }
        }

        private void poll(BenchHttp http, String code, String secret, Map<Long, Instant> seen) {
            try {
                HttpResponse<String> state = http.get("api/displays/" + code + "/state", "X-Display-Key", secret);
                Instant now = Instant.now();
                var recent = BenchHttp.json(state).getJsonObject("state").getJsonArray("recentCalls");
                for (int i = 0; i < recent.size(); i++) {
                    seen.putIfAbsent(recent.getJsonObject(i).getJsonNumber("ticketId").longValue(), now);
                }
            } catch (RuntimeException ignored) {
                // a failed poll just sees the call later
            }
        }

        /** Per polling display and call: from the call to the poll that first showed it. */
        Stats stop(Map<Long, Instant> calledAt) {
            pool.shutdownNow();
            List<Double> delays = new ArrayList<>();
            for (Map<Long, Instant> seen : firstSeen) {
                calledAt.forEach((ticket, at) -> {
                    Instant first = seen.get(ticket);
                    if (first != null) {
                        delays.add(Duration.between(at, first).toNanos() / 1e6);
                    }
                });
            }
            return new Stats(delays);
        }
    }
}
