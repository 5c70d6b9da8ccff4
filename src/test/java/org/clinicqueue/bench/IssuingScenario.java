package org.clinicqueue.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Issuing throughput: many clients joining at once, as patients, on one service (all contending for the same
 * number sequence) or spread over several; then every acknowledged ticket is checked against the database.
 */
final class IssuingScenario {

    private final Benchmark.Context context;

    IssuingScenario(Benchmark.Context context) {
        this.context = context;
    }

    Result run(int services, int clients, int tickets) throws Exception {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < services; i++) {
            codes.add(context.ticketing().service("ISS"));
        }
        Queue<Ticketing.Issued> acknowledged = new ConcurrentLinkedQueue<>();
        Queue<Double> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger remaining = new AtomicInteger(tickets);
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        Instant start = Instant.now();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                BenchHttp patient = BenchHttp.anonymous(context.base());
                int n;
                while ((n = remaining.getAndDecrement()) > 0) {
                    String service = codes.get(n % codes.size());
                    long t0 = System.nanoTime();
                    Ticketing.Issued issued = Ticketing.issue(patient, service, "Patient " + n);
                    latencies.add((System.nanoTime() - t0) / 1e6);
                    if (issued == null) {
                        failures.incrementAndGet();
                    } else {
                        acknowledged.add(issued);
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        Duration elapsed = Duration.between(start, Instant.now());
        pool.shutdown();
        Ticketing.Check check = context.ticketing().check(codes, acknowledged);
        Stats stats = new Stats(latencies);
        double perSecond = acknowledged.size() / (elapsed.toMillis() / 1000.0);
        Result result = new Result("Ticket issuing, " + services + (services == 1 ? " service" : " services") + ", " + clients + " concurrent clients")
                .row("tickets issued (201)", acknowledged.size() + " of " + tickets + " in " + context.seconds(elapsed))
                .row("refused or failed", String.valueOf(failures.get()), "0", failures.get() == 0)
                .row("throughput", String.format("%.0f tickets/s", perSecond), services == 1 ? "≥ 300 tickets/s" : "", services != 1 || perSecond >= 300)
                .row("request time p50 / p99", Stats.ms(stats.percentile(50)) + " / " + Stats.ms(stats.percentile(99)))
                .row("tickets in the database", String.valueOf(check.tickets()))
                .row("duplicate numbers", String.valueOf(check.duplicateNumbers()), "0", check.duplicateNumbers() == 0)
                .row("gaps in the numbering", String.valueOf(check.gaps()), "0", check.gaps() == 0)
                .row("acknowledged but not stored", String.valueOf(check.acknowledgedMissing()), "0", check.acknowledgedMissing() == 0);
        return result;
    }
}
