package org.clinicqueue.it.patient;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import org.clinicqueue.it.support.ApiFixture;
import org.clinicqueue.it.support.DemoAccounts;
import org.clinicqueue.it.support.Deployments;
import org.clinicqueue.it.support.Http;
import org.clinicqueue.it.support.PatientFixture;
import org.clinicqueue.it.support.PhoneSocket;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The live status of a ticket, and that a tracking id shows its own ticket only: over REST, over the
 * WebSocket (where queue changes about other patients arrive all the time) and on the status page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TicketPrivacyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.blackBox();
    }

    @ArquillianResource
    URL base;

    Http anonymous;
    Http clerk;
    PatientFixture patients;
    String service;
    long counter;

    @BeforeEach
    void setUp() {
        anonymous = Http.to(base);
        clerk = anonymous.as(DemoAccounts.CLERK, DemoAccounts.CLERK_PASSWORD);
        patients = new PatientFixture(anonymous);
        ApiFixture fixture = new ApiFixture(anonymous);
        service = fixture.service("P");
        counter = fixture.counter(service);
    }

    private JsonObject join(String name, String phone) {
        HttpResponse<String> joined = patients.join(service, name, phone, null);
        assertThat(joined.statusCode()).as(joined.body()).isEqualTo(201);
        return Http.json(joined);
    }

    @Test
    void thePhoneSeesItsPositionFallAndItsCallLiveAndNothingAboutOthers() throws Exception {
        String otherPhone = PatientFixture.phone();
        JsonObject other = join("Zubair Otherperson", otherPhone);
        JsonObject second = join("Yamini Secondperson", PatientFixture.phone());
        JsonObject mine = join("Meera Mine", PatientFixture.phone());

        try (PhoneSocket phone = new PhoneSocket(anonymous.uri(""), mine.getString("trackingId"))) {
            assertThat(phone.awaitStatus(t -> t.getInt("peopleAhead") == 2).getString("number")).isEqualTo("P-003");

            clerk.postJson("api/counters/" + counter + "/call-next", "");
            phone.awaitStatus(t -> t.getInt("peopleAhead") == 1);
            clerk.postJson("api/counters/" + counter + "/complete", "");
            clerk.postJson("api/counters/" + counter + "/call-next", "");
            phone.awaitStatus(t -> t.getInt("peopleAhead") == 0);
            clerk.postJson("api/counters/" + counter + "/complete", "");
            clerk.postJson("api/counters/" + counter + "/call-next", "");
            JsonObject called = phone.awaitStatus(t -> t.getString("status").equals("CALLED"));

            assertThat(called.getString("counterName")).isEqualTo(Http.json(clerk.get("api/counters/" + counter)).getString("name"));
            phone.send("ping");
            for (int i = 0; i < 50 && phone.messages().stream().noneMatch(m -> m.contains("pong")); i++) {
                Thread.sleep(100);
            }
            assertThat(phone.messages()).anyMatch(m -> m.equals("{\"type\":\"pong\"}"));
            assertThat(phone.messages()).allSatisfy(message -> assertThat(message)
                    .doesNotContain("Zubair").doesNotContain("Yamini")
                    .doesNotContain(other.getString("trackingId")).doesNotContain(second.getString("trackingId"))
                    .doesNotContain("P-001").doesNotContain("P-002")
                    .doesNotContain(otherPhone).doesNotContain("phone"));
        }
    }

    @Test
    void anUnknownOrMalformedTrackingIdIsClosedWithoutAnything() throws Exception {
        join("Someone Real", PatientFixture.phone());

        try (PhoneSocket guess = new PhoneSocket(anonymous.uri(""), "AAAAAAAAAAAAAAAAAAAAAA");
             PhoneSocket number = new PhoneSocket(anonymous.uri(""), "P-001")) {
            assertThat(guess.awaitClose()).isEqualTo(4404);
            assertThat(number.awaitClose()).isEqualTo(4404);
            assertThat(guess.messages()).isEmpty();
            assertThat(number.messages()).isEmpty();
        }
    }

    @Test
    void trackingIdsAreLongRandomAndTheOnlyKey() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            ids.add(join("Patient " + (char) ('A' + i), PatientFixture.phone()).getString("trackingId"));
        }
        String one = ids.iterator().next();
        String altered = one.substring(0, one.length() - 1) + (one.endsWith("A") ? "B" : "A");

        assertThat(ids).hasSize(5).allMatch(id -> id.matches("[A-Za-z0-9_-]{22}"));
        assertThat(anonymous.get("api/tickets/P-001").statusCode()).as("a ticket number is not a key").isEqualTo(404);
        assertThat(anonymous.get("api/tickets/1").statusCode()).as("nor a database id").isEqualTo(404);
        assertThat(anonymous.get("api/tickets/" + altered).statusCode()).isEqualTo(404);
        assertThat(anonymous.delete("api/tickets/" + altered).statusCode()).isEqualTo(404);
        assertThat(anonymous.get("api/tickets/" + altered + "/feedback").statusCode()).isEqualTo(404);
        JsonObject status = Http.json(anonymous.get("api/tickets/" + one));
        assertThat(status.keySet()).doesNotContain("phone", "trackingId", "ticketId", "id");
        assertThat(anonymous.get("api/services/" + service + "/queue").statusCode()).as("the list of names is for staff").isEqualTo(401);
    }

    @Test
    void theStatusPageIsTheSameForAnyWellFormedIdAndLeaksNothing() {
        String real = join("Page Owner", PatientFixture.phone()).getString("trackingId");

        HttpResponse<String> page = anonymous.get("t/" + real);
        HttpResponse<String> unknown = anonymous.get("t/AAAAAAAAAAAAAAAAAAAAAA");
        HttpResponse<String> malformed = anonymous.get("t/%3Cscript%3E");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("Page Owner").doesNotContain(real).contains("status.js");
        assertThat(unknown.body()).isEqualTo(page.body());
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'"));
        assertThat(malformed.statusCode()).isEqualTo(404);
        assertThat(anonymous.get("join").body()).contains("join.js");
        assertThat(anonymous.get("join?service=" + service).statusCode()).isEqualTo(200);
    }

    @Test
    void whenTheSessionClosesEarlyThePhoneIsToldItsTicketEnded() throws Exception {
        JsonObject mine = join("Late Patient", PatientFixture.phone());
        Http supervisor = anonymous.as(DemoAccounts.SUPERVISOR, DemoAccounts.SUPERVISOR_PASSWORD);

        try (PhoneSocket phone = new PhoneSocket(anonymous.uri(""), mine.getString("trackingId"))) {
            phone.awaitStatus(t -> t.getString("status").equals("WAITING"));
            supervisor.postJson("api/services/" + service + "/close-session", "{\"reason\":\"Doctor called to theatre\"}");

            JsonObject ended = phone.awaitStatus(t -> t.getString("status").equals("CANCELLED"));

            assertThat(ended.getBoolean("sessionClosed")).isTrue();
            assertThat(ended.getString("endReason")).isEqualTo("Doctor called to theatre");
        }
    }

    @Test
    void thePatientCancelsAndThePhoneSeesIt() throws Exception {
        JsonObject mine = join("Changed Mind", PatientFixture.phone());

        try (PhoneSocket phone = new PhoneSocket(anonymous.uri(""), mine.getString("trackingId"))) {
            phone.awaitStatus(t -> t.getString("status").equals("WAITING"));
            assertThat(anonymous.delete("api/tickets/" + mine.getString("trackingId")).statusCode()).isEqualTo(200);

            JsonObject cancelled = phone.awaitStatus(t -> t.getString("status").equals("CANCELLED"));
            assertThat(cancelled.getBoolean("sessionClosed")).isFalse();
        }
    }
}
