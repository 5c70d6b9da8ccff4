package org.clinicqueue.it.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.clinicqueue.application.appointments.AppointmentCheckIn;
import org.clinicqueue.application.appointments.AppointmentQueries;
import org.clinicqueue.application.appointments.AppointmentView;
import org.clinicqueue.application.appointments.CheckedIn;
import org.clinicqueue.application.appointments.DayPlan;
import org.clinicqueue.application.calling.CounterDesk;
import org.clinicqueue.application.counters.CounterAvailability;
import org.clinicqueue.application.issuing.IssuedTicket;
import org.clinicqueue.application.queries.QueueQueries;
import org.clinicqueue.application.queries.TicketView;
import org.clinicqueue.application.reports.Report;
import org.clinicqueue.application.reports.ReportQueries;
import org.clinicqueue.application.reports.ReportRequest;
import org.clinicqueue.application.settings.Settings;
import org.clinicqueue.domain.ConflictException;
import org.clinicqueue.domain.settings.SettingKey;
import org.clinicqueue.it.support.AppointmentFixture;
import org.clinicqueue.it.support.AppointmentFixture.TestDoctor;
import org.clinicqueue.it.support.DemoAccounts;
import org.clinicqueue.it.support.Deployments;
import org.clinicqueue.it.support.QueueFixture;
import org.clinicqueue.it.support.SignedIn;
import org.clinicqueue.it.support.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Checking in turns an appointment into a token in the doctor's queue: assigned to their room, placed by the
 * slot's time, called ahead of walk-ins once due (or merged by time, by setting), late arrivals queued as
 * walk-ins, the doctor's delay in the expected times. Calls are made by the doctor at their own room.
 */
