package org.clinicqueue.it.appointments;

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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.clinicqueue.it.support.AppointmentApi;
import org.clinicqueue.it.support.AppointmentApi.Doctor;
import org.clinicqueue.it.support.DemoAccounts;
import org.clinicqueue.it.support.Deployments;
import org.clinicqueue.it.support.Http;
import org.clinicqueue.it.support.PatientFixture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The appointment API from outside: the public booking flow, problem answers, staff-only endpoints, check-in. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AppointmentApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.blackBox();
    }

    @ArquillianResource
    URL base;

    private void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(Http.json(response).getString("code")).isEqualTo(code);
    }

    @Test
    void aPatientFindsAFreeSlotBooksWithACodeAndManagesItWithTheLink() throws Exception {
        Http anonymous = Http.to(base);
        AppointmentApi appointments = new AppointmentApi(anonymous);
        PatientFixture patients = new PatientFixture(anonymous);
        Doctor doctor = appointments.doctor("P");
        LocalDate tomorrow = appointments.tomorrow();
        String phone = PatientFixture.phone();

        JsonArray doctors = (JsonArray) Http.jsonStructure(anonymous.get("api/doctors?service=" + doctor.serviceCode()));
        assertThat(doctors).hasSize(1);
        assertThat(doctors.getJsonObject(0).getString("name")).isEqualTo(doctor.name());
        assertThat(doctors.getJsonObject(0).getString("roomName")).isEqualTo("Room " + doctor.roomCode());
        HttpResponse<String> slotsResponse = anonymous.get("api/doctors/" + doctor.id() + "/slots?date=" + tomorrow);
        assertThat(slotsResponse.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        JsonObject slots = Http.json(slotsResponse);
        assertThat(slots.getString("timeZone")).isEqualTo(appointments.zone().getId());
        JsonObject tenOClock = slots.getJsonArray("slots").getJsonObject(40);
        assertThat(tenOClock.getString("time")).isEqualTo("10:00");

        assertThat(anonymous.postJson("api/appointments/phone-code", "{\"phone\":\"" + phone + "\",\"language\":\"en\"}").statusCode())
                .isEqualTo(202);
        HttpResponse<String> booked = anonymous.postJson("api/appointments", AppointmentApi.booking(doctor,
                Instant.parse(tenOClock.getString("start")), "Meera Shah", phone, patients.latestCode(phone)));
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        JsonObject appointment = Http.json(booked);
        String code = appointment.getString("code");
        assertThat(booked.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/appointments/" + code));
        assertThat(patients.awaitMessage(phone, "APPOINTMENT_BOOKED").getString("body")).contains("/a/" + code);

        JsonObject mine = Http.json(anonymous.get("api/appointments/" + code));
        assertThat(mine.getString("time")).isEqualTo("10:00");
        assertThat(mine.getString("phone")).doesNotContain(phone.substring(0, 8));
        assertThat(mine.getBoolean("patientMayChange")).isTrue();
        HttpResponse<byte[]> qr = anonymous.client().send(anonymous.request("api/appointments/" + code + "/qr.png").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(decode(qr.body())).isEqualTo(mine.getString("manageUrl")).endsWith("/a/" + code);
        assertThat(anonymous.get("a/" + code).body()).contains("appointment.js");

        HttpResponse<String> moved = AppointmentApi.patch(anonymous, "api/appointments/" + code,
                "{\"start\":\"" + appointments.at(tomorrow, "10:30") + "\"}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(Http.json(moved).getString("time")).isEqualTo("10:30");
        HttpResponse<String> cancelled = anonymous.delete("api/appointments/" + code);
        assertThat(Http.json(cancelled).getString("status")).isEqualTo("CANCELLED");
        assertProblem(anonymous.delete("api/appointments/" + code), 409, "appointment-cancelled");
        assertThat(patients.awaitMessage(phone, "APPOINTMENT_CANCELLED").getString("body")).contains("/book?service=" + doctor.serviceCode());
    }

    @Test
    void badRequestsAreRefusedWithProblemsAndChangeNothing() {
        Http anonymous = Http.to(base);
        AppointmentApi appointments = new AppointmentApi(anonymous);
        Doctor doctor = appointments.doctor("Q");
        Instant start = appointments.at(appointments.tomorrow(), "09:00");
        String phone = PatientFixture.phone();

        assertProblem(anonymous.get("api/doctors/" + doctor.id() + "/slots"), 400, "invalid-date");
        assertProblem(anonymous.get("api/doctors/" + doctor.id() + "/slots?date=tomorrow"), 400, "invalid-date");
        assertProblem(anonymous.get("api/doctors/999999/slots?date=" + appointments.tomorrow()), 404, "not-found");
        assertProblem(anonymous.postJson("api/appointments", AppointmentApi.booking(doctor, start, "No Code", phone, null)), 400, "code-required");
        assertProblem(anonymous.postJson("api/appointments", AppointmentApi.booking(doctor, start, "Wrong Code", phone, "123456")), 409, "otp-missing");
        assertProblem(anonymous.postJson("api/appointments", "{\"doctorId\":" + doctor.id() + ",\"start\":\"10 o'clock\"}"), 400, "invalid-slot");
        JsonObject taken = appointments.bookByReception(doctor, start, "First", phone);
        assertProblem(anonymous.as(DemoAccounts.RECEPTION, DemoAccounts.RECEPTION_PASSWORD).postJson("api/appointments",
                AppointmentApi.booking(doctor, start, "Second", PatientFixture.phone(), null)), 409, "slot-taken");
        assertProblem(anonymous.get("api/appointments/" + taken.getString("reference")), 404, "not-found");
        assertProblem(anonymous.get("api/appointments/AAAAAAAAAAAAAAAAAAAAAA"), 404, "not-found");
        assertThat(Http.json(anonymous.as(DemoAccounts.RECEPTION, DemoAccounts.RECEPTION_PASSWORD)
                .get("api/appointments/" + taken.getString("reference"))).getString("code")).isEqualTo(taken.getString("code"));
        assertThat(anonymous.as(DemoAccounts.RECEPTION, DemoAccounts.RECEPTION_PASSWORD)
                .get("api/appointments?doctorId=" + doctor.id() + "&date=" + appointments.tomorrow()).body()).contains("\"First\"")
                .doesNotContain("\"Second\"");
    }

    @Test
    void staffEndpointsNeedTheRightRole() {
        Http anonymous = Http.to(base);
        AppointmentApi appointments = new AppointmentApi(anonymous);
        Doctor doctor = appointments.doctor("S");
        JsonObject booked = appointments.bookByReception(doctor, appointments.at(appointments.tomorrow(), "11:00"), "Staff Test",
                PatientFixture.phone());
        String schedule = "{\"days\":[{\"day\":\"MON\",\"hours\":\"09:00-12:00\",\"breaks\":[\"10:00-10:15\"]}]}";

        assertProblem(anonymous.postJson("api/appointments/" + booked.getString("code") + "/check-in", ""), 401, "authentication-required");
        assertThat(anonymous.get("api/appointments?date=" + appointments.tomorrow()).statusCode()).isEqualTo(401);
        assertThat(anonymous.putJson("api/doctors/" + doctor.id() + "/schedule", schedule).statusCode()).isEqualTo(401);
        assertThat(anonymous.as(DemoAccounts.RECEPTION, DemoAccounts.RECEPTION_PASSWORD)
                .putJson("api/doctors/" + doctor.id() + "/schedule", schedule).statusCode()).isEqualTo(403);
        assertThat(anonymous.as(DemoAccounts.SUPERVISOR, DemoAccounts.SUPERVISOR_PASSWORD)
                .postJson("api/admin/doctors", "{\"username\":\"clerk\"}").statusCode()).isEqualTo(403);
        assertThat(anonymous.as(DemoAccounts.CLERK, DemoAccounts.CLERK_PASSWORD)
                .postJson("api/schedule-exceptions", "{\"doctorId\":" + doctor.id() + ",\"kind\":\"LEAVE\",\"firstDate\":\""
                        + appointments.tomorrow() + "\"}").statusCode()).isEqualTo(403);
        HttpResponse<String> changed = anonymous.as(DemoAccounts.SUPERVISOR, DemoAccounts.SUPERVISOR_PASSWORD)
                .putJson("api/doctors/" + doctor.id() + "/schedule", schedule);
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(Http.json(changed).getJsonObject("week").getJsonArray("days").getJsonObject(0).getString("day")).isEqualTo("MONDAY");
    }

    @Test
    void receptionFindsTheBookingByPhoneAndChecksThePatientIn() {
        Http anonymous = Http.to(base);
        Http reception = anonymous.as(DemoAccounts.RECEPTION, DemoAccounts.RECEPTION_PASSWORD);
        AppointmentApi appointments = new AppointmentApi(anonymous);
        Doctor doctor = appointments.doctor("K");
        String phone = PatientFixture.phone();
        JsonObject booked = appointments.bookByReception(doctor, appointments.at(appointments.tomorrow(), "08:00"), "Arrived Patient", phone);
        appointments.moveSlot(booked.getString("code"), Instant.now().plus(Duration.ofMinutes(10)));

        JsonArray found = (JsonArray) Http.jsonStructure(reception.get("api/appointments?phone=" + phone.replace("+", "%2B")));
        assertThat(found).hasSize(1);
        assertThat(found.getJsonObject(0).getString("phone")).isEqualTo(phone);
        HttpResponse<String> checkedIn = reception.postJson("api/appointments/" + found.getJsonObject(0).getString("reference") + "/check-in", "");
        assertThat(checkedIn.statusCode()).as(checkedIn.body()).isEqualTo(200);
        JsonObject result = Http.json(checkedIn);
        assertThat(result.getString("number")).startsWith("K-");
        assertThat(result.getBoolean("keptSlotPriority")).isTrue();
        JsonObject ticket = Http.json(anonymous.get("api/tickets/" + result.getString("trackingId")));
        assertThat(ticket.getString("status")).isEqualTo("WAITING");
        assertThat(ticket.getString("patientName")).isEqualTo("Arrived Patient");
        assertProblem(reception.postJson("api/appointments/" + booked.getString("code") + "/check-in", ""), 409, "not-booked");
        JsonObject day = Http.json(reception.get("api/doctors/" + doctor.id() + "/day"));
        assertThat(day.getJsonObject("counts").getInt("waiting")).isEqualTo(1);
    }

    @Test
    void leaveOverTheApiListsTheBookingsItDisplaces() {
        Http anonymous = Http.to(base);
        Http supervisor = anonymous.as(DemoAccounts.SUPERVISOR, DemoAccounts.SUPERVISOR_PASSWORD);
        AppointmentApi appointments = new AppointmentApi(anonymous);
        Doctor doctor = appointments.doctor("L");
        LocalDate day = appointments.tomorrow().plusDays(1);
        JsonObject booked = appointments.bookByReception(doctor, appointments.at(day, "10:00"), "Displaced", PatientFixture.phone());

        HttpResponse<String> leave = supervisor.postJson("api/schedule-exceptions", "{\"doctorId\":" + doctor.id()
                + ",\"kind\":\"leave\",\"firstDate\":\"" + day + "\",\"lastDate\":\"" + day.plusDays(2) + "\",\"reason\":\"training\"}");
        assertThat(leave.statusCode()).as(leave.body()).isEqualTo(201);
        JsonObject change = Http.json(leave);
        assertThat(change.getJsonArray("affected").getJsonObject(0).getString("reference")).isEqualTo(booked.getString("reference"));
        assertThat(Http.json(anonymous.get("api/doctors/" + doctor.id() + "/slots?date=" + day)).getBoolean("dayOff")).isTrue();
        assertThat(supervisor.get("api/schedule-exceptions?doctorId=" + doctor.id()).body()).contains("training");
        long id = change.getJsonObject("exception").getJsonNumber("id").longValue();
        assertThat(supervisor.delete("api/schedule-exceptions/" + id).statusCode()).isEqualTo(200);
        assertThat(Http.json(anonymous.get("api/doctors/" + doctor.id() + "/slots?date=" + day)).getJsonArray("slots")).hasSize(94);
        assertProblem(supervisor.delete("api/schedule-exceptions/" + id), 409, "exception-withdrawn");
    }

    @Test
    void theDemoDoctorSeesTheirOwnDay() {
        Http doctor = Http.to(base).as(DemoAccounts.DOCTOR, DemoAccounts.DOCTOR_PASSWORD);

        JsonObject me = Http.json(doctor.get("api/doctors/me"));
        assertThat(me.getString("name")).isEqualTo("Dr. Devi Rao");
        assertThat(me.getString("roomCode")).isEqualTo("ROOM-1");
        HttpResponse<String> day = doctor.get("api/doctors/me/day");
        assertThat(day.statusCode()).as(day.body()).isEqualTo(200);
        assertThat(Http.json(day).getJsonObject("doctor").getInt("slotMinutes")).isEqualTo(15);
        assertThat(Http.to(base).as(DemoAccounts.CLERK, DemoAccounts.CLERK_PASSWORD).get("api/doctors/me").statusCode()).isEqualTo(404);
    }

    private static String decode(byte[] png) throws Exception {
        var image = ImageIO.read(new ByteArrayInputStream(png));
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)))).getText();
    }
}
