package org.clinicqueue.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The database restarts while patients are joining and WildFly keeps running: the connection pool must
 * notice the broken connections and recover by itself.
 */
final class DatabaseRestartScenario {

    private final Benchmark.Context context;

    DatabaseRestartScenario(Benchmark.Context context) {
        this.context = context;
    }

    Result run(int issuers, Duration outage) throws Exception {
        String service = context.ticketing().service("DBR");
        CrashRecoveryScenario.Load load = new CrashRecoveryScenario.Load(context.base(), service, issuers);
        load.start();
        Thread.sleep(3000);
        context.stack().stopDatabase();
        Thread.sleep(outage.toMillis());
        context.stack().startDatabase();
        Instant databaseUp = Instant.now();
        Instant recovered = null;
        Instant deadline = databaseUp.plusSeconds(120);
        while (recovered == null && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            recovered = load.firstSuccessAfter(databaseUp);
        }
        Thread.sleep(3000);
        load.stop();
        Ticketing.Check check = context.ticketing().check(List.of(service), load.acknowledged());
        Duration recovery = recovered == null ? null : Duration.between(databaseUp, recovered);
        return new Result("Database restart under load (" + issuers + " clients issuing, WildFly not restarted)")
                .row("database down for", context.seconds(outage))
                .row("requests that failed meanwhile", String.valueOf(load.failures()))
                .row("issuing works again after the database is back", recovery == null ? "never (within 2 min)" : context.seconds(recovery),
                        "≤ 30 s", recovery != null && recovery.toSeconds() <= 30)
                .row("acknowledged tickets missing from the database", String.valueOf(check.acknowledgedMissing()), "0", check.acknowledgedMissing() == 0)
                .row("duplicate numbers", String.valueOf(check.duplicateNumbers()), "0", check.duplicateNumbers() == 0);
    }
}