@ExtendWith(ArquillianExtension.class)
class AppointmentCheckInIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    AppointmentFixture fixture;

    @Inject
    QueueFixture queues;

    @Inject
    AppointmentCheckIn checkIn;

    @Inject
    AppointmentQueries appointments;

    @Inject
    CounterDesk desk;

    @Inject
    CounterAvailability availability;

    @Inject
    QueueQueries queries;

    @Inject
    Settings settings;

    @Inject
    TestDatabase db;

    @Inject
    ReportQueries reports;

    static String phone() {
        return "+9196" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** A booking (made for tomorrow, then moved in the database to {@code slotFromNow}), checked in now. */
    private CheckedIn arrive(TestDoctor doctor, String name, Duration slotFromNow) throws Exception {
        AppointmentView booked = fixture.bookByReception(doctor, fixture.at(fixture.tomorrow(), "06:00").plusSeconds(900L * counter++),
                name, phone());
        fixture.moveSlot(booked.code(), Instant.now().plus(slotFromNow));
        return SignedIn.as(DemoAccounts.RECEPTION, DemoAccounts.RECEPTION_PASSWORD, () -> checkIn.checkIn(booked.reference()));
    }

    private int counter;

    /** The doctor calls and completes patients until nobody waits; the names in call order. */
    private List<String> doctorCallsEveryone(TestDoctor doctor) throws Exception {
        List<String> called = new ArrayList<>();
        SignedIn.as(doctor.username(), AppointmentFixture.PASSWORD, () -> {
            while (true) {
                var next = desk.callNext(doctor.room().getId());
                if (next.isEmpty()) {
                    return;
                }
                called.add(next.get().patientName());
                desk.complete(doctor.room().getId(), null);
            }
        });
        return called;
    }

    @Test
    void anOnTimeAppointmentIsCalledAtItsSlotAheadOfWalkInsAndALateOneLosesItsPlace() throws Exception {
        TestDoctor doctor = fixture.doctor();
        IssuedTicket walkIn = queues.walkIn(doctor.serviceCode(), "Walk-in Waiting");
        fixture.joinedAt(walkIn.trackingId(), Instant.now().minus(Duration.ofMinutes(20)));

        CheckedIn onTime = arrive(doctor, "On Time", Duration.ofMinutes(-5));
        CheckedIn later = arrive(doctor, "Later Slot", Duration.ofMinutes(40));
        CheckedIn late = arrive(doctor, "Came Late", Duration.ofMinutes(-30));

        assertThat(onTime.keptSlotPriority()).isTrue();
        assertThat(late.keptSlotPriority()).as("30 minutes late, grace 15").isFalse();
        assertThat(onTime.number()).startsWith("T-");
        assertThat(onTime.roomName()).isEqualTo(doctor.room().getName());
        assertThat(onTime.appointment().status()).isEqualTo("CHECKED_IN");
        assertThat(onTime.appointment().stage()).isEqualTo("WAITING");
        assertThat(onTime.peopleAhead()).isZero();
        assertThat(later.estimatedWaitMinutes()).as("not seen before its slot").isGreaterThanOrEqualTo(39);
        assertThat(db.single("SELECT channel FROM ticket WHERE tracking_id = ?1", onTime.trackingId())).hasToString("APPOINTMENT");
        assertThat(db.single("SELECT assigned_counter_id FROM ticket WHERE tracking_id = ?1", onTime.trackingId()))
                .hasToString(String.valueOf(doctor.room().getId()));

        List<TicketView> waiting = SignedIn.as(DemoAccounts.RECEPTION, DemoAccounts.RECEPTION_PASSWORD,
                () -> queries.waitingList(doctor.serviceCode()));
        assertThat(waiting).extracting(TicketView::patientName).first().isEqualTo("On Time");

        assertThat(doctorCallsEveryone(doctor)).containsExactly("On Time", "Came Late", "Walk-in Waiting", "Later Slot");
        DayPlan day = SignedIn.as(doctor.username(), AppointmentFixture.PASSWORD, () -> appointments.myDay(null));
        assertThat(day.counts().done()).isEqualTo(3);
        assertThat(day.rows()).filteredOn(r -> r.appointment() != null).extracting(r -> r.appointment().stage()).containsOnly("DONE");

        // The reports count them as kept, for the doctor's service and for the doctor.
        LocalDate today = LocalDate.now(settings.get(SettingKey.TIME_ZONE));
        Report report = SignedIn.as(DemoAccounts.SUPERVISOR, DemoAccounts.SUPERVISOR_PASSWORD, () -> reports.report(
                new ReportRequest(today.minusDays(1), today.plusDays(1), doctor.serviceCode(), null, doctor.username(), null)));
        assertThat(report.appointments().available()).isTrue();
        assertThat(report.appointments().kept()).isEqualTo(3);
        assertThat(report.appointments().missed()).isZero();
    }

    @Test
    void byTimeAWalkInWhoWaitedSinceBeforeTheSlotGoesFirst() throws Exception {
        TestDoctor doctor = fixture.doctor();
        IssuedTicket walkIn = queues.walkIn(doctor.serviceCode(), "Early Walk-in");
        fixture.joinedAt(walkIn.trackingId(), Instant.now().minus(Duration.ofMinutes(20)));
        IssuedTicket laterWalkIn = queues.walkIn(doctor.serviceCode(), "Later Walk-in");
        arrive(doctor, "Booked Patient", Duration.ofMinutes(-5));

        SignedIn.asAdmin(() -> settings.set(SettingKey.APPOINTMENT_INTERLEAVE, "BY_TIME"));
        try {
            assertThat(doctorCallsEveryone(doctor)).containsExactly("Early Walk-in", "Booked Patient", "Later Walk-in");
        } finally {
            SignedIn.asAdmin(() -> settings.set(SettingKey.APPOINTMENT_INTERLEAVE, "APPOINTMENTS_FIRST"));
        }
        assertThat(laterWalkIn.number()).isNotNull();
    }

    @Test
    void checkInIsOnceOnTheDayAndByStaff() throws Exception {
        TestDoctor doctor = fixture.doctor();
        AppointmentView tomorrow = fixture.bookByReception(doctor, fixture.at(fixture.tomorrow(), "10:00"), "Tomorrow", phone());

        assertThatThrownBy(() -> SignedIn.as(DemoAccounts.RECEPTION, DemoAccounts.RECEPTION_PASSWORD, () -> checkIn.checkIn(tomorrow.code())))
                .isInstanceOf(ConflictException.class).hasMessageContaining("check-in opens that day");
        assertThatThrownBy(() -> checkIn.checkIn(tomorrow.code())).as("anonymous").isInstanceOf(EJBAccessException.class);

        CheckedIn first = arrive(doctor, "Twice", Duration.ofMinutes(10));
        assertThatThrownBy(() -> SignedIn.as(DemoAccounts.RECEPTION, DemoAccounts.RECEPTION_PASSWORD,
                () -> checkIn.checkIn(first.appointment().manageUrl())))
                .as("a scanned link finds it too").isInstanceOf(ConflictException.class).hasMessageContaining("already checked in");
        assertThat(db.single("SELECT COUNT(*) FROM ticket WHERE patient_name = 'Twice' AND service_id = "
                + "(SELECT id FROM clinic_service WHERE code = ?1)", doctor.serviceCode())).hasToString("1");
        assertThat(db.list("SELECT action FROM audit_event WHERE details LIKE ?1 ORDER BY id", "appointment " + first.appointment().reference() + "%"))
                .extracting(String::valueOf).containsExactly("APPOINTMENT_BOOKED", "APPOINTMENT_CHECKED_IN");
    }

    @Test
    void theDoctorRunningLateShiftsTheExpectedTimesOfBookedAndWaitingPatients() throws Exception {
        TestDoctor doctor = fixture.doctor();
        AppointmentView booked = fixture.bookByReception(doctor, fixture.at(fixture.tomorrow(), "07:00"), "Booked Today", phone());
        Instant slot = Instant.now().plus(Duration.ofMinutes(30));
        fixture.moveSlot(booked.code(), slot);
        CheckedIn waiting = arrive(doctor, "Waiting Already", Duration.ofMinutes(5));

        SignedIn.as(doctor.username(), AppointmentFixture.PASSWORD, () -> {
            availability.changeStatus(doctor.room().getId(), org.clinicqueue.domain.queue.CounterStatus.AVAILABLE, null);
            return availability.runLate(doctor.room().getId(), 25, "ward round");
        });

        AppointmentView shifted = appointments.byCode(booked.code());
        assertThat(shifted.doctorLateMinutes()).isEqualTo(25);
        assertThat(shifted.expectedAt()).isEqualTo(shifted.start().plus(Duration.ofMinutes(25)));
        assertThat(queries.ticketStatus(waiting.trackingId()).estimatedWaitMinutes()).as("5 min to the slot + 25 late").isGreaterThanOrEqualTo(29);
    }
}
