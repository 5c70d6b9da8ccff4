package org.clinicqueue.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Patient self-service from outside, for black-box tests: services that verify phones, fresh phone numbers,
 * one-time codes read back from the outbox gateway through the staff API (as a receptionist would).
 */
public final class PatientFixture {

    private static final Pattern CODE = Pattern.compile("\\b([0-9]{6})\\b");

    private final Http anonymous;
    private final Http admin;
    private final Http supervisor;
    private final ApiFixture api;

    public PatientFixture(Http http) {
        this.anonymous = http;
        this.admin = http.as(DemoAccounts.ADMIN, DemoAccounts.ADMIN_PASSWORD);
        this.supervisor = http.as(DemoAccounts.SUPERVISOR, DemoAccounts.SUPERVISOR_PASSWORD);
        this.api = new ApiFixture(http);
    }

    /** A fresh phone number nobody else in the test run uses. */
    public static String phone() {
        return "+9198" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    public String verifyingService(String prefix) {
        String code = api.service(prefix);
        HttpResponse<String> on = admin.putJson("api/admin/services/" + code + "/phone-verification", "{\"required\":true}");
        assertThat(on.statusCode()).as(on.body()).isEqualTo(200);
        return code;
    }

    public HttpResponse<String> requestCode(String service, String phone) {
        return anonymous.postJson("api/join/code", "{\"serviceCode\":\"" + service + "\",\"phone\":\"" + phone + "\",\"language\":\"en\"}");
    }

    public HttpResponse<String> join(String service, String name, String phone, String code) {
        return anonymous.postJson("api/join", "{\"serviceCode\":\"" + service + "\",\"patientName\":\"" + name + "\",\"phone\":\""
                + phone + "\",\"language\":\"en\"" + (code == null ? "" : ",\"code\":\"" + code + "\"") + "}");
    }

    /** The newest code sent to the phone, as the outbox gateway keeps it (waits briefly for the message). */
    public String latestCode(String phone) {
        for (int i = 0; i < 50; i++) {
            JsonArray messages = outbox(phone);
            for (JsonObject m : messages.getValuesAs(JsonObject.class)) {
                if ("VERIFICATION_CODE".equals(m.getString("kind"))) {
                    Matcher matcher = CODE.matcher(m.getString("body"));
                    assertThat(matcher.find()).as("a code in " + m.getString("body")).isTrue();
                    return matcher.group(1);
                }
            }
            pause(100);
        }
        throw new AssertionError("No code was sent to " + phone);
    }

    /** The first message of this kind to the phone, waiting up to five seconds (messages are queued after commit). */
    public JsonObject awaitMessage(String phone, String kind) {
        for (int i = 0; i < 50; i++) {
            for (JsonObject m : outbox(phone).getValuesAs(JsonObject.class)) {
                if (kind.equals(m.getString("kind"))) {
                    return m;
                }
            }
            pause(100);
        }
        throw new AssertionError("No " + kind + " message to " + phone);
    }

    /** Messages to the phone, newest first. */
    public JsonArray outbox(String phone) {
        HttpResponse<String> response = supervisor.get("api/staff/sms-outbox?phone=" + phone.replace("+", "%2B"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return (JsonArray) Http.jsonStructure(response);
    }

    public void setting(String name, String value) {
        HttpResponse<String> set = admin.putJson("api/admin/settings/" + name, "{\"value\":\"" + value + "\"}");
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
    }

    public static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
