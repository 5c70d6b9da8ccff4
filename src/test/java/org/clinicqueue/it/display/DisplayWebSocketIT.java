package org.clinicqueue.it.display;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.util.concurrent.ExecutionException;
import org.clinicqueue.it.support.ApiFixture;
import org.clinicqueue.it.support.DemoAccounts;
import org.clinicqueue.it.support.Deployments;
import org.clinicqueue.it.support.Http;
import org.clinicqueue.it.support.QueueFixture;
import org.clinicqueue.it.support.SocketClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A display screen's WebSocket feed with a real client: snapshot, live calls, privacy, refusals, catch-up, pings. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DisplayWebSocketIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.blackBox();
    }

    @ArquillianResource
    URL base;

    Http anonymous;
    Http admin;
    Http clerk;
    String service;
    long counter;
    String display;
    String secret;

    @BeforeEach
    void setUp() {
        anonymous = Http.to(base);
        admin = anonymous.as(DemoAccounts.ADMIN, DemoAccounts.ADMIN_PASSWORD);
        clerk = anonymous.as(DemoAccounts.CLERK, DemoAccounts.CLERK_PASSWORD);
        ApiFixture fixture = new ApiFixture(anonymous);
        service = fixture.service("W");
        counter = fixture.counter(service);
        display = QueueFixture.code("H");
        HttpResponse<String> created = admin.postJson("api/admin/displays", "{\"code\":\"" + display + "\",\"name\":\"Hall " + display
                + "\",\"serviceCodes\":[\"" + service + "\"],\"languages\":[\"en\",\"hi\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        secret = Http.json(created).getString("secret");
        assertThat(Http.json(created).getString("screenUrl")).endsWith("/display/?d=" + display + "#key=" + secret);
    }

    private URI socketUri(String query) {
        return URI.create(base.toString().replaceFirst("^http", "ws") + "ws/displays/" + display + (query == null ? "" : "?" + query));
    }

    private SocketClient connect(String query) throws Exception {
        return SocketClient.connect(socketUri(query), null, "clinicqueue.v1", "key." + secret);
    }

    private JsonObject join(String name, String language) {
        return Http.json(anonymous.postJson("api/tickets", "{\"serviceCode\":\"" + service + "\",\"patientName\":\"" + name
                + "\",\"language\":\"" + language + "\"}"));
    }

    private static boolean isCall(JsonObject m) {
        return "update".equals(m.getString("type")) && m.containsKey("call");
    }

    @Test
    void aConnectedDisplayGetsASnapshotThenEachCallWithItsAnnouncement() throws Exception {
        join("Someone Waiting", "en");
        try (SocketClient screen = connect(null)) {
            assertThat(screen.subprotocol()).isEqualTo("clinicqueue.v1");
            JsonObject snapshot = screen.next();
            assertThat(snapshot.getString("type")).isEqualTo("snapshot");
            assertThat(snapshot.getJsonObject("state").getJsonArray("services").getJsonObject(0).getInt("waiting")).isEqualTo(1);
            assertThat(snapshot.getJsonObject("state").getJsonObject("settings").getInt("repeats")).isEqualTo(3);

            join("Ravi Kumar", "hi");
            clerk.postJson("api/counters/" + counter + "/call-next", "");
            JsonObject call = screen.next(DisplayWebSocketIT::isCall);

            assertThat(call.getJsonNumber("seq").longValue()).isGreaterThan(snapshot.getJsonNumber("seq").longValue());
            JsonObject details = call.getJsonObject("call");
            assertThat(details.getString("number")).isEqualTo("W-001");
            assertThat(details.getString("name")).as("first name and initial by default").isEqualTo("Someone W.");
            assertThat(details.getString("counter")).startsWith("Desk ");
            assertThat(details.getJsonArray("speak").getJsonObject(0).getString("text"))
                    .isEqualTo("Token W 1, Someone W., please go to " + details.getString("counter") + ".");
            assertThat(call.getJsonObject("counter").getString("currentNumber")).isEqualTo("W-001");
            JsonObject counts = screen.next(m -> m.containsKey("waiting") && m.getJsonObject("waiting").getInt(service) == 1);
            assertThat(counts.getString("kind")).as("counts follow within a second").isEqualTo("WAITING_COUNTS");

            clerk.postJson("api/counters/" + counter + "/complete", "");
            clerk.postJson("api/counters/" + counter + "/call-next", "");
            JsonObject second = screen.next(DisplayWebSocketIT::isCall).getJsonObject("call");
            assertThat(second.getJsonArray("speak").getJsonObject(0).getString("lang")).as("the patient chose Hindi").isEqualTo("hi");
            assertThat(second.getJsonArray("speak").getJsonObject(0).getString("text")).startsWith("टोकन W 2, Ravi K., कृपया");

            clerk.postJson("api/counters/" + counter + "/recall", "");
            assertThat(screen.next(DisplayWebSocketIT::isCall).getJsonObject("call").getBoolean("recall")).isTrue();
        }
    }

    @Test
    void aWrongKeyOrAForeignOriginIsRefusedAtTheHandshake() {
        assertThatThrownBy(() -> SocketClient.connect(socketUri(null), null, "clinicqueue.v1", "key.wrong-key"))
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(WebSocketHandshakeException.class)
                .satisfies(e -> assertThat(((WebSocketHandshakeException) e.getCause()).getResponse().statusCode()).isEqualTo(403));
        assertThatThrownBy(() -> SocketClient.connect(socketUri(null), "https://evil.example", "clinicqueue.v1", "key." + secret))
                .hasCauseInstanceOf(WebSocketHandshakeException.class);
        assertThatThrownBy(() -> SocketClient.connect(socketUri(null), null, "clinicqueue.v1"))
                .as("no key at all").hasCauseInstanceOf(WebSocketHandshakeException.class);
    }

    @Test
    void theSameOriginIsAccepted() throws Exception {
        try (SocketClient screen = SocketClient.connect(socketUri(null), "http://" + base.getHost() + ":" + base.getPort(),
                "clinicqueue.v1", "key." + secret)) {
            assertThat(screen.next().getString("type")).isEqualTo("snapshot");
        }
    }

    @Test
    void aDisplayThatReconnectsWithItsLastSequenceNumberGetsTheCallItMissed() throws Exception {
        String epoch;
        long seq;
        try (SocketClient screen = connect(null)) {
            JsonObject snapshot = screen.next();
            epoch = snapshot.getString("epoch");
            seq = snapshot.getJsonNumber("seq").longValue();
        }
        join("Missed Meena", "en");
        clerk.postJson("api/counters/" + counter + "/call-next", "");

        try (SocketClient screen = connect("epoch=" + epoch + "&since=" + seq)) {
            JsonObject first = screen.next(m -> !"snapshot".equals(m.getString("type")) || fail("expected the missed updates, not a snapshot"));
            JsonObject call = isCall(first) ? first : screen.next(DisplayWebSocketIT::isCall);
            assertThat(call.getJsonObject("call").getString("number")).isEqualTo("W-001");
            assertThat(call.getJsonNumber("seq").longValue()).isGreaterThan(seq);
        }
        try (SocketClient stranger = connect("epoch=not-this-server&since=5")) {
            assertThat(stranger.next().getString("type")).as("unknown epoch: start from a snapshot").isEqualTo("snapshot");
        }
    }

    private static boolean fail(String message) {
        throw new AssertionError(message);
    }

    @Test
    void numberOnlyPrivacyNeverSendsTheName() throws Exception {
        try {
            admin.putJson("api/admin/settings/display.privacy-mode", "{\"value\":\"NUMBER_ONLY\"}");
            join("Secret Patient", "en");
            try (SocketClient screen = connect(null)) {
                screen.next();
                clerk.postJson("api/counters/" + counter + "/call-next", "");
                JsonObject call = screen.next(DisplayWebSocketIT::isCall);
                assertThat(call.toString()).doesNotContain("Secret").doesNotContain("Patient");
                assertThat(call.getJsonObject("call").getJsonArray("speak").getJsonObject(0).getString("text"))
                        .isEqualTo("Token W 1, please go to " + call.getJsonObject("call").getString("counter") + ".");
            }
            HttpResponse<String> state = anonymous.send(anonymous.request("api/displays/" + display + "/state")
                    .header("X-Display-Key", secret).GET().build());
            assertThat(state.body()).contains("W-001").doesNotContain("Secret");
        } finally {
            admin.putJson("api/admin/settings/display.privacy-mode", "{\"value\":\"FIRST_NAME_AND_INITIAL\"}");
        }
    }

    @Test
    void supervisorsMessagesReachTheTickerAndScreensArePinged() throws Exception {
        Http supervisor = anonymous.as(DemoAccounts.SUPERVISOR, DemoAccounts.SUPERVISOR_PASSWORD);
        try (SocketClient screen = connect(null)) {
            screen.next();
            assertThat(supervisor.postJson("api/displays/message", "{\"text\":\"Dr. Rao starts at 11:00\",\"displayCode\":\"" + display + "\"}")
                    .statusCode()).isEqualTo(201);
            JsonObject ticker = screen.next(m -> m.containsKey("messageChanged"));
            assertThat(ticker.getString("message")).isEqualTo("Dr. Rao starts at 11:00");

            assertThat(supervisor.delete("api/displays/message?display=" + display).statusCode()).isEqualTo(204);
            assertThat(screen.next(m -> m.containsKey("messageChanged")).containsKey("message")).as("cleared: no text").isFalse();
            assertThat(clerk.postJson("api/displays/message", "{\"text\":\"hello\"}").statusCode()).isEqualTo(403);

            Thread.sleep(6_000);
            assertThat(screen.pings()).as("the server pings every 5 s in the test server").isPositive();
        }
    }

    @Test
    void theRestFallbackNeedsTheKey() {
        HttpResponse<String> ok = anonymous.send(anonymous.request("api/displays/" + display + "/state")
                .header("X-Display-Key", secret).GET().build());
        HttpResponse<String> wrong = anonymous.send(anonymous.request("api/displays/" + display + "/state")
                .header("X-Display-Key", "nope").GET().build());

        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(Http.json(ok).getString("type")).isEqualTo("snapshot");
        assertThat(Http.json(ok).getJsonObject("state").getString("displayName")).isEqualTo("Hall " + display);
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(anonymous.get("api/displays/" + display + "/state").statusCode()).isEqualTo(403);
    }
}
