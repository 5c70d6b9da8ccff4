package org.clinicqueue.it.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.clinicqueue.application.catalog.CounterCatalog;
import org.clinicqueue.application.catalog.ServiceCatalog;
import org.clinicqueue.application.catalog.ServiceDefinition;
import org.clinicqueue.application.issuing.IssueTicketRequest;
import org.clinicqueue.application.issuing.IssuedTicket;
import org.clinicqueue.application.issuing.TicketIssuer;
import org.clinicqueue.domain.queue.Channel;
import org.clinicqueue.domain.queue.Counter;

/**
 * Fresh services and counters for each test (random codes), so tests never see each other's patients and
 * can run against the demo data of the shared test server.
 */
@ApplicationScoped
public class QueueFixture {

    @Inject
    ServiceCatalog services;

    @Inject
    CounterCatalog counters;

    @Inject
    TicketIssuer issuer;

    public static String code(String prefix) {
        return prefix + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36 * 36), 36).toUpperCase();
    }

    public String service(Integer dailyLimit, int expectedMinutes) throws Exception {
        String code = code("S");
        SignedIn.asAdmin(() -> services.create(new ServiceDefinition(code, "T", "Test " + code, null, null, null, null,
                dailyLimit, expectedMinutes)));
        return code;
    }

    public String service() throws Exception {
        return service(null, 10);
    }

    public String serviceOpenBetween(LocalTime opens, LocalTime closes) throws Exception {
        String code = code("S");
        SignedIn.asAdmin(() -> services.create(new ServiceDefinition(code, "T", "Test " + code, null, null, opens, closes, null, 10)));
        return code;
    }

    public Counter counter(String... serviceCodes) throws Exception {
        String code = code("C");
        return SignedIn.asAdmin(() -> counters.create(code, "Counter " + code, null, List.of(serviceCodes)));
    }

    public IssuedTicket walkIn(String serviceCode, String name) {
        return issuer.issue(IssueTicketRequest.walkIn(serviceCode, name, null, "en", Channel.KIOSK));
    }

    /** Issued by reception for a particular counter (a doctor's room). */
    public IssuedTicket forCounter(String serviceCode, String name, String counterCode) throws Exception {
        return SignedIn.as(DemoAccounts.RECEPTION, DemoAccounts.RECEPTION_PASSWORD, () -> issuer.issue(
                new IssueTicketRequest(serviceCode, name, null, "en", null, null, Channel.RECEPTION, counterCode)));
    }
}
