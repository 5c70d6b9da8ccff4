package org.clinicqueue.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * kill -9 of WildFly while patients are joining: afterwards every ticket a patient was told about must be in
 * the database exactly once, and every display must be back with the current state soon after the server
 * accepts connections again.
 */
final class CrashRecoveryScenario {

    private final Benchmark.Context context;

    CrashRecoveryScenario(Benchmark.Context context) {
        this.context = context;
    }

    Result run(int displayCount, int issuers) throws Exception {
        Ticketing setup = context.ticketing();
        String service = setup.service("CRS");
        String secret = setup.display("CRASH", List.of(service));
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(2)).build();
        URI uri = URI.create(context.base().replaceFirst("^http", "ws") + "ws/displays/CRASH");
        List<DisplayClient> displays = new ArrayList<>();
        for (int i = 0; i < displayCount; i++) {
            DisplayClient display = new DisplayClient(http, uri, secret, scheduler);
            display.reconnectOnDrop(true);
            display.connect();
            displays.add(display);
        }
        CallLatencyScenario.awaitSnapshots(displays, Duration.ofSeconds(60));

        Load load = new Load(context.base(), service, issuers);
        load.start();
        Thread.sleep(5000);
        int beforeKill = load.acknowledged().size();
        Instant killedAt = Instant.now();
        context.stack().killServer();
        Instant restartAt = Instant.now();
        context.stack().startServer();
        boolean healthy = context.stack().awaitHealthy(Duration.ofMinutes(5));
        Instant acceptingAt = Instant.now();
        boolean synced = awaitAll(displays, killedAt, Duration.ofSeconds(120));
        Instant lastSynced = displays.stream().map(DisplayClient::lastSnapshotAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(Instant.now());
        Thread.sleep(5000);
        load.stop();
        scheduler.shutdownNow();

        Ticketing.Check check = setup.check(List.of(service), load.acknowledged());
        Duration syncTime = Duration.between(acceptingAt, lastSynced).isNegative() ? Duration.ZERO : Duration.between(acceptingAt, lastSynced);
        return new Result("kill -9 of WildFly while " + issuers + " clients are issuing, " + displayCount + " displays connected")
                .row("tickets acknowledged before the kill", String.valueOf(beforeKill))
                .row("tickets acknowledged in all", String.valueOf(load.acknowledged().size()))
                .row("requests that failed while the server was down", String.valueOf(load.failures()))
                .row("acknowledged tickets missing from the database", String.valueOf(check.acknowledgedMissing()), "0", check.acknowledgedMissing() == 0)
                .row("duplicate numbers", String.valueOf(check.duplicateNumbers()), "0", check.duplicateNumbers() == 0)
                .row("gaps in the numbering", String.valueOf(check.gaps()))
                .row("restart until the application answered", context.seconds(Duration.between(restartAt, acceptingAt)) + (healthy ? "" : " (NOT healthy)"))
                .row("displays back with a fresh snapshot, after the server accepted connections",
                        displays.stream().filter(d -> d.lastSnapshotAt() != null && d.lastSnapshotAt().isAfter(killedAt)).count() + " of " + displayCount
                                + " within " + context.seconds(syncTime), "all within 15 s", synced && syncTime.toSeconds() <= 15)
                .note("A request in flight at the kill gets no answer; its ticket may or may not exist, but the patient was not told it does.");
    }

    private static boolean awaitAll(List<DisplayClient> displays, Instant after, Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (displays.stream().allMatch(d -> d.lastSnapshotAt() != null && d.lastSnapshotAt().isAfter(after))) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    /** Patients joining continuously, remembering every ticket they were told was issued. */
    static final class Load {

        private final String base;
        private final String service;
        private final int threads;
        private final Queue<Ticketing.Issued> acknowledged = new ConcurrentLinkedQueue<>();
        private final List<Thread> workers = new ArrayList<>();
        private final Queue<Instant> successes = new ConcurrentLinkedQueue<>();
        private volatile boolean running = true;
        private volatile int failures;

        Load(String base, String service, int threads) {
            this.base = base;
            this.service = service;
            this.threads = threads;
        }

        void start() {
            for (int t = 0; t < threads; t++) {
                Thread worker = new Thread(this::work, "bench-load-" + t);
                worker.start();
                workers.add(worker);
            }
        }

        private void work() {
            BenchHttp patient = BenchHttp.anonymous(base);
            int n = 0;
            while (running) {
                Ticketing.Issued issued = null;
                try {
                    issued = Ticketing.issue(patient, service, "Load " + Thread.currentThread().getName() + " " + n++);
                } catch (RuntimeException serverDown) {
                    // connection refused or reset: the patient was told nothing
                }
                if (issued != null) {
                    acknowledged.add(issued);
                    successes.add(Instant.now());
                } else {
                    failures++;
                    sleep(100);
                }
            }
        }

        Instant firstSuccessAfter(Instant moment) {
            return successes.stream().filter(t -> t.isAfter(moment)).min(Comparator.naturalOrder()).orElse(null);
        }

        void stop() throws InterruptedException {
            running = false;
            for (Thread worker : workers) {
                worker.join();
            }
        }

        Queue<Ticketing.Issued> acknowledged() {
            return acknowledged;
        }

        int failures() {
            return failures;
        }

        private static void sleep(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
