package org.clinicqueue.demo;

import java.nio.file.Path;
import java.time.Duration;
import org.clinicqueue.devtools.LocalStack;

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

    private DemoLauncher() {
    }

    public static void main(String[] args) throws Exception {
        LocalStack stack = new LocalStack(
                Path.of(required("clinicqueue.demo.wildfly-home")),
                Path.of(required("clinicqueue.demo.war")),
                Path.of(required("clinicqueue.demo.work-dir")),
                Path.of(required("clinicqueue.demo.data-dir")),
                Integer.getInteger("clinicqueue.demo.port-offset", 0),
                Integer.getInteger("clinicqueue.demo.db-port", 3307),
                true)
                .systemProperty("clinicqueue.demo", "true")
                .systemProperty("clinicqueue.cookie.secure", "false");
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "demo-shutdown"));
        stack.startDatabase();
        System.out.println("Embedded MariaDB running, data in " + stack.dataDir().resolve("mariadb"));
        stack.prepareServer();
        stack.startServer();
        if (stack.awaitHealthy(Duration.ofMinutes(3))) {
            printBanner(stack.baseUrl());
        } else if (stack.isServerAlive()) {
            System.err.println("ClinicQueue did not become healthy within 3 minutes; see the WildFly log above.");
        }
        int exit = stack.waitForServer();
        System.out.println("WildFly stopped (exit code " + exit + ").");
        stack.close();
        System.out.println("Embedded MariaDB stopped; data kept in " + stack.dataDir().resolve("mariadb"));
    }

    private static void printBanner(String root) {
        System.out.println();
        System.out.println("==================================================================");
        System.out.println(" ClinicQueue demo is running");
        System.out.println("   Start page      " + root);
        System.out.println("   Patients join   " + root + "join   (Lab Tests sends a code: read it in the SMS outbox)");
        System.out.println("   Staff console   " + root + "console/   (logins in README.md)");
        System.out.println("   Hall display    " + root + "display/?d=HALL-A#key=demo-hall-a-display-key-0123456789");
        System.out.println("   REST API        " + root + "api/services");
        System.out.println("   Health          " + root + "api/health");
        System.out.println(" Press Ctrl-C to stop WildFly and the database.");
        System.out.println("==================================================================");
        System.out.println();
    }

    private static String required(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("Missing system property " + name + " (run through mvn -Prun package)");
        }
        return value;
    }
}
