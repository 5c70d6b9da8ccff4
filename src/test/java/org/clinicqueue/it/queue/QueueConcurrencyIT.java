package org.clinicqueue.it.queue;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.clinicqueue.it.support.ApiFixture;
import org.clinicqueue.it.support.DemoAccounts;
import org.clinicqueue.it.support.Deployments;
import org.clinicqueue.it.support.Http;
import org.clinicqueue.it.support.ItDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Correctness under concurrency, through real HTTP requests against the real database: many patients joining
 * at the same instant (including the first ticket of the day, when the day's number row does not exist yet)
 * and many counters pressing "next" at the same instant.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QueueConcurrencyIT {

    private static final int ISSUERS = 60;
    private static final int COUNTERS = 10;
    private static final int WAITING = 40;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.blackBox();
    }

    @ArquillianResource
    URL base;

    @Test
    void patientsJoiningAtTheSameInstantGetDistinctGaplessNumbersFromOne() throws Exception {
        Http http = Http.to(base);
        ApiFixture fixture = new ApiFixture(http);
        List<String> services = List.of(fixture.service("C"), fixture.service("D"), fixture.service("E"));
        CyclicBarrier start = new CyclicBarrier(ISSUERS);

        List<HttpResponse<String>> responses = runConcurrently(ISSUERS, i -> () -> {
            start.await(30, TimeUnit.SECONDS);
            // two thirds on the first service, the rest shared by the other two
            String service = i % 3 == 0 ? services.get(1 + (i / 3) % 2) : services.get(0);
            return Http.to(base).postJson("api/tickets", "{\"serviceCode\":\"" + service + "\",\"patientName\":\"Patient " + i + "\"}");
        });

        assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(201));
        for (String service : services) {
            List<List<Object>> numbers = ItDatabase.query("SELECT t.number FROM ticket t JOIN clinic_service s ON s.id = t.origin_service_id "
                    + "WHERE s.code = ? ORDER BY t.number", service);
            List<Integer> sorted = numbers.stream().map(row -> ((Number) row.get(0)).intValue()).toList();
            assertThat(sorted).as("service %s: 1..n, no duplicate, no gap", service)
                    .isEqualTo(IntStream.rangeClosed(1, sorted.size()).boxed().toList());
        }
        long returnedDistinct = responses.stream().map(r -> Http.json(r).getString("number")).distinct().count();
        assertThat(ItDatabase.single("SELECT COUNT(*) FROM ticket t JOIN clinic_service s ON s.id = t.origin_service_id WHERE s.code IN (?, ?, ?)",
                services.get(0), services.get(1), services.get(2))).hasToString(String.valueOf(ISSUERS));
        assertThat(returnedDistinct).as("every response names a different ticket per service prefix").isEqualTo(ISSUERS - countSharedPrefixes(responses));
    }

    /** The three services share no prefix, so the displayed numbers are all distinct. */
    private static long countSharedPrefixes(List<HttpResponse<String>> responses) {
        return 0;
    }

    @Test
    void countersPressingNextAtTheSameInstantNeverCallTheSamePatient() throws Exception {
        Http http = Http.to(base);
        ApiFixture fixture = new ApiFixture(http);
        String service = fixture.service("N");
        List<Long> counters = new ArrayList<>();
        for (int i = 0; i < COUNTERS; i++) {
            counters.add(fixture.counter(service));
        }
        for (int i = 0; i < WAITING; i++) {
            assertThat(http.postJson("api/tickets", "{\"serviceCode\":\"" + service + "\",\"patientName\":\"Waiting " + i + "\"}").statusCode())
                    .isEqualTo(201);
        }
        CyclicBarrier start = new CyclicBarrier(COUNTERS);
        List<String> called = Collections.synchronizedList(new ArrayList<>());

        runConcurrently(COUNTERS, i -> () -> {
            Http clerk = Http.to(base).as(DemoAccounts.CLERK, DemoAccounts.CLERK_PASSWORD);
            long counter = counters.get(i);
            start.await(30, TimeUnit.SECONDS);
            while (true) {
                HttpResponse<String> next = clerk.postJson("api/counters/" + counter + "/call-next", "");
                if (next.statusCode() == 204) {
                    return next;
                }
                assertThat(next.statusCode()).as(next.body()).isEqualTo(200);
                JsonObject ticket = Http.json(next);
                called.add(ticket.getString("number"));
                assertThat(clerk.postJson("api/counters/" + counter + "/complete", "").statusCode()).isEqualTo(200);
            }
        });

        assertThat(called).hasSize(WAITING).doesNotHaveDuplicates();
        assertThat(ItDatabase.query("SELECT a.ticket_id FROM audit_event a JOIN ticket t ON t.id = a.ticket_id "
                + "JOIN clinic_service s ON s.id = t.service_id WHERE s.code = ? AND a.action = 'TICKET_CALLED' "
                + "GROUP BY a.ticket_id HAVING COUNT(*) > 1", service)).as("no ticket called twice").isEmpty();
        assertThat(ItDatabase.single("SELECT COUNT(*) FROM ticket t JOIN clinic_service s ON s.id = t.service_id "
                + "WHERE s.code = ? AND t.status = 'DONE'", service)).hasToString(String.valueOf(WAITING));
    }

    private interface Task {
        Callable<HttpResponse<String>> create(int index);
    }

    private static List<HttpResponse<String>> runConcurrently(int threads, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(task.create(i)));
            }
            List<HttpResponse<String>> results = new ArrayList<>();
            for (Future<HttpResponse<String>> f : futures) {
                results.add(f.get(3, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
