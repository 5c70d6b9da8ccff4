package org.clinicqueue.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.clinicqueue.it.support.ApiFixture;
import org.clinicqueue.it.support.DemoAccounts;
import org.clinicqueue.it.support.Deployments;
import org.clinicqueue.it.support.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The queue's REST API from outside, as a phone, a kiosk, a clerk's tool or another hospital system uses it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QueueApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.blackBox();
    }

    @ArquillianResource
    URL base;

    Http anonymous;
    Http clerk;
    Http reception;
    String service;
    long counter;

    @BeforeEach
    void setUp() {
        anonymous = Http.to(base);
        clerk = anonymous.as(DemoAccounts.CLERK, DemoAccounts.CLERK_PASSWORD);
        reception = anonymous.as(DemoAccounts.RECEPTION, DemoAccounts.RECEPTION_PASSWORD);
        ApiFixture fixture = new ApiFixture(anonymous);
        service = fixture.service("Q");
        counter = fixture.counter(service);
    }

    private HttpResponse<String> join(Http who, String name) {
        return who.postJson("api/tickets", "{\"serviceCode\":\"" + service + "\",\"patientName\":\"" + name + "\",\"language\":\"hi\"}");
    }

    @Test
    void aPatientJoinsAndFollowsTheirTicket() {
        join(anonymous, "Someone Before");
        HttpResponse<String> created = join(anonymous, "Ravi Kumar");

        assertThat(created.statusCode()).isEqualTo(201);
        JsonObject ticket = Http.json(created);
        assertThat(ticket.getString("number")).isEqualTo("Q-002");
        assertThat(ticket.getString("status")).isEqualTo("WAITING");
        assertThat(ticket.getInt("peopleAhead")).isEqualTo(1);
        assertThat(ticket.getInt("estimatedWaitMinutes")).isEqualTo(6);
        String tracking = ticket.getString("trackingId");
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/tickets/" + tracking));

        JsonObject status = Http.json(anonymous.get("api/tickets/" + tracking));
        assertThat(status.getString("number")).isEqualTo("Q-002");
        assertThat(status.getString("language")).isEqualTo("hi");
        assertThat(status.containsKey("phone")).as("never exposed publicly").isFalse();
        assertThat(status.getString("issuedAt")).as("ISO-8601 instant").matches("\\d{4}-\\d{2}-\\d{2}T.*Z");

        JsonArray services = (JsonArray) Http.jsonStructure(anonymous.get("api/services"));
        JsonObject mine = services.getValuesAs(JsonObject.class).stream().filter(s -> s.getString("code").equals(service)).findFirst().orElseThrow();
        assertThat(mine.getInt("waiting")).isEqualTo(2);
    }

    @Test
    void badInputGetsAProblemAndCreatesNothing() {
        HttpResponse<String> badName = anonymous.postJson("api/tickets", "{\"serviceCode\":\"" + service + "\",\"patientName\":\"  \"}");
        HttpResponse<String> badPhone = anonymous.postJson("api/tickets",
                "{\"serviceCode\":\"" + service + "\",\"patientName\":\"Ravi\",\"phone\":\"call me\"}");
        HttpResponse<String> unknown = anonymous.postJson("api/tickets", "{\"serviceCode\":\"NOSUCH\",\"patientName\":\"Ravi\"}");
        HttpResponse<String> noBody = anonymous.postJson("api/tickets", "");

        assertThat(badName.statusCode()).isEqualTo(400);
        assertThat(Http.json(badName).getString("code")).isEqualTo("invalid-name");
        assertThat(badName.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(Http.json(badPhone).getString("detail")).contains("7 to 15 digits");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(noBody.statusCode()).isEqualTo(400);
        assertThat(Http.json(join(anonymous, "First Real")).getString("number")).as("nothing was created before").isEqualTo("Q-001");
    }

    @Test
    void priorityIsForStaffAndNeedsAReason() {
        String high = "{\"serviceCode\":\"" + service + "\",\"patientName\":\"Old Man\",\"priority\":\"HIGH\"";

        assertThat(anonymous.postJson("api/tickets", high + ",\"priorityReason\":\"old\"}").statusCode()).isEqualTo(401);
        assertThat(reception.postJson("api/tickets", high + "}").statusCode()).isEqualTo(400);
        HttpResponse<String> created = reception.postJson("api/tickets", high + ",\"priorityReason\":\"Aged 82\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(Http.json(created).getString("priority")).isEqualTo("HIGH");
        assertThat(reception.postJson("api/tickets", "{\"serviceCode\":\"" + service + "\",\"patientName\":\"X\",\"priority\":\"VIP\"}")
                .statusCode()).isEqualTo(400);
    }

    @Test
    void aClerkCallsServesAndCompletesThroughTheApi() {
        JsonObject ticket = Http.json(join(anonymous, "Meena Iyer"));

        HttpResponse<String> called = clerk.postJson("api/counters/" + counter + "/call-next", "");
        assertThat(called.statusCode()).isEqualTo(200);
        assertThat(Http.json(called).getString("number")).isEqualTo(ticket.getString("number"));
        assertThat(Http.json(anonymous.get("api/tickets/" + ticket.getString("trackingId"))).getString("counterName")).startsWith("Desk ");

        HttpResponse<String> busy = clerk.postJson("api/counters/" + counter + "/call-next", "");
        assertThat(busy.statusCode()).isEqualTo(409);
        assertThat(Http.json(busy).getString("code")).isEqualTo("counter-busy");

        assertThat(clerk.postJson("api/counters/" + counter + "/recall", "").statusCode()).isEqualTo(200);
        assertThat(clerk.send(clerk.request("api/counters/" + counter + "/start").POST(HttpRequest.BodyPublishers.noBody()).build())
                .statusCode()).as("no body, no content type").isEqualTo(200);
        HttpResponse<String> done = clerk.postJson("api/counters/" + counter + "/complete", "{\"note\":\"Dressing changed\"}");
        assertThat(Http.json(done).getString("status")).isEqualTo("DONE");
        assertThat(Http.json(done).getString("outcomeNote")).isEqualTo("Dressing changed");

        assertThat(clerk.postJson("api/counters/" + counter + "/call-next", "").statusCode()).as("nobody waiting").isEqualTo(204);

        join(anonymous, "Quick One");
        clerk.postJson("api/counters/" + counter + "/call-next", "");
        HttpResponse<String> bare = clerk.send(clerk.request("api/counters/" + counter + "/complete")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(bare.statusCode()).as("complete without a body, as curl -X POST sends it").isEqualTo(200);
    }

    @Test
    void counterActionsAreForOperatorsOnly() {
        join(anonymous, "Someone");

        assertThat(anonymous.postJson("api/counters/" + counter + "/call-next", "").statusCode()).isEqualTo(401);
        HttpResponse<String> refused = reception.postJson("api/counters/" + counter + "/call-next", "");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(Http.json(refused).getString("detail")).contains("reception");
        assertThat(anonymous.get("api/services/" + service + "/queue").statusCode()).isEqualTo(401);
        assertThat(anonymous.get("api/counters").statusCode()).isEqualTo(401);
    }

    @Test
    void theQueueListIsInCallOrder() {
        join(anonymous, "Normal First");
        reception.postJson("api/tickets", "{\"serviceCode\":\"" + service + "\",\"patientName\":\"Pregnant\",\"priority\":\"HIGH\",\"priorityReason\":\"pregnant\"}");

        JsonArray queue = (JsonArray) Http.jsonStructure(clerk.get("api/services/" + service + "/queue"));

        assertThat(queue.getValuesAs(JsonObject.class)).extracting(t -> t.getString("patientName")).containsExactly("Pregnant", "Normal First");
    }

    @Test
    void transfersStatusChangesAndCancellation() {
        ApiFixture fixture = new ApiFixture(anonymous);
        String lab = fixture.service("L");
        JsonObject ticket = Http.json(join(anonymous, "Transfer Me"));
        clerk.postJson("api/counters/" + counter + "/call-next", "");

        HttpResponse<String> noReason = clerk.postJson("api/tickets/" + ticket.getInt("ticketId") + "/transfer", "{\"serviceCode\":\"" + lab + "\"}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        HttpResponse<String> moved = clerk.postJson("api/tickets/" + ticket.getInt("ticketId") + "/transfer",
                "{\"serviceCode\":\"" + lab + "\",\"reason\":\"Blood test\"}");
        assertThat(moved.statusCode()).isEqualTo(200);
        assertThat(Http.json(moved).getString("serviceCode")).isEqualTo(lab);
        assertThat(Http.json(moved).getString("number")).isEqualTo("Q-001");

        HttpResponse<String> breakTime = clerk.putJson("api/counters/" + counter + "/status", "{\"status\":\"ON_BREAK\",\"reason\":\"Tea\"}");
        assertThat(Http.json(breakTime).getString("status")).isEqualTo("ON_BREAK");
        assertThat(clerk.putJson("api/counters/" + counter + "/status", "{\"status\":\"NAPPING\"}").statusCode()).isEqualTo(400);
        assertThat(Http.json(clerk.putJson("api/counters/" + counter + "/status", "{\"status\":\"RUNNING_LATE\",\"lateMinutes\":15}"))
                .getInt("lateMinutes")).isEqualTo(15);

        HttpResponse<String> cancelled = anonymous.delete("api/tickets/" + ticket.getString("trackingId"));
        assertThat(Http.json(cancelled).getString("status")).isEqualTo("CANCELLED");
        assertThat(anonymous.delete("api/tickets/" + ticket.getString("trackingId")).statusCode()).isEqualTo(409);
        assertThat(anonymous.get("api/tickets/not-a-real-tracking-id").statusCode()).isEqualTo(404);
    }

    @Test
    void aSupervisorClosesTheSessionAndThePatientSeesWhy() {
        JsonObject ticket = Http.json(join(anonymous, "Late Comer"));
        Http supervisor = anonymous.as(DemoAccounts.SUPERVISOR, DemoAccounts.SUPERVISOR_PASSWORD);

        assertThat(clerk.postJson("api/services/" + service + "/close-session", "{\"reason\":\"x\"}").statusCode()).isEqualTo(403);
        HttpResponse<String> closed = supervisor.postJson("api/services/" + service + "/close-session", "{\"reason\":\"Clinic cancelled today\"}");

        assertThat(Http.json(closed).getInt("endedTickets")).isEqualTo(1);
        JsonObject status = Http.json(anonymous.get("api/tickets/" + ticket.getString("trackingId")));
        assertThat(status.getBoolean("sessionClosed")).isTrue();
        assertThat(status.getString("endReason")).isEqualTo("Clinic cancelled today");
    }

    @Test
    void unknownAddressesAnswerInProblemFormat() {
        HttpResponse<String> response = anonymous.get("api/no-such-thing");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Http.json(response).getString("code")).isEqualTo("http-404");
    }
}
