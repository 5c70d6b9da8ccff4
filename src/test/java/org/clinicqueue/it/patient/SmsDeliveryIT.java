package org.clinicqueue.it.patient;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.clinicqueue.application.calling.CounterDesk;
import org.clinicqueue.application.issuing.IssueTicketRequest;
import org.clinicqueue.application.issuing.IssuedTicket;
import org.clinicqueue.application.issuing.TicketIssuer;
import org.clinicqueue.application.sms.SmsGateways;
import org.clinicqueue.application.verification.PhoneVerification;
import org.clinicqueue.application.verification.PhoneVerificationSwitch;
import org.clinicqueue.domain.queue.Channel;
import org.clinicqueue.domain.queue.Counter;
import org.clinicqueue.domain.sms.SmsMessage;
import org.clinicqueue.it.support.DemoAccounts;
import org.clinicqueue.it.support.Deployments;
import org.clinicqueue.it.support.PatientFixture;
import org.clinicqueue.it.support.QueueFixture;
import org.clinicqueue.it.support.SignedIn;
import org.clinicqueue.it.support.StubSmsProvider;
import org.clinicqueue.it.support.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Text messages in the real server: the notifications a ticket's life causes, and delivery through the HTTP
 * gateway to a stub provider on loopback, configured exactly as hospital IT would (system properties, here
 * set in the running server): retries with a delivery log, giving up, and that a failing or hanging gateway
 * never slows down issuing tickets.
 */
@ExtendWith(ArquillianExtension.class)
class SmsDeliveryIT {

    private static final Map<String, String> HTTP_GATEWAY = Map.of(
            SmsGateways.PROPERTY, "http",
            "clinicqueue.sms.http.username", "hospital",
            "clinicqueue.sms.http.password", "s3cret",
            "clinicqueue.sms.retry-delay-seconds", "1",
            "clinicqueue.sms.max-attempts", "3",
            "clinicqueue.sms.http.timeout-seconds", "2");

    /** The application plus the JDK's HTTP server module, which only this test's stub provider needs. */
    @Deployment
    static WebArchive deployment() {
        WebArchive war = Deployments.app();
        war.delete("WEB-INF/jboss-deployment-structure.xml");
        return war.addAsWebInfResource(new StringAsset("""
                <jboss-deployment-structure xmlns="urn:jboss:deployment-structure:1.3">
                    <deployment>
                        <dependencies>
                            <module name="org.wildfly.security.elytron"/>
                            <module name="jdk.httpserver"/>
                        </dependencies>
                    </deployment>
                </jboss-deployment-structure>
                """), "jboss-deployment-structure.xml");
    }

    @Inject
    QueueFixture fixture;

    @Inject
    TicketIssuer issuer;

    @Inject
    CounterDesk desk;

    @Inject
    PhoneVerification verification;

    @Inject
    PhoneVerificationSwitch verificationSwitch;

    @Inject
    TestDatabase db;

    StubSmsProvider provider;

    @BeforeEach
    void startProvider() {
        provider = new StubSmsProvider();
    }

    @AfterEach
    void backToTheOutboxGateway() {
        HTTP_GATEWAY.keySet().forEach(System::clearProperty);
        System.clearProperty("clinicqueue.sms.http.url");
        provider.close();
    }

    private void useHttpGateway() {
        HTTP_GATEWAY.forEach(System::setProperty);
        System.setProperty("clinicqueue.sms.http.url", provider.url());
    }

    private IssuedTicket walkIn(String service, String name, String phone) {
        return issuer.issue(IssueTicketRequest.walkIn(service, name, phone, "en", Channel.KIOSK));
    }

