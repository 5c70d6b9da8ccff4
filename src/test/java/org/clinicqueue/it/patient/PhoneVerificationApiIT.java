package org.clinicqueue.it.patient;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clinicqueue.it.support.ApiFixture;
import org.clinicqueue.it.support.DemoAccounts;
import org.clinicqueue.it.support.Deployments;
import org.clinicqueue.it.support.Http;
import org.clinicqueue.it.support.ItDatabase;
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
 * Joining from a phone with a one-time code, through the public API as the join page uses it: the code's
 * rules (single use, five tries, five minutes, cooldown, hourly and per-address limits), the clear messages,
 * anti-hoarding and the daily limit, and that codes exist only in the SMS (hashed in the database, never logged).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PhoneVerificationApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.blackBox();
    }

    @ArquillianResource
    URL base;

    Http anonymous;
    Http reception;
    PatientFixture patients;
    String service;

    @BeforeEach
    void setUp() {
        anonymous = Http.to(base);
        reception = anonymous.as(DemoAccounts.RECEPTION, DemoAccounts.RECEPTION_PASSWORD);
        patients = new PatientFixture(anonymous);
        service = patients.verifyingService("V");
    }

    @Test
    void aPatientJoinsWithTheCodeSentToTheirPhone() {
        String phone = PatientFixture.phone();

        HttpResponse<String> sent = patients.requestCode(service, phone);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);
        JsonObject answer = Http.json(sent);
        assertThat(answer.getString("sentTo")).endsWith(phone.substring(phone.length() - 3)).startsWith("***");
        assertThat(answer.getInt("validSeconds")).isEqualTo(300);
        String code = patients.latestCode(phone);
        assertThat(sent.body()).as("the code leaves only by SMS").doesNotContain(code);

        HttpResponse<String> joined = patients.join(service, "Asha Verma", phone, code);

        assertThat(joined.statusCode()).as(joined.body()).isEqualTo(201);
        JsonObject ticket = Http.json(joined);
        assertThat(ticket.getString("number")).isEqualTo("V-001");
        assertThat(ticket.getString("statusUrl")).endsWith("/t/" + ticket.getString("trackingId"));
        JsonObject status = Http.json(anonymous.get("api/tickets/" + ticket.getString("trackingId")));
        assertThat(status.getString("status")).isEqualTo("WAITING");
        HttpResponse<String> anotherCode = patients.requestCode(service, phone);
        assertThat(anotherCode.statusCode()).as("no SMS is spent on a phone that already waits").isEqualTo(409);
        assertThat(Http.json(anotherCode).getString("code")).isEqualTo("already-queued");
    }

    @Test
    void aCodeWorksOnce() {
        String phone = PatientFixture.phone();
        patients.requestCode(service, phone);
        String code = patients.latestCode(phone);
        JsonObject ticket = Http.json(patients.join(service, "Once Only", phone, code));
        anonymous.delete("api/tickets/" + ticket.getString("trackingId"));

        HttpResponse<String> again = patients.join(service, "Once Only", phone, code);

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(Http.json(again).getString("code")).isEqualTo("otp-used");
        assertThat(Http.json(again).getString("detail")).contains("already been used");
    }

    @Test
    void fiveWrongTriesKillTheCodeAndEachTryIsCounted() {
        String phone = PatientFixture.phone();
        patients.requestCode(service, phone);
        String code = patients.latestCode(phone);
        String wrong = code.equals("000000") ? "111111" : "000000";

        for (int left = 4; left >= 1; left--) {
            HttpResponse<String> refused = patients.join(service, "Guess Er", phone, wrong);
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(Http.json(refused).getString("code")).isEqualTo("otp-wrong");
            assertThat(Http.json(refused).getString("detail")).contains("not right").contains(left + (left == 1 ? " try" : " tries") + " left");
        }
        HttpResponse<String> fifth = patients.join(service, "Guess Er", phone, wrong);
        HttpResponse<String> rightTooLate = patients.join(service, "Guess Er", phone, code);

        assertThat(Http.json(fifth).getString("code")).isEqualTo("otp-locked");
        assertThat(rightTooLate.statusCode()).isEqualTo(409);
        assertThat(Http.json(rightTooLate).getString("detail")).contains("Too many wrong tries").contains("new code");
        assertThat(ItDatabase.single("SELECT wrong_tries FROM otp_challenge WHERE phone = ?", phone)).isEqualTo(5);
        assertThat(queueLength()).as("no ticket was issued").isZero();
    }

    @Test
    void anExpiredCodeGetsAClearMessage() {
        String phone = PatientFixture.phone();
        patients.requestCode(service, phone);
        String code = patients.latestCode(phone);
        // Five minutes pass.
        ItDatabase.update("UPDATE otp_challenge SET expires_at = DATE_SUB(expires_at, INTERVAL 301 SECOND), "
                + "created_at = DATE_SUB(created_at, INTERVAL 301 SECOND) WHERE phone = ?", phone);

        HttpResponse<String> late = patients.join(service, "Slow Typist", phone, code);

        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(Http.json(late).getString("code")).isEqualTo("otp-expired");
        assertThat(Http.json(late).getString("detail")).contains("expired").contains("5 minutes");
        assertThat(queueLength()).isZero();
    }

    @Test
    void aNewCodeMustWaitForTheCooldownAndReplacesTheOldOne() {
        String phone = PatientFixture.phone();
        patients.requestCode(service, phone);
        String first = patients.latestCode(phone);

        HttpResponse<String> tooSoon = patients.requestCode(service, phone);

        assertThat(tooSoon.statusCode()).isEqualTo(429);
        assertThat(Http.json(tooSoon).getString("code")).isEqualTo("otp-cooldown");
        long retryAfter = Long.parseLong(tooSoon.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 60L);
        assertThat(Http.json(tooSoon).getString("detail")).contains("wait " + retryAfter + " seconds");

        // The cooldown passes.
        ItDatabase.update("UPDATE otp_challenge SET created_at = DATE_SUB(created_at, INTERVAL 61 SECOND) WHERE phone = ?", phone);
        assertThat(patients.requestCode(service, phone).statusCode()).isEqualTo(202);
        String second = waitForNewCode(phone, first);

        HttpResponse<String> withOld = patients.join(service, "Two Codes", phone, first);
        assertThat(withOld.statusCode()).as("the first code was replaced").isEqualTo(409);
        assertThat(Http.json(withOld).getString("code")).isEqualTo("otp-used");
        assertThat(Http.json(withOld).getString("detail")).contains("replaced by a newer one");
        assertThat(ItDatabase.single("SELECT MAX(wrong_tries) FROM otp_challenge WHERE phone = ?", phone))
                .as("typing the previous code costs no try").isEqualTo(0);
        assertThat(patients.join(service, "Two Codes", phone, second).statusCode()).isEqualTo(201);
    }

    @Test
    void aPhoneGetsAtMostFiveCodesAnHour() {
        String phone = PatientFixture.phone();
        patients.setting("otp.resend-cooldown-seconds", "0");
        try {
            for (int i = 1; i <= 5; i++) {
                assertThat(patients.requestCode(service, phone).statusCode()).as("code " + i).isEqualTo(202);
            }
            HttpResponse<String> sixth = patients.requestCode(service, phone);

            assertThat(sixth.statusCode()).isEqualTo(429);
            assertThat(Http.json(sixth).getString("code")).isEqualTo("otp-hourly-limit");
            assertThat(Http.json(sixth).getString("detail")).contains("5 codes in the last hour");
            assertThat(Long.parseLong(sixth.headers().firstValue("Retry-After").orElseThrow())).isBetween(3000L, 3600L);
            assertThat(patients.requestCode(service, PatientFixture.phone()).statusCode()).as("another phone").isEqualTo(202);
        } finally {
            patients.setting("otp.resend-cooldown-seconds", "60");
        }
    }

    @Test
    void oneNetworkAddressCanAskForOnlySoManyCodes() {
        patients.setting("otp.requests-per-address-per-minute", "2");
        try {
            assertThat(patients.requestCode(service, PatientFixture.phone()).statusCode()).isEqualTo(202);
            assertThat(patients.requestCode(service, PatientFixture.phone()).statusCode()).isEqualTo(202);
            HttpResponse<String> third = patients.requestCode(service, PatientFixture.phone());

            assertThat(third.statusCode()).isEqualTo(429);
            assertThat(Http.json(third).getString("code")).isEqualTo("rate-limited");
            assertThat(third.headers().firstValue("Retry-After")).isPresent();
        } finally {
            patients.setting("otp.requests-per-address-per-minute", "30");
        }
    }

    @Test
    void aVerifyingServiceCannotBeJoinedWithoutACodeButReceptionNeedsNone() {
        String phone = PatientFixture.phone();

        HttpResponse<String> oldApi = anonymous.postJson("api/tickets",
                "{\"serviceCode\":\"" + service + "\",\"patientName\":\"Side Door\",\"phone\":\"" + phone + "\"}");
        HttpResponse<String> oldApiNoPhone = anonymous.postJson("api/tickets", "{\"serviceCode\":\"" + service + "\",\"patientName\":\"Side Door\"}");
        HttpResponse<String> noCode = patients.join(service, "Side Door", phone, null);
        HttpResponse<String> neverAsked = patients.join(service, "Side Door", phone, "123456");
        HttpResponse<String> malformed = patients.join(service, "Side Door", phone, "12ab");

        assertThat(oldApi.statusCode()).isEqualTo(400);
        assertThat(Http.json(oldApi).getString("code")).isEqualTo("phone-verification-required");
        assertThat(Http.json(oldApiNoPhone).getString("code")).isEqualTo("phone-verification-required");
        assertThat(Http.json(noCode).getString("code")).isEqualTo("code-required");
        assertThat(Http.json(neverAsked).getString("code")).isEqualTo("otp-missing");
        assertThat(Http.json(malformed).getString("detail")).contains("6-digit");
        assertThat(queueLength()).isZero();

        HttpResponse<String> atReception = reception.postJson("api/tickets",
                "{\"serviceCode\":\"" + service + "\",\"patientName\":\"At The Desk\",\"phone\":\"" + phone + "\"}");
        assertThat(atReception.statusCode()).as(atReception.body()).isEqualTo(201);
    }

    @Test
    void aServiceWithoutVerificationIsJoinedDirectlyAndSendsNoCodes() {
        String open = new ApiFixture(anonymous).service("N");
        String phone = PatientFixture.phone();

        HttpResponse<String> code = patients.requestCode(open, phone);
        HttpResponse<String> joined = patients.join(open, "Direct Join", phone, null);
        HttpResponse<String> noPhone = patients.join(open, "No Phone", "", null);

        assertThat(code.statusCode()).isEqualTo(409);
        assertThat(Http.json(code).getString("code")).isEqualTo("verification-not-needed");
        assertThat(joined.statusCode()).as(joined.body()).isEqualTo(201);
        assertThat(Http.json(noPhone).getString("code")).isEqualTo("phone-required");
        JsonArray services = (JsonArray) Http.jsonStructure(anonymous.get("api/join/services"));
        assertThat(services.getValuesAs(JsonObject.class)).anySatisfy(s -> {
            assertThat(s.getString("code")).isEqualTo(open);
            assertThat(s.getBoolean("phoneVerification")).isFalse();
            assertThat(s.getInt("waiting")).isEqualTo(1);
        }).anySatisfy(s -> {
            assertThat(s.getString("code")).isEqualTo(service);
            assertThat(s.getBoolean("phoneVerification")).isTrue();
        });
    }

    @Test
    void onePhoneOneActiveTicketPerServiceAndTheDailyLimitIsExplained() {
        String limited = new ApiFixture(anonymous).service("D");
        HttpResponse<String> limit = anonymous.as(DemoAccounts.ADMIN, DemoAccounts.ADMIN_PASSWORD).putJson("api/admin/services/" + limited,
                "{\"prefix\":\"D\",\"name\":\"Limited " + limited + "\",\"dailyLimit\":2,\"expectedMinutes\":5}");
        assertThat(limit.statusCode()).as(limit.body()).isEqualTo(200);
        String phone = PatientFixture.phone();

        assertThat(patients.join(limited, "First Patient", phone, null).statusCode()).isEqualTo(201);
        HttpResponse<String> hoarding = patients.join(limited, "Same Phone", phone, null);
        assertThat(patients.join(limited, "Second Patient", PatientFixture.phone(), null).statusCode()).isEqualTo(201);
        HttpResponse<String> full = patients.join(limited, "Third Patient", PatientFixture.phone(), null);

        assertThat(hoarding.statusCode()).isEqualTo(409);
        assertThat(Http.json(hoarding).getString("code")).isEqualTo("already-queued");
        assertThat(Http.json(hoarding).getString("detail")).contains("already has a ticket");
        assertThat(full.statusCode()).isEqualTo(409);
        assertThat(Http.json(full).getString("code")).isEqualTo("daily-limit");
        assertThat(Http.json(full).getString("detail")).contains("all 2 tickets for today");
    }

    @Test
    void codesAreStoredOnlyAsHashesAndNeverLogged() throws IOException {
        String phone = PatientFixture.phone();
        patients.requestCode(service, phone);
        String code = patients.latestCode(phone);
        String wrong = code.equals("000000") ? "111111" : "000000";
        patients.join(service, "Private Person", phone, wrong);
        patients.join(service, "Private Person", phone, code);

        Object hash = ItDatabase.single("SELECT code_hash FROM otp_challenge WHERE phone = ?", phone);
        assertThat(hash.toString()).hasSize(64).doesNotContain(code);
        assertThat(ItDatabase.query("SELECT * FROM otp_challenge WHERE phone = ?", phone).get(0))
                .noneMatch(column -> String.valueOf(column).equals(code));
        Path log = Path.of(System.getProperty("clinicqueue.war")).getParent().resolve("server-it/log/server.log");
        assertThat(log).exists();
        assertThat(Files.readString(log)).doesNotContain(code + " is your").doesNotContain("code " + code);
        assertThat(Files.readAllLines(log)).noneMatch(line -> line.contains(phone));
    }

    private String waitForNewCode(String phone, String old) {
        for (int i = 0; i < 50; i++) {
            String latest = patients.latestCode(phone);
            if (!latest.equals(old)) {
                return latest;
            }
            PatientFixture.pause(100);
        }
        // The same six digits twice in a row (one in a million): the newest message is still the new code.
        return old;
    }

    private int queueLength() {
        HttpResponse<String> queue = reception.get("api/services/" + service + "/queue");
        return ((JsonArray) Http.jsonStructure(queue)).size();
    }
}
