package org.clinicqueue.it.patient;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import javax.imageio.ImageIO;
import org.clinicqueue.it.support.ApiFixture;
import org.clinicqueue.it.support.DemoAccounts;
import org.clinicqueue.it.support.Deployments;
import org.clinicqueue.it.support.Http;
import org.clinicqueue.it.support.PatientFixture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The staff side of patient self-service through the API: feedback (given by the patient once, read by
 * supervisors), QR posters and SMS templates (admins), the per-service verification switch and the outbox
 * (staff roles).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PatientStaffApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.blackBox();
    }

    @ArquillianResource
    URL base;

    Http anonymous;
    Http clerk;
    Http supervisor;
    Http admin;
    PatientFixture patients;
    String service;
    long counter;

    @BeforeEach
    void setUp() {
        anonymous = Http.to(base);
        clerk = anonymous.as(DemoAccounts.CLERK, DemoAccounts.CLERK_PASSWORD);
        supervisor = anonymous.as(DemoAccounts.SUPERVISOR, DemoAccounts.SUPERVISOR_PASSWORD);
        admin = anonymous.as(DemoAccounts.ADMIN, DemoAccounts.ADMIN_PASSWORD);
        patients = new PatientFixture(anonymous);
        ApiFixture fixture = new ApiFixture(anonymous);
        service = fixture.service("F");
        counter = fixture.counter(service);
    }

    @Test
    void aCompletedVisitIsRatedOnceAndSupervisorsSeeTheResult() {
        String tracking = Http.json(patients.join(service, "Rating Patient", PatientFixture.phone(), null)).getString("trackingId");
        String path = "api/tickets/" + tracking + "/feedback";

        HttpResponse<String> tooEarly = anonymous.postJson(path, "{\"rating\":5}");
        assertThat(tooEarly.statusCode()).isEqualTo(409);
        assertThat(Http.json(tooEarly).getString("detail")).contains("once it is complete");
        assertThat(Http.json(anonymous.get(path)).getBoolean("canGive")).isFalse();
        clerk.postJson("api/counters/" + counter + "/call-next", "");
        clerk.postJson("api/counters/" + counter + "/complete", "");
        assertThat(Http.json(anonymous.get(path)).getBoolean("canGive")).isTrue();

        assertThat(anonymous.postJson(path, "{\"rating\":9}").statusCode()).isEqualTo(400);
        HttpResponse<String> given = anonymous.postJson(path, "{\"rating\":4,\"comment\":\"Kind doctor, long wait.\"}");
        HttpResponse<String> twice = anonymous.postJson(path, "{\"rating\":1}");

        assertThat(given.statusCode()).as(given.body()).isEqualTo(201);
        assertThat(Http.json(given).getBoolean("given")).isTrue();
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(Http.json(twice).getString("code")).isEqualTo("feedback-given");

        assertThat(anonymous.get("api/staff/feedback").statusCode()).isEqualTo(401);
        assertThat(clerk.get("api/staff/feedback").statusCode()).isEqualTo(403);
        JsonObject report = Http.json(supervisor.get("api/staff/feedback?service=" + service));
        assertThat(report.getInt("count")).isEqualTo(1);
        JsonObject mine = report.getJsonArray("services").getJsonObject(0);
        assertThat(mine.getString("serviceCode")).isEqualTo(service);
        assertThat(mine.getJsonNumber("averageRating").doubleValue()).isEqualTo(4.0);
        assertThat(mine.getJsonArray("ratings").toString()).isEqualTo("[0,0,0,1,0]");
        JsonObject entry = report.getJsonArray("latest").getJsonObject(0);
        assertThat(entry.getString("comment")).isEqualTo("Kind doctor, long wait.");
        assertThat(entry.getString("ticketNumber")).isEqualTo("F-001");
        assertThat(report.toString()).as("results carry no names").doesNotContain("Rating Patient");
    }

    @Test
    void postersAreQrCodesOfTheJoinPageForAdminsOnly() throws Exception {
        HttpResponse<byte[]> png = admin.client().send(admin.request("api/admin/posters/" + service + ".png?size=300").GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> hospital = admin.client().send(admin.request("api/admin/posters/hospital.png").GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());

        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(decode(png.body())).isEqualTo(base + "join?service=" + service);
        assertThat(decode(hospital.body())).isEqualTo(base + "join");
        JsonArray list = (JsonArray) Http.jsonStructure(admin.get("api/admin/posters"));
        assertThat(list.getValuesAs(JsonObject.class)).anySatisfy(p -> assertThat(p.getString("joinUrl")).endsWith("/join?service=" + service));
        assertThat(anonymous.get("api/admin/posters").statusCode()).isEqualTo(401);
        assertThat(supervisor.get("api/admin/posters/" + service + ".png").statusCode()).isEqualTo(403);
        assertThat(admin.get("api/admin/posters/NOSUCH.png").statusCode()).isEqualTo(404);
    }

    @Test
    void adminsEditTemplatesPerLanguageWithinTheirRules() {
        String path = "api/admin/sms-templates/CALLED/hi";
        try {
            HttpResponse<String> bad = admin.putJson(path, "{\"text\":\"{number} कृपया आएँ\"}");
            HttpResponse<String> good = admin.putJson(path, "{\"text\":\"{number}: {counter} पर आइए।\"}");

            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(Http.json(bad).getString("detail")).contains("{counter}");
            assertThat(good.statusCode()).as(good.body()).isEqualTo(200);
            assertThat(Http.json(good).getBoolean("custom")).isTrue();
            JsonArray all = (JsonArray) Http.jsonStructure(admin.get("api/admin/sms-templates"));
            assertThat(all.getValuesAs(JsonObject.class)).anySatisfy(t -> {
                assertThat(t.getString("kind")).isEqualTo("CALLED");
                assertThat(t.getString("language")).isEqualTo("hi");
                assertThat(t.getString("text")).isEqualTo("{number}: {counter} पर आइए।");
            });
            assertThat(supervisor.putJson(path, "{\"text\":\"{number} {counter}\"}").statusCode()).isEqualTo(403);
            assertThat(admin.putJson("api/admin/sms-templates/SHOUTING/en", "{\"text\":\"x\"}").statusCode()).isEqualTo(400);
        } finally {
            HttpResponse<String> reset = admin.delete(path);
            assertThat(Http.json(reset).getBoolean("custom")).isFalse();
            assertThat(Http.json(reset).getString("text")).contains("आपकी बारी");
        }
    }

    @Test
    void onlyAdminsSwitchVerificationAndOnlyStaffReadTheOutbox() {
        String phone = PatientFixture.phone();
        patients.join(service, "Outbox Reader", phone, null);

        assertThat(supervisor.putJson("api/admin/services/" + service + "/phone-verification", "{\"required\":true}").statusCode()).isEqualTo(403);
        assertThat(anonymous.putJson("api/admin/services/" + service + "/phone-verification", "{\"required\":true}").statusCode()).isEqualTo(401);
        assertThat(admin.putJson("api/admin/services/" + service + "/phone-verification", "{}").statusCode()).isEqualTo(400);
        assertThat(Http.json(clerk.get("api/admin/services/" + service + "/phone-verification")).getBoolean("phoneVerification")).isFalse();

        assertThat(anonymous.get("api/staff/sms-outbox").statusCode()).isEqualTo(401);
        assertThat(clerk.get("api/staff/sms-outbox").statusCode()).isEqualTo(403);
        JsonObject issued = patients.awaitMessage(phone, "TICKET_ISSUED");
        assertThat(issued.getString("body")).contains("F-001").contains("/t/");
        JsonObject details = Http.json(anonymous.as(DemoAccounts.RECEPTION, DemoAccounts.RECEPTION_PASSWORD)
                .get("api/staff/sms-outbox/" + issued.getJsonNumber("id").longValue()));
        assertThat(details.getJsonObject("message").getString("phone")).isEqualTo(phone);
        assertThat(supervisor.get("api/staff/sms-outbox?status=NONSENSE").statusCode()).isEqualTo(400);
        HttpResponse<String> retrySent = supervisor.postJson("api/staff/sms-outbox/" + issued.getJsonNumber("id").longValue() + "/retry", "");
        assertThat(retrySent.statusCode()).as("only failed messages are sent again").isEqualTo(409);
    }

    private static String decode(byte[] png) throws Exception {
        var image = ImageIO.read(new ByteArrayInputStream(png));
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)))).getText();
    }
}
