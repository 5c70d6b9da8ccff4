package org.clinicqueue.bench;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code -Dbench.scenarios=reports}: a year of a busy hospital's history (about 5 million tokens, 20 million
 * audit lines), generated in the benchmark's database with bulk SQL (MariaDB's {@code seq_1_to_N} sequence
 * tables, ten days per statement), summarised by the application's own nightly-summary code through the admin
 * endpoint, then the monthly report of the busiest service timed through the real REST endpoint: cold (first
 * request after WildFly restarted) and warm. For comparison, the same month computed live
 * from the audit trail (its summaries removed), and a whole-hospital day computed live (what today costs).
 *
 * <p>The generated hospital: 8 services (the busiest takes 30 % of patients), 4 counters each with their own
 * staff member, 13,700 tokens a day between 08:00 and 17:00 India time, 86 % served, 6 % no-shows, 4 %
 * cancelled while waiting, 4 % served and then sent to the lab; one served visit in ten rated.
 */
final class ReportsScenario {

    static final int SERVICES = 8;
    static final int COUNTERS_PER_SERVICE = 4;
    static final int[] SHARE = {30, 15, 12, 10, 9, 9, 8, 7};
    static final String ZONE = "Asia/Kolkata";
    /** Generated tickets get ids from here on, clear of the tickets the application issued. */
    static final long FIRST_ID = 1_000_000_000L;

    private final Benchmark.Context context;
    private final String jdbcUrl;

    ReportsScenario(Benchmark.Context context) {
        this.context = context;
        this.jdbcUrl = context.stack().jdbcUrl();
    }

    Result run(int days, int ticketsPerDay) throws Exception {
        BenchHttp admin = BenchHttp.basic(context.base(), "admin", "admin123");
        HttpResponse<String> zone = admin.put("api/admin/settings/hospital.time-zone", "{\"value\":\"" + ZONE + "\"}");
        if (zone.statusCode() / 100 != 2) {
            throw new IllegalStateException("could not set the time zone: " + zone.body());
        }
        LocalDate today = LocalDate.now(ZoneId.of(ZONE));
        LocalDate first = today.minusDays(days);
        List<String> codes = new ArrayList<>();
        List<Long> serviceIds = new ArrayList<>();
        Map<Long, List<Long>> counters = new LinkedHashMap<>();
        for (int s = 0; s < SERVICES; s++) {
            String code = context.ticketing().service("R" + s);
            codes.add(code);
            List<Long> ids = new ArrayList<>();
            for (int k = 0; k < COUNTERS_PER_SERVICE; k++) {
                ids.add(context.ticketing().counter(code));
            }
            long id = serviceId(code);
            serviceIds.add(id);
            counters.put(id, ids);
        }

        long generationStart = System.nanoTime();
        long[] sizes = generate(first, days, ticketsPerDay, serviceIds, counters);
        Duration generation = Duration.ofNanos(System.nanoTime() - generationStart);
        System.out.println("   generated " + sizes[0] + " tickets, " + sizes[1] + " audit lines in " + context.seconds(generation));

        long summaryStart = System.nanoTime();
        for (LocalDate from = first; from.isBefore(today); from = from.plusDays(15)) {
            LocalDate to = from.plusDays(14).isBefore(today) ? from.plusDays(14) : today.minusDays(1);
            HttpResponse<String> r = adminPost("api/reports/daily-summaries?from=" + from + "&to=" + to);
            require(r, 200);
        }
        Duration summaries = Duration.ofNanos(System.nanoTime() - summaryStart);
        System.out.println("   summarised " + days + " days in " + context.seconds(summaries));

        LocalDate monthStart = today.withDayOfMonth(1).minusMonths(1);
        LocalDate monthEnd = monthStart.withDayOfMonth(monthStart.lengthOfMonth());
        String busiest = codes.get(0);
        String monthQuery = "api/reports?from=" + monthStart + "&to=" + monthEnd + "&service=" + busiest;

        restartServer();
        BenchHttp supervisor = BenchHttp.signedIn(context.base(), "supervisor", "supervisor123");
        Timed cold = time(supervisor, monthQuery);
        List<Double> warm = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            warm.add(time(supervisor, monthQuery).millis());
        }
        Stats warmStats = new Stats(warm);
        JsonObject month = BenchHttp.json(cold.body());
        long reportIssued = month.getJsonObject("totals").getJsonNumber("issued").longValue();
        long sqlIssued = countIssued(busiest, monthStart, monthEnd);
        double csv = time(supervisor, monthQuery.replace("api/reports?", "api/reports/export.csv?")).millis();
        double pdf = time(supervisor, monthQuery.replace("api/reports?", "api/reports/export.pdf?")).millis();
        double wholeMonth = time(supervisor, "api/reports?from=" + monthStart + "&to=" + monthEnd).millis();
        double year = time(supervisor, "api/reports?from=" + first + "&to=" + today.minusDays(1) + "&service=" + busiest).millis();

