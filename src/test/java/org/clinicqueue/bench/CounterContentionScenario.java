package org.clinicqueue.bench;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Many counters of one service pressing "call next" as fast as they can until nobody waits. */
final class CounterContentionScenario {

    private final Benchmark.Context context;

    CounterContentionScenario(Benchmark.Context context) {
        this.context = context;
    }

    Result run(int counters, int waiting) throws Exception {
        Ticketing setup = context.ticketing();
        String service = setup.service("CNT");
        List<Long> counterIds = new ArrayList<>();
        for (int i = 0; i < counters; i++) {
            counterIds.add(setup.counter(service));
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(counters, 20));
        List<Future<?>> fill = new ArrayList<>();
        int perThread = waiting / 20;
        for (int t = 0; t < 20; t++) {
            int first = t * perThread;
            fill.add(pool.submit(() -> {
                BenchHttp patient = BenchHttp.anonymous(context.base());
                for (int i = 0; i < perThread; i++) {
                    Ticketing.issue(patient, service, "Waiting " + (first + i));
                }
                return null;
            }));
        }
        for (Future<?> f : fill) {
            f.get();
        }
        int queued = perThread * 20;

        Queue<Long> called = new ConcurrentLinkedQueue<>();
        Queue<Double> callTimes = new ConcurrentLinkedQueue<>();
        CyclicBarrier start = new CyclicBarrier(counters);
        List<Future<?>> desks = new ArrayList<>();
        Instant[] started = new Instant[1];
        for (long counter : counterIds) {
            desks.add(pool.submit(() -> {
                BenchHttp clerk = BenchHttp.signedIn(context.base(), "clerk", "clerk123");
                start.await(60, TimeUnit.SECONDS);
                synchronized (started) {
                    if (started[0] == null) {
                        started[0] = Instant.now();
                    }
                }
                while (true) {
                    long t0 = System.nanoTime();
                    HttpResponse<String> next = clerk.post("api/counters/" + counter + "/call-next", "");
                    callTimes.add((System.nanoTime() - t0) / 1e6);
                    if (next.statusCode() == 204) {
                        return null;
                    }
                    if (next.statusCode() != 200) {
                        throw new IllegalStateException("call-next answered " + next.statusCode() + ": " + next.body());
                    }
                    JsonObject ticket = BenchHttp.json(next);
                    called.add(ticket.getJsonNumber("id").longValue());
                    clerk.post("api/counters/" + counter + "/complete", "");
                }
            }));
        }
        for (Future<?> desk : desks) {
            desk.get();
        }
        Duration elapsed = Duration.between(started[0], Instant.now());
        pool.shutdown();
        long distinct = new HashSet<>(called).size();
        long calledTwiceInAudit = setup.countCalledTwice(service);
        Stats stats = new Stats(callTimes);
        return new Result("Concurrent \"call next\", " + counters + " counters on one service")
                .row("patients waiting at the start", String.valueOf(queued))
                .row("patients called", called.size() + " in " + context.seconds(elapsed), String.valueOf(queued), called.size() == queued)
                .row("patients called twice (responses)", String.valueOf(called.size() - distinct), "0", called.size() == distinct)
                .row("patients called twice (audit trail)", String.valueOf(calledTwiceInAudit), "0", calledTwiceInAudit == 0)
                .row("throughput", String.format("%.0f patients/s (call next + complete)", called.size() / (elapsed.toMillis() / 1000.0)))
                .row("call-next request time p50 / p99", Stats.ms(stats.percentile(50)) + " / " + Stats.ms(stats.percentile(99)));
    }
}