    @Test
    void aTicketsLifeSendsItsMessagesThroughTheOutboxByDefault() throws Exception {
        String service = fixture.service();
        Counter counter = fixture.counter(service);
        String[] phones = {PatientFixture.phone(), PatientFixture.phone(), PatientFixture.phone(), PatientFixture.phone(), PatientFixture.phone()};
        IssuedTicket first = walkIn(service, "Patient One", phones[0]);
        for (int i = 1; i < phones.length; i++) {
            walkIn(service, "Patient " + (i + 1), phones[i]);
        }
        SignedIn.as(DemoAccounts.CLERK, DemoAccounts.CLERK_PASSWORD, () -> desk.callNext(counter.getId()));
        // Messages are planned after commit: wait for the one this call causes before the queue moves again.
        awaitKinds(phones[4], "TICKET_ISSUED", "TURN_APPROACHING");
        SignedIn.as(DemoAccounts.CLERK, DemoAccounts.CLERK_PASSWORD, () -> {
            desk.markNoShow(counter.getId());
            desk.callNext(counter.getId());
            desk.complete(counter.getId(), null);
        });

        List<String> toFirst = awaitKinds(phones[0], "TICKET_ISSUED", "CALLED", "MISSED_TURN");
        List<String> toSecond = awaitKinds(phones[1], "TICKET_ISSUED", "TURN_APPROACHING", "CALLED", "SERVICE_COMPLETE");
        awaitKinds(phones[4], "TICKET_ISSUED", "TURN_APPROACHING");

        assertThat(toFirst).as("one message per occasion").doesNotHaveDuplicates();
        assertThat(toSecond).doesNotHaveDuplicates();
        assertThat(body(phones[0], "TICKET_ISSUED")).contains(first.number()).contains("/t/" + first.trackingId());
        assertThat(body(phones[0], "CALLED")).contains(counter.getName());
        assertThat(body(phones[1], "SERVICE_COMPLETE")).contains("Rate your visit").contains("/t/");
        assertThat(body(phones[4], "TURN_APPROACHING")).contains("3 ahead");
        assertThat(db.single("SELECT status FROM sms_message WHERE phone = ?1 AND kind = 'CALLED'", phones[0])).isEqualTo("SENT");
        assertThat(db.single("SELECT gateway FROM sms_message WHERE phone = ?1 AND kind = 'CALLED'", phones[0])).isEqualTo("outbox");
    }

    @Test
    void theHttpGatewayRetriesUntilTheProviderAcceptsAndLogsEveryAttempt() throws Exception {
        useHttpGateway();
        provider.answering(503, 500, 200);
        String service = fixture.service();
        String phone = PatientFixture.phone();

        IssuedTicket ticket = walkIn(service, "Retry Patient", phone);

        awaitStatus(phone, "TICKET_ISSUED", "SENT", Duration.ofSeconds(40));
        Object id = db.single("SELECT id FROM sms_message WHERE phone = ?1 AND kind = 'TICKET_ISSUED'", phone);
        assertThat(db.single("SELECT attempts FROM sms_message WHERE id = ?1", id)).isEqualTo(3);
        assertThat(db.list("SELECT outcome FROM sms_delivery_attempt WHERE message_id = ?1 ORDER BY attempt_no", id))
                .containsExactly("RETRY", "RETRY", "DELIVERED");
        assertThat(db.list("SELECT detail FROM sms_delivery_attempt WHERE message_id = ?1 ORDER BY attempt_no", id).get(0))
                .asString().startsWith("HTTP 503");
        List<StubSmsProvider.Received> requests = provider.receivedFor(phone);
        assertThat(requests).hasSize(3);
        assertThat(requests.get(0).authorization())
                .isEqualTo("Basic " + Base64.getEncoder().encodeToString("hospital:s3cret".getBytes(StandardCharsets.UTF_8)));
        assertThat(requests.get(0).contentType()).startsWith("application/json");
        assertThat(requests.get(0).body()).startsWith("{\"to\":\"" + phone + "\",\"text\":\"Your ticket " + ticket.number())
                .contains("/t/" + ticket.trackingId());
    }