        // without the roll-ups: the same month computed from the audit trail, and one whole-hospital day
        LocalDate yesterday = today.minusDays(1);
        forgetSummaries(monthStart, monthEnd);
        forgetSummaries(yesterday, yesterday);
        Timed liveMonth = time(supervisor, monthQuery);
        Timed liveDay = time(supervisor, "api/reports?from=" + yesterday + "&to=" + yesterday);
        long liveIssued = BenchHttp.json(liveMonth.body()).getJsonObject("totals").getJsonNumber("issued").longValue();

        return new Result("Reports: monthly report of one service on a year of history")
                .row("history", sizes[0] + " tokens, " + sizes[1] + " audit lines, " + sizes[2] + " ratings over " + days + " days, "
                        + SERVICES + " services, " + SERVICES * COUNTERS_PER_SERVICE + " counters")
                .row("generating it (bulk SQL)", context.seconds(generation))
                .row("nightly summary of every day (through the admin endpoint)", context.seconds(summaries) + " ("
                        + Math.round(summaries.toMillis() / (double) days) + " ms a day)")
                .row("the month: " + monthStart + " to " + monthEnd + ", busiest service", reportIssued + " tokens issued (SQL count: "
                        + sqlIssued + ")", "equal", reportIssued == sqlIssued)
                .row("monthly report, cold (first request after WildFly restarted)", Stats.ms(cold.millis()), "< 2000 ms", cold.millis() < 2000)
                .row("monthly report, warm: median / max of 10", Stats.ms(warmStats.percentile(50)) + " / " + Stats.ms(warmStats.max()),
                        "< 2000 ms", warmStats.max() < 2000)
                .row("the same month as CSV / as PDF (warm)", Stats.ms(csv) + " / " + Stats.ms(pdf))
                .row("the month for the whole hospital (warm)", Stats.ms(wholeMonth))
                .row("the whole year of the busiest service (warm)", Stats.ms(year))
                .row("without roll-ups: the month computed live from the audit trail", Stats.ms(liveMonth.millis()) + " (" + liveIssued
                        + " tokens: same figures)", "", liveIssued == reportIssued)
                .row("without roll-ups: one whole-hospital day computed live (what 'today' costs at closing time)", Stats.ms(liveDay.millis()))
                .note("Cold: WildFly was restarted just before (its JIT, Hibernate and connection pool start cold); the database kept "
                        + "running, so the month's few hundred summary rows may be in its buffer pool. The database's buffer pool was set to "
                        + "3 GiB for the bulk load (a production server for this volume would have at least that).");
    }

    /** @return tickets, audit lines, ratings */
    private long[] generate(LocalDate first, int days, int perDay, List<Long> services, Map<Long, List<Long>> counters) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement()) {
            s.execute("SET GLOBAL innodb_buffer_pool_size = 3221225472");
            s.execute("SET GLOBAL innodb_flush_log_at_trx_commit = 2");
            s.execute("SET SESSION foreign_key_checks = 0");
            s.execute("SET SESSION unique_checks = 0");
            s.execute("DROP TABLE IF EXISTS bench_service_pick, bench_counter_pick, bench_step, bench_gen");
            s.execute("CREATE TABLE bench_service_pick (pct INT PRIMARY KEY, service_id BIGINT NOT NULL)");
            s.execute("CREATE TABLE bench_counter_pick (service_id BIGINT, k INT, counter_id BIGINT, staff VARCHAR(64), PRIMARY KEY (service_id, k))");
            s.execute("CREATE TABLE bench_step (step INT PRIMARY KEY)");
            s.execute("INSERT INTO bench_step VALUES (1), (2), (3), (4), (5), (6)");
            int pct = 0;
            for (int i = 0; i < SERVICES; i++) {
                for (int p = 0; p < SHARE[i]; p++) {
                    s.execute("INSERT INTO bench_service_pick VALUES (" + pct++ + ", " + services.get(i) + ")");
                }
                for (int k = 0; k < COUNTERS_PER_SERVICE; k++) {
                    s.execute("INSERT INTO bench_counter_pick VALUES (" + services.get(i) + ", " + k + ", " + counters.get(services.get(i)).get(k)
                            + ", 'bench-" + i + "-" + k + "')");
                }
            }
            s.execute("CREATE TABLE bench_gen (id BIGINT PRIMARY KEY, d INT, n INT, origin BIGINT, target BIGINT, counter1 BIGINT, staff1 VARCHAR(64), "
                    + "counter2 BIGINT, staff2 VARCHAR(64), outcome CHAR(1), h1 BIGINT, t_issued DATETIME(6), t_called DATETIME(6), "
                    + "t_started DATETIME(6), t_end DATETIME(6), t_call2 DATETIME(6), t_end2 DATETIME(6))");
            List<String> auditIndexes = dropSecondaryIndexes(s, "audit_event");
            long lab = services.get(1);
            long fallback = services.get(0);
            for (int d0 = 0; d0 < days; d0 += 10) {
                int d1 = Math.min(days, d0 + 10) - 1;
                s.execute("TRUNCATE TABLE bench_gen");
                s.execute("INSERT INTO bench_gen SELECT g.id, g.d, g.n, sp.service_id, tgt.service_id, cp.counter_id, cp.staff, cp2.counter_id, cp2.staff, "
                        + "g.outcome, g.h1, g.issued, g.issued + INTERVAL g.wait SECOND, g.issued + INTERVAL (g.wait + 40) SECOND, "
                        + "CASE g.outcome WHEN 'N' THEN g.issued + INTERVAL (g.wait + 180) SECOND "
                        + "  WHEN 'C' THEN g.issued + INTERVAL (g.wait DIV 2) SECOND ELSE g.issued + INTERVAL (g.wait + 40 + g.svc) SECOND END, "
                        + "g.issued + INTERVAL (g.wait + 40 + g.svc + 60 + g.h1 % 1800) SECOND, "
                        + "g.issued + INTERVAL (g.wait + 40 + g.svc + 60 + g.h1 % 1800 + 120 + g.h2 % 500) SECOND "
                        + "FROM (SELECT x.id, x.d, x.n, x.h1, x.h2, "
                        + "  TIMESTAMP('" + first + "') + INTERVAL x.d DAY - INTERVAL 330 MINUTE "
                        + "    + INTERVAL (28800 + ((x.h2 % 32400) + ((x.h2 DIV 32400) % 32400)) DIV 2) SECOND AS issued, "
                        + "  60 + x.h3 % 2700 AS wait, 60 + (x.h3 DIV 2700) % 840 AS svc, "
                        + "  CASE WHEN (x.h3 DIV 3000000) % 100 < 86 THEN 'S' WHEN (x.h3 DIV 3000000) % 100 < 92 THEN 'N' "
                        + "       WHEN (x.h3 DIV 3000000) % 100 < 96 THEN 'C' ELSE 'T' END AS outcome "
                        + "  FROM (SELECT " + FIRST_ID + " + d.seq * 100000 + n.seq AS id, d.seq AS d, n.seq AS n, CRC32(CONCAT(d.seq, '/', n.seq)) AS h1, "
                        + "        CRC32(CONCAT(n.seq, '#', d.seq)) AS h2, CRC32(CONCAT('x', d.seq * 7 + n.seq, ':', n.seq)) AS h3 "
                        + "        FROM seq_" + d0 + "_to_" + d1 + " d JOIN seq_1_to_" + perDay + " n) x) g "
                        + "JOIN bench_service_pick sp ON sp.pct = g.h1 % 100 "
                        + "JOIN bench_counter_pick cp ON cp.service_id = sp.service_id AND cp.k = (g.h1 DIV 100) % " + COUNTERS_PER_SERVICE + " "
                        + "JOIN bench_service_pick tgt ON tgt.pct = IF(sp.service_id = " + lab + ", " + pctOf(fallback) + ", " + pctOf(lab) + ") "
                        + "JOIN bench_counter_pick cp2 ON cp2.service_id = tgt.service_id AND cp2.k = (g.h1 DIV 700) % " + COUNTERS_PER_SERVICE);
                s.execute("INSERT INTO ticket (id, origin_service_id, number_prefix, service_id, business_date, session_no, number, tracking_id, "
                        + "patient_name, language, priority, status, channel, serving_counter_id, served_by, queued_at, issued_at, called_at, "
                        + "service_started_at, finished_at) "
                        + "SELECT id, origin, 'B', IF(outcome = 'T', target, origin), DATE('" + first + "') + INTERVAL d DAY, 1, n, CONCAT('bench', id), "
                        + "'Bench Patient', 'en', 'NORMAL', CASE outcome WHEN 'N' THEN 'NO_SHOW' WHEN 'C' THEN 'CANCELLED' ELSE 'DONE' END, 'KIOSK', "
                        + "CASE outcome WHEN 'C' THEN NULL WHEN 'T' THEN counter2 ELSE counter1 END, "
                        + "CASE outcome WHEN 'C' THEN NULL WHEN 'T' THEN staff2 ELSE staff1 END, t_issued, t_issued, "
                        + "CASE outcome WHEN 'C' THEN NULL WHEN 'T' THEN t_call2 ELSE t_called END, "
                        + "CASE outcome WHEN 'S' THEN t_started WHEN 'T' THEN t_call2 ELSE NULL END, "
                        + "IF(outcome = 'T', t_end2, t_end) FROM bench_gen");
                s.execute("INSERT INTO audit_event (occurred_at, actor, action, ticket_id, ticket_number, counter_id, service_id) "
                        + "SELECT CASE s.step WHEN 1 THEN g.t_issued WHEN 2 THEN IF(g.outcome = 'C', g.t_end, g.t_called) "
                        + "  WHEN 3 THEN IF(g.outcome = 'N', g.t_end, g.t_started) WHEN 4 THEN g.t_end WHEN 5 THEN g.t_call2 ELSE g.t_end2 END, "
                        + "CASE WHEN s.step = 1 OR g.outcome = 'C' THEN 'patient' WHEN s.step >= 5 THEN g.staff2 ELSE g.staff1 END, "
                        + "CASE s.step WHEN 1 THEN 'TICKET_ISSUED' "
                        + "  WHEN 2 THEN IF(g.outcome = 'C', 'TICKET_CANCELLED', 'TICKET_CALLED') "
                        + "  WHEN 3 THEN IF(g.outcome = 'N', 'TICKET_NO_SHOW', 'SERVICE_STARTED') "
                        + "  WHEN 4 THEN IF(g.outcome = 'T', 'TICKET_TRANSFERRED', 'TICKET_COMPLETED') "
                        + "  WHEN 5 THEN 'TICKET_CALLED' ELSE 'TICKET_COMPLETED' END, "
                        + "g.id, CONCAT('B-', g.n), "
                        + "CASE WHEN s.step = 1 OR (g.outcome = 'C') THEN NULL WHEN s.step >= 5 THEN g.counter2 ELSE g.counter1 END, "
                        + "IF(g.outcome = 'T' AND s.step >= 4, g.target, g.origin) "
                        + "FROM bench_gen g JOIN bench_step s ON s.step <= CASE g.outcome WHEN 'S' THEN 4 WHEN 'N' THEN 3 WHEN 'C' THEN 2 ELSE 6 END");
                s.execute("INSERT INTO visit_feedback (ticket_id, service_id, service_code, ticket_number, rating, submitted_at) "
                        + "SELECT g.id, g.origin, 'BENCH', CONCAT('B-', g.n), 1 + (g.h1 DIV 13) % 5, g.t_end + INTERVAL 10 MINUTE "
                        + "FROM bench_gen g WHERE g.outcome = 'S' AND g.h1 % 10 = 0");
                System.out.println("   days " + d0 + ".." + d1 + " written");
            }
            long started = System.nanoTime();
            s.execute("ALTER TABLE audit_event " + String.join(", ", auditIndexes));
            System.out.println("   audit indexes rebuilt in " + (System.nanoTime() - started) / 1_000_000 + " ms");
            s.execute("ANALYZE TABLE ticket, audit_event, visit_feedback");
            s.execute("SET GLOBAL innodb_flush_log_at_trx_commit = 1");
            s.execute("DROP TABLE bench_gen, bench_step, bench_counter_pick");
            return new long[] {count(s, "SELECT COUNT(*) FROM ticket WHERE id >= " + FIRST_ID),
                    count(s, "SELECT COUNT(*) FROM audit_event WHERE ticket_id >= " + FIRST_ID),
                    count(s, "SELECT COUNT(*) FROM visit_feedback WHERE service_code = 'BENCH'")};
        }
    }

    private static String pctOf(long serviceId) {
        return "(SELECT MIN(pct) FROM bench_service_pick WHERE service_id = " + serviceId + ")";
    }

    /**
     * Drops a table's secondary indexes for the bulk load (rebuilt sorted afterwards, much faster than
     * maintaining them row by row) and returns the clauses that add them back exactly as the migrations made them.
     */
    private static List<String> dropSecondaryIndexes(Statement s, String table) throws SQLException {
        Map<String, List<String>> indexes = new LinkedHashMap<>();
        try (ResultSet rows = s.executeQuery("SELECT index_name, column_name FROM information_schema.statistics WHERE table_schema = DATABASE() "
                + "AND table_name = '" + table + "' AND index_name <> 'PRIMARY' ORDER BY index_name, seq_in_index")) {
            while (rows.next()) {
                indexes.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        List<String> add = new ArrayList<>();
        List<String> drop = new ArrayList<>();
        indexes.forEach((name, columns) -> {
            drop.add("DROP INDEX " + name);
            add.add("ADD INDEX " + name + " (" + String.join(", ", columns) + ")");
        });
        if (!drop.isEmpty()) {
            s.execute("ALTER TABLE " + table + " " + String.join(", ", drop));
        }
        return add;
    }

    /** WildFly only: the database keeps running (a restart of the embedded MariaDB here is not reliable enough). */
    private void restartServer() throws Exception {
        context.stack().stopServer();
        context.stack().startServer();
        if (!context.stack().awaitHealthy(Duration.ofMinutes(4))) {
            throw new IllegalStateException("the server did not come back after the restart");
        }
    }

    private void forgetSummaries(LocalDate from, LocalDate to) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement()) {
            s.execute("DELETE FROM report_summary_day WHERE business_date BETWEEN '" + from + "' AND '" + to + "'");
            s.execute("DELETE FROM report_daily_summary WHERE business_date BETWEEN '" + from + "' AND '" + to + "'");
        }
    }

    /** Tokens issued by the service whose issue instant falls in the local days, straight from the audit trail. */
    private long countIssued(String code, LocalDate from, LocalDate to) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement()) {
            return count(s, "SELECT COUNT(*) FROM audit_event a JOIN clinic_service v ON v.id = a.service_id WHERE v.code = '" + code
                    + "' AND a.action = 'TICKET_ISSUED' AND a.occurred_at >= TIMESTAMP('" + from + "') - INTERVAL 330 MINUTE "
                    + "AND a.occurred_at < TIMESTAMP('" + to.plusDays(1) + "') - INTERVAL 330 MINUTE");
        }
    }

    private long serviceId(String code) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement()) {
            return count(s, "SELECT id FROM clinic_service WHERE code = '" + code + "'");
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    record Timed(double millis, String body) {
    }

    private static Timed time(BenchHttp http, String path) {
        long started = System.nanoTime();
        HttpResponse<String> r = http.get(path);
        double millis = (System.nanoTime() - started) / 1e6;
        require(r, 200);
        return new Timed(millis, r.body());
    }

    private HttpResponse<String> adminPost(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(context.base() + path))
                .timeout(Duration.ofMinutes(20))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin123".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        return BenchHttp.anonymous(context.base()).send(request);
    }

    private static void require(HttpResponse<String> r, int status) {
        if (r.statusCode() != status) {
            throw new IllegalStateException("unexpected " + r.statusCode() + ": " + r.body());
        }
    }
}
