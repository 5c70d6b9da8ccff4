package org.clinicqueue.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Appointments from outside, for black-box tests: fresh doctors made through the admin API (their staff account
 * is written straight into the test database, as there is no API to create accounts) with 15-minute slots every
 * day from 00:00 to 23:45, bookings by reception, and moving a booking's slot in the database to "now".
 */
public final class AppointmentApi {

    private static final DateTimeFormatter SQL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    /** A doctor made for one test; they sign in as {@code username} with the demo doctor's password. */
    public record Doctor(long id, String name, String serviceCode, String roomCode, long roomId, String username) {
    }

    private final Http anonymous;
    private final Http admin;
    private final Http supervisor;
    private final Http reception;
    private final ApiFixture api;
    private ZoneId zone;

    public AppointmentApi(Http http) {
        this.anonymous = http;
        this.admin = http.as(DemoAccounts.ADMIN, DemoAccounts.ADMIN_PASSWORD);
        this.supervisor = http.as(DemoAccounts.SUPERVISOR, DemoAccounts.SUPERVISOR_PASSWORD);
        this.reception = http.as(DemoAccounts.RECEPTION, DemoAccounts.RECEPTION_PASSWORD);
        this.api = new ApiFixture(http);
    }

    public Doctor doctor(String prefix) {
        String service = api.service(prefix);
        String roomCode = QueueFixture.code("R");
        HttpResponse<String> room = admin.postJson("api/admin/counters",
                "{\"code\":\"" + roomCode + "\",\"name\":\"Room " + roomCode + "\",\"serviceCodes\":[\"" + service + "\"]}");
        assertThat(room.statusCode()).as(room.body()).isEqualTo(201);
        long roomId = Http.json(room).getJsonNumber("id").longValue();
        String username = QueueFixture.code("dr").toLowerCase();
        // The demo doctor's password hash: the new doctor signs in with DemoAccounts.DOCTOR_PASSWORD.
        ItDatabase.update("INSERT INTO staff_account (username, display_name, password_hash, active, locale, created_at, "
                + "password_changed_at, version) SELECT ?, ?, password_hash, TRUE, 'en', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 0 "
                + "FROM staff_account WHERE username = ?", username, "Dr. " + username, DemoAccounts.DOCTOR);
        ItDatabase.update("INSERT INTO staff_account_role (account_id, role_name) SELECT id, 'OPERATOR' FROM staff_account WHERE username = ?",
                username);
        HttpResponse<String> created = admin.postJson("api/admin/doctors", "{\"username\":\"" + username + "\",\"name\":\"Dr. "
                + username.toUpperCase() + "\",\"specialisation\":\"Testing\",\"counterCode\":\"" + roomCode + "\",\"serviceCodes\":[\""
                + service + "\"],\"slotMinutes\":15}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject doctor = Http.json(created);
        long id = doctor.getJsonNumber("id").longValue();
        StringBuilder days = new StringBuilder();
        for (String day : new String[] {"MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"}) {
            days.append(days.length() == 0 ? "" : ",").append("{\"day\":\"").append(day).append("\",\"hours\":\"00:00-23:45\"}");
        }
        HttpResponse<String> schedule = supervisor.putJson("api/doctors/" + id + "/schedule", "{\"days\":[" + days + "]}");
        assertThat(schedule.statusCode()).as(schedule.body()).isEqualTo(200);
        return new Doctor(id, doctor.getString("name"), service, roomCode, roomId, username);
    }

    /** The hospital's time zone, as the server has it. */
    public ZoneId zone() {
        if (zone == null) {
            zone = ZoneId.of(Http.json(admin.get("api/admin/settings")).getString("hospital.time-zone"));
        }
        return zone;
    }

    public LocalDate tomorrow() {
        return LocalDate.now(zone()).plusDays(1);
    }

    public Instant at(LocalDate date, String time) {
        return LocalDateTime.of(date, LocalTime.parse(time)).atZone(zone()).toInstant();
    }

    /** Reception books for a patient (no code needed); the answer's body. */
    public JsonObject bookByReception(Doctor doctor, Instant start, String name, String phone) {
        HttpResponse<String> booked = reception.postJson("api/appointments", booking(doctor, start, name, phone, null));
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        return Http.json(booked);
    }

    public static String booking(Doctor doctor, Instant start, String name, String phone, String code) {
        return "{\"doctorId\":" + doctor.id() + ",\"start\":\"" + start + "\",\"patientName\":\"" + name + "\",\"phone\":\"" + phone
                + "\",\"language\":\"en\",\"reason\":\"check-up\"" + (code == null ? "" : ",\"code\":\"" + code + "\"") + "}";
    }

    /** Moves a booking's slot in the database (a test cannot wait for the day), as if booked days ago. */
    public void moveSlot(String code, Instant start) {
        ItDatabase.update("UPDATE appointment SET slot_start = ?, slot_end = ?, slot_date = ?, slot_chosen_at = ?, booked_at = ? WHERE code = ?",
                sql(start), sql(start.plusSeconds(900)), LocalDate.ofInstant(start, zone()).toString(),
                sql(start.minusSeconds(3 * 86400)), sql(start.minusSeconds(3 * 86400)), code);
    }

    public static HttpResponse<String> patch(Http http, String path, String json) {
        return http.send(http.request(path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static String sql(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC).format(SQL);
    }
}