    @Test
    void aDeadGatewayNeverSlowsIssuingAndMessagesEndFailedAfterTheLastAttempt() throws Exception {
        useHttpGateway();
        provider.answering(500).slow(1500);
        String service = fixture.service();
        String[] phones = {PatientFixture.phone(), PatientFixture.phone(), PatientFixture.phone(), PatientFixture.phone()};

        long started = System.nanoTime();
        for (int i = 0; i < phones.length; i++) {
            walkIn(service, "Patient " + i, phones[i]);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(millis).as("four tickets while the gateway hangs 1.5 s per message").isLessThan(1500);
        for (String phone : phones) {
            awaitStatus(phone, "TICKET_ISSUED", "FAILED", Duration.ofSeconds(60));
            Object id = db.single("SELECT id FROM sms_message WHERE phone = ?1 AND kind = 'TICKET_ISSUED'", phone);
            assertThat(db.list("SELECT outcome FROM sms_delivery_attempt WHERE message_id = ?1 ORDER BY attempt_no", id))
                    .containsExactly("RETRY", "RETRY", "FAILED");
        }
        assertThat(db.single("SELECT COUNT(*) FROM ticket t JOIN clinic_service s ON s.id = t.service_id WHERE s.code = ?1", service))
                .asString().isEqualTo("4");
    }

    @Test
    void aRequestTheProviderRefusesIsNotRetried() throws Exception {
        useHttpGateway();
        provider.answering(400);
        String phone = PatientFixture.phone();

        walkIn(fixture.service(), "Bad Number", phone);

        awaitStatus(phone, "TICKET_ISSUED", "FAILED", Duration.ofSeconds(30));
        assertThat(db.single("SELECT attempts FROM sms_message WHERE phone = ?1 AND kind = 'TICKET_ISSUED'", phone)).isEqualTo(1);
        assertThat(db.single("SELECT last_error FROM sms_message WHERE phone = ?1 AND kind = 'TICKET_ISSUED'", phone)).asString()
                .startsWith("HTTP 400");
    }

    @Test
    void aCodeDeliveredByTheProviderDoesNotStayReadableInTheOutbox() throws Exception {
        useHttpGateway();
        provider.answering(200);
        String service = fixture.service();
        SignedIn.asAdmin(() -> verificationSwitch.set(service, true));
        String phone = PatientFixture.phone();

        verification.requestCode(service, phone, "hi");

        awaitStatus(phone, "VERIFICATION_CODE", "SENT", Duration.ofSeconds(30));
        assertThat(db.single("SELECT body FROM sms_message WHERE phone = ?1", phone)).isEqualTo(SmsMessage.REDACTED);
        assertThat(provider.receivedFor(phone)).singleElement().satisfies(r ->
                assertThat(r.body()).matches(".*\"text\":\"[0-9]{6} आपका क्लिनिकक्यू कोड है.*"));
    }

    private List<String> awaitKinds(String phone, String... kinds) throws InterruptedException {
        List<String> found = List.of();
        for (int i = 0; i < 100; i++) {
            found = db.list("SELECT kind FROM sms_message WHERE phone = ?1 ORDER BY id", phone).stream().map(String::valueOf).toList();
            if (found.containsAll(List.of(kinds))) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(found).as("messages to " + phone).containsAll(List.of(kinds));
        return found;
    }

    private String body(String phone, String kind) {
        return String.valueOf(db.single("SELECT body FROM sms_message WHERE phone = ?1 AND kind = ?2", phone, kind));
    }

    private void awaitStatus(String phone, String kind, String status, Duration within) throws InterruptedException {
        long end = System.nanoTime() + within.toNanos();
        Object now = null;
        while (System.nanoTime() < end) {
            now = db.single("SELECT status FROM sms_message WHERE phone = ?1 AND kind = ?2", phone, kind);
            if (status.equals(now)) {
                return;
            }
            Thread.sleep(200);
        }
        assertThat(now).as(kind + " to " + phone).isEqualTo(status);
    }
}
