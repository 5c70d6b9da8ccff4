package org.clinicqueue.it.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.clinicqueue.it.support.AppointmentApi;
import org.clinicqueue.it.support.AppointmentApi.Doctor;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two people can never book the same slot: many bookers at the same instant through HTTP against the real
 * database (the doctor's row lock serialises them), and the database's own unique key on held slots when the
 * application is bypassed altogether.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AppointmentConcurrencyIT {

    private static final int BOOKERS = 40;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.blackBox();
    }

    @ArquillianResource
    URL base;

    @Test
    void manyPeopleBookingTheSameSlotAtOnceGiveOneBooking() throws Exception {
        AppointmentApi appointments = new AppointmentApi(Http.to(base));
        Doctor doctor = appointments.doctor("X");
        Instant slot = appointments.at(appointments.tomorrow(), "10:00");
        CyclicBarrier start = new CyclicBarrier(BOOKERS);

        List<HttpResponse<String>> responses = runConcurrently(BOOKERS, i -> () -> {
            Http reception = Http.to(base).as(DemoAccounts.RECEPTION, DemoAccounts.RECEPTION_PASSWORD);
            start.await(30, TimeUnit.SECONDS);
            return reception.postJson("api/appointments", AppointmentApi.booking(doctor, slot, "Booker " + i, PatientFixture.phone(), null));
        });

        assertThat(responses.stream().filter(r -> r.statusCode() == 201)).hasSize(1);
        assertThat(responses.stream().filter(r -> r.statusCode() != 201))
                .hasSize(BOOKERS - 1)
                .allSatisfy(r -> {
                    assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
                    assertThat(Http.json(r).getString("code")).isEqualTo("slot-taken");
                });
        assertThat(ItDatabase.single("SELECT COUNT(*) FROM appointment WHERE doctor_id = ?", doctor.id())).hasToString("1");
    }

    @Test
    void manyPeopleBookingDifferentSlotsAtOnceAllGetTheirs() throws Exception {
        AppointmentApi appointments = new AppointmentApi(Http.to(base));
        Doctor doctor = appointments.doctor("Y");
        LocalDate tomorrow = appointments.tomorrow();
        CyclicBarrier start = new CyclicBarrier(BOOKERS);

        // Two bookers for each of 20 slots.
        List<HttpResponse<String>> responses = runConcurrently(BOOKERS, i -> () -> {
            Http reception = Http.to(base).as(DemoAccounts.RECEPTION, DemoAccounts.RECEPTION_PASSWORD);
            Instant slot = appointments.at(tomorrow, "08:00").plusSeconds(900L * (i % 20));
            start.await(30, TimeUnit.SECONDS);
            return reception.postJson("api/appointments", AppointmentApi.booking(doctor, slot, "Booker " + i, PatientFixture.phone(), null));
        });

        assertThat(responses.stream().filter(r -> r.statusCode() == 201)).hasSize(20);
        assertThat(responses.stream().filter(r -> r.statusCode() != 201)).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(409));
        assertThat(ItDatabase.query("SELECT slot_start FROM appointment WHERE doctor_id = ? GROUP BY slot_start HAVING COUNT(*) > 1",
                doctor.id())).as("no slot twice").isEmpty();
        assertThat(ItDatabase.single("SELECT COUNT(DISTINCT slot_start) FROM appointment WHERE doctor_id = ?", doctor.id())).hasToString("20");
    }

    @Test
    void theDatabaseRefusesASecondActiveBookingOfASlotButNotACancelledOne() {
        AppointmentApi appointments = new AppointmentApi(Http.to(base));
        Doctor doctor = appointments.doctor("Z");
        Instant slot = appointments.at(appointments.tomorrow(), "12:00");
        appointments.bookByReception(doctor, slot, "Holder", PatientFixture.phone());
        String at = LocalDateTime.ofInstant(slot, ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));

        assertThatThrownBy(() -> insertBehindTheApplicationsBack(doctor, at, "BOOKED", "ZZZZ-ZZZ1"))
                .hasRootCauseInstanceOf(java.sql.SQLIntegrityConstraintViolationException.class)
                .rootCause().hasMessageContaining("uk_appointment_doctor_slot");
        assertThat(insertBehindTheApplicationsBack(doctor, at, "CANCELLED", "ZZZZ-ZZZ2")).isEqualTo(1);
        assertThat(ItDatabase.single("SELECT COUNT(*) FROM appointment WHERE doctor_id = ? AND held_slot_start IS NOT NULL", doctor.id()))
                .hasToString("1");
    }

    private static int insertBehindTheApplicationsBack(Doctor doctor, String slot, String status, String reference) {
        return ItDatabase.update("INSERT INTO appointment (code, reference, doctor_id, service_id, slot_start, slot_end, slot_date, "
                        + "patient_name, language, status, channel, booked_at, booked_by, slot_chosen_at) "
                        + "SELECT ?, ?, d.id, s.id, ?, ?, CURRENT_DATE, 'Intruder', 'en', ?, 'API', UTC_TIMESTAMP(6), 'test', UTC_TIMESTAMP(6) "
                        + "FROM doctor d JOIN clinic_service s ON s.code = ? WHERE d.id = ?",
                reference.replace("-", "") + "-direct-insert-x", reference, slot, slot, status, doctor.serviceCode(), doctor.id());
    }

    private interface Task {
        Callable<HttpResponse<String>> create(int index);
    }

    private static List<HttpResponse<String>> runConcurrently(int threads, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(task.create(i)));
            }
            List<HttpResponse<String>> results = new ArrayList<>();
            for (Future<HttpResponse<String>> f : futures) {
                results.add(f.get(3, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
