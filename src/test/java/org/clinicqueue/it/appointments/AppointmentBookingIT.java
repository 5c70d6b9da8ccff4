package org.clinicqueue.it.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicqueue.application.appointments.AppointmentBooking;
import org.clinicqueue.application.appointments.AppointmentQueries;
import org.clinicqueue.application.appointments.AppointmentSweeps;
import org.clinicqueue.application.appointments.AppointmentView;
import org.clinicqueue.application.appointments.BookingRequest;
import org.clinicqueue.application.appointments.DayPlan;
import org.clinicqueue.application.appointments.DaySlots;
import org.clinicqueue.application.appointments.DoctorSchedules;
import org.clinicqueue.application.appointments.DoctorSlots;
import org.clinicqueue.application.appointments.RescheduleRequest;
import org.clinicqueue.application.appointments.ScheduleChange;
import org.clinicqueue.application.appointments.SlotView;
import org.clinicqueue.application.verification.PhoneVerification;
import org.clinicqueue.domain.ConflictException;
import org.clinicqueue.domain.InvalidInputException;
import org.clinicqueue.domain.NotFoundException;
import org.clinicqueue.domain.appointment.DatedException;
import org.clinicqueue.domain.appointment.ExceptionKind;
import org.clinicqueue.domain.appointment.TimeRange;
import org.clinicqueue.it.support.AppointmentFixture;
import org.clinicqueue.it.support.AppointmentFixture.TestDoctor;
import org.clinicqueue.it.support.DemoAccounts;
import org.clinicqueue.it.support.Deployments;
import org.clinicqueue.it.support.SignedIn;
import org.clinicqueue.it.support.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Booking, moving and cancelling appointments in the container against the real database: the slots offered,
 * the rules for patients and staff (phone code, cut-off, one per phone and day), leave entered after bookings,
 * the SMS and audit lines of every change, and the reminder and no-show sweeps.
 */
@ExtendWith(ArquillianExtension.class)
class AppointmentBookingIT {

    private static final Pattern CODE = Pattern.compile("\\b([0-9]{6})\\b");

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    AppointmentFixture fixture;

    @Inject
    AppointmentBooking booking;

    @Inject
    AppointmentQueries queries;

    @Inject
    DoctorSlots slots;

    @Inject
    DoctorSchedules schedules;

    @Inject
    AppointmentSweeps sweeps;

    @Inject
    PhoneVerification verification;

    @Inject
    TestDatabase db;

    static String phone() {
        return "+9197" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private List<String> smsKinds(String phone) {
        return db.list("SELECT kind FROM sms_message WHERE phone = ?1 ORDER BY id", phone).stream().map(String::valueOf).toList();
    }

    private String smsBody(String phone, String kind) {
        return String.valueOf(db.single("SELECT body FROM sms_message WHERE phone = ?1 AND kind = ?2 ORDER BY id DESC", phone, kind));
    }

    private List<String> auditActions(String reference) {
        return db.list("SELECT action FROM audit_event WHERE details LIKE ?1 ORDER BY id", "appointment " + reference + "%")
                .stream().map(String::valueOf).toList();
    }

    /** As a patient would: ask for a code, read it from the outbox (the SMS), book with it. */
    private AppointmentView bookAsPatient(TestDoctor doctor, Instant start, String name, String phone) {
        db.update("UPDATE otp_challenge SET created_at = created_at - INTERVAL 2 MINUTE WHERE phone = ?1", phone); // past the resend cooldown
        verification.requestCodeForBooking(phone, "en");
        Matcher code = CODE.matcher(smsBody(phone, "VERIFICATION_CODE"));
        assertThat(code.find()).isTrue();
        return booking.book(new BookingRequest(doctor.id(), null, start, name, phone, "en", "cough", code.group(1)));
    }

    @Test
    void freeSlotsAreTheScheduleMinusBookingsInTheHospitalsZone() throws Exception {
        TestDoctor doctor = fixture.doctor();
        LocalDate tomorrow = fixture.tomorrow();

        DaySlots before = slots.freeSlots(doctor.id(), tomorrow);
        assertThat(before.timeZone()).isEqualTo(fixture.zone().getId());
        assertThat(before.slots()).hasSize(95);
        assertThat(before.slots().get(40).time()).isEqualTo("10:00");
        assertThat(before.slots().get(40).start()).isEqualTo(fixture.at(tomorrow, "10:00"));

        fixture.bookByReception(doctor, fixture.at(tomorrow, "10:00"), "Asha Verma", phone());

        DaySlots after = slots.freeSlots(doctor.id(), tomorrow);
        assertThat(after.slots()).hasSize(94).extracting(SlotView::time).doesNotContain("10:00");
        assertThat(slots.availability(doctor.id(), tomorrow, 2)).first().satisfies(d -> assertThat(d.freeSlots()).isEqualTo(94));
        assertThat(slots.freeSlots(doctor.id(), tomorrow.minusDays(2)).slots()).as("the past").isEmpty();
        assertThat(slots.freeSlots(doctor.id(), tomorrow.plusDays(60)).bookable()).as("beyond the horizon").isFalse();
    }

    @Test
    void aPatientBooksWithTheCodeSentToTheirPhoneAndGetsAConfirmation() throws Exception {
        TestDoctor doctor = fixture.doctor();
        String phone = phone();
        Instant start = fixture.at(fixture.tomorrow(), "11:15");

        assertThatThrownBy(() -> booking.book(new BookingRequest(doctor.id(), null, start, "Kavya", phone, "en", null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("code");
        AppointmentView booked = bookAsPatient(doctor, start, "Kavya Nair", phone);

        assertThat(booked.status()).isEqualTo("BOOKED");
        assertThat(booked.time()).isEqualTo("11:15");
        assertThat(booked.phone()).as("the public view masks the phone").startsWith("***").endsWith(phone.substring(phone.length() - 3));
        assertThat(booked.reference()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(booked.code()).hasSize(22);
        assertThat(booked.manageUrl()).endsWith("/a/" + booked.code());
        assertThat(smsKinds(phone)).containsExactly("VERIFICATION_CODE", "APPOINTMENT_BOOKED");
        assertThat(smsBody(phone, "APPOINTMENT_BOOKED")).contains(booked.reference()).contains("11:15").contains("/a/" + booked.code());
        assertThat(auditActions(booked.reference())).containsExactly("APPOINTMENT_BOOKED");
        assertThat(db.single("SELECT actor FROM audit_event WHERE details LIKE ?1", "appointment " + booked.reference() + "%"))
                .hasToString("patient");

        assertThatThrownBy(() -> bookAsPatient(doctor, fixture.at(fixture.tomorrow(), "15:00"), "Kavya Nair", phone))
                .as("one booking per phone, doctor and day online").isInstanceOf(ConflictException.class).hasMessageContaining("already has an appointment");
    }

    @Test
    void aSlotSomeoneHoldsOrThatIsNotInTheScheduleCannotBeBooked() throws Exception {
        TestDoctor doctor = fixture.doctor();
        Instant start = fixture.at(fixture.tomorrow(), "09:00");
        fixture.bookByReception(doctor, start, "First Patient", phone());

        assertThatThrownBy(() -> fixture.bookByReception(doctor, start, "Second Patient", phone()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("Someone has just booked");
        assertThatThrownBy(() -> fixture.bookByReception(doctor, start.plusSeconds(60), "Odd Time", phone()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("no appointment time");
        assertThatThrownBy(() -> fixture.bookByReception(doctor, Instant.now().minusSeconds(3600), "Past", phone()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already begun");
        assertThat(db.single("SELECT COUNT(*) FROM appointment WHERE doctor_id = ?1", doctor.id())).hasToString("1");
    }

    @Test
    void thePatientMovesAndCancelsWithTheLinkUntilTheCutoffAndStaffAfterIt() throws Exception {
        TestDoctor doctor = fixture.doctor();
        String phone = phone();
        LocalDate tomorrow = fixture.tomorrow();
        AppointmentView booked = bookAsPatient(doctor, fixture.at(tomorrow, "10:00"), "Ravi Kumar", phone);

        AppointmentView moved = booking.reschedule(booked.code(), new RescheduleRequest(fixture.at(tomorrow, "12:30"), null, null));
        assertThat(moved.time()).isEqualTo("12:30");
        assertThat(moved.rescheduleCount()).isEqualTo(1);
        assertThat(slots.freeSlots(doctor.id(), tomorrow).slots()).extracting(SlotView::time).contains("10:00").doesNotContain("12:30");
        assertThatThrownBy(() -> booking.reschedule(booked.reference(), new RescheduleRequest(fixture.at(tomorrow, "13:00"), null, null)))
                .as("the reference is for staff only").isInstanceOf(NotFoundException.class);

        // An hour before the start: inside the default two-hour cut-off.
        fixture.moveSlot(booked.code(), Instant.now().plus(Duration.ofMinutes(60)));
        assertThatThrownBy(() -> booking.cancel(booked.code(), null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("until 2 hours before");
        assertThat(queries.byCode(booked.code()).patientMayChange()).isFalse();

        AppointmentView cancelled = SignedIn.as(DemoAccounts.RECEPTION, DemoAccounts.RECEPTION_PASSWORD,
                () -> booking.cancel(booked.reference(), "doctor called away"));
        assertThat(cancelled.status()).isEqualTo("CANCELLED");
        assertThat(cancelled.cancelReason()).isEqualTo("doctor called away");
        assertThatThrownBy(() -> SignedIn.as(DemoAccounts.RECEPTION, DemoAccounts.RECEPTION_PASSWORD,
                () -> booking.reschedule(booked.code(), new RescheduleRequest(fixture.at(tomorrow, "16:00"), null, null))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("cancelled");

        assertThat(smsKinds(phone)).containsExactly("VERIFICATION_CODE", "APPOINTMENT_BOOKED", "APPOINTMENT_RESCHEDULED", "APPOINTMENT_CANCELLED");
        assertThat(smsBody(phone, "APPOINTMENT_RESCHEDULED")).contains("12:30");
        assertThat(auditActions(booked.reference())).containsExactly("APPOINTMENT_BOOKED", "APPOINTMENT_RESCHEDULED", "APPOINTMENT_CANCELLED");
        assertThat(db.single("SELECT actor FROM audit_event WHERE action = 'APPOINTMENT_CANCELLED' AND details LIKE ?1",
                "appointment " + booked.reference() + "%")).hasToString(DemoAccounts.RECEPTION);
    }

    @Test
    void aCancelledSlotCanBeBookedAgain() throws Exception {
        TestDoctor doctor = fixture.doctor();
        Instant start = fixture.at(fixture.tomorrow(), "14:00");
        AppointmentView first = fixture.bookByReception(doctor, start, "First", phone());
        SignedIn.as(DemoAccounts.RECEPTION, DemoAccounts.RECEPTION_PASSWORD, () -> booking.cancel(first.code(), null));

        AppointmentView second = fixture.bookByReception(doctor, start, "Second", phone());

        assertThat(second.start()).isEqualTo(start);
        assertThat(db.single("SELECT COUNT(*) FROM appointment WHERE doctor_id = ?1 AND slot_start = ?2", doctor.id(), start)).hasToString("2");
    }

    @Test
    void leaveEnteredAfterBookingsListsTheAffectedOnesAndTellsThePatients() throws Exception {
        TestDoctor doctor = fixture.doctor();
        LocalDate tomorrow = fixture.tomorrow();
        String morningPhone = phone();
        String afternoonPhone = phone();
        AppointmentView morning = fixture.bookByReception(doctor, fixture.at(tomorrow, "10:00"), "Morning Patient", morningPhone);
        fixture.bookByReception(doctor, fixture.at(tomorrow, "15:00"), "Afternoon Patient", afternoonPhone);

        ScheduleChange leave = SignedIn.as(DemoAccounts.SUPERVISOR, DemoAccounts.SUPERVISOR_PASSWORD, () -> schedules.addException(
                doctor.id(), new DatedException(ExceptionKind.LEAVE, tomorrow, tomorrow, TimeRange.parse("09:00-12:00")), "conference"));

        assertThat(leave.affected()).extracting(AppointmentView::reference).containsExactly(morning.reference());
        assertThat(smsKinds(morningPhone)).contains("APPOINTMENT_DOCTOR_AWAY");
        assertThat(smsBody(morningPhone, "APPOINTMENT_DOCTOR_AWAY")).contains("/a/" + morning.code());
        assertThat(smsKinds(afternoonPhone)).doesNotContain("APPOINTMENT_DOCTOR_AWAY");
        assertThat(slots.freeSlots(doctor.id(), tomorrow).slots()).extracting(SlotView::time)
                .doesNotContain("09:00", "11:45").contains("08:45", "12:00");
        DayPlan day = SignedIn.as(DemoAccounts.RECEPTION, DemoAccounts.RECEPTION_PASSWORD, () -> queries.day(doctor.id(), tomorrow));
        assertThat(day.rows()).filteredOn(DayPlan.Row::outsideSchedule).extracting(r -> r.appointment().reference())
                .as("the day view shows the booking to move").containsExactly(morning.reference());
        assertThat(day.exceptions()).singleElement().asString().contains("leave").contains("conference");

        AppointmentView movedByStaff = SignedIn.as(DemoAccounts.RECEPTION, DemoAccounts.RECEPTION_PASSWORD,
                () -> booking.reschedule(morning.reference(), new RescheduleRequest(fixture.at(tomorrow, "12:00"), null, "doctor on leave")));
        assertThat(movedByStaff.time()).isEqualTo("12:00");

        SignedIn.as(DemoAccounts.ADMIN, DemoAccounts.ADMIN_PASSWORD, () -> schedules.withdrawException(leave.exception().id()));
        assertThat(slots.freeSlots(doctor.id(), tomorrow).slots()).extracting(SlotView::time).contains("09:00", "11:45");
        assertThat(db.list("SELECT action FROM audit_event WHERE details LIKE ?1 ORDER BY id", "leave " + tomorrow + "%" + doctor.doctor().name() + "%"))
                .extracting(String::valueOf).containsExactly("SCHEDULE_EXCEPTION_ADDED", "SCHEDULE_EXCEPTION_WITHDRAWN");
    }

    @Test
    void aWeeklyScheduleChangeListsTheBookingsThatNoLongerFit() throws Exception {
        TestDoctor doctor = fixture.doctor();
        LocalDate tomorrow = fixture.tomorrow();
        AppointmentView evening = fixture.bookByReception(doctor, fixture.at(tomorrow, "19:00"), "Evening", phone());

        ScheduleChange change = SignedIn.asAdmin(() -> schedules.replaceWeek(doctor.id(), 20,
                List.of(new org.clinicqueue.domain.appointment.WorkingDay(tomorrow.getDayOfWeek(), TimeRange.parse("09:00-13:00"),
                        List.of(TimeRange.parse("11:00-11:20"))))));

        assertThat(change.week().days()).singleElement().satisfies(d -> assertThat(d.breaks()).containsExactly("11:00-11:20"));
        assertThat(change.affected()).extracting(AppointmentView::reference).containsExactly(evening.reference());
        assertThat(slots.freeSlots(doctor.id(), tomorrow).slots()).extracting(SlotView::time)
                .containsExactly("09:00", "09:20", "09:40", "10:00", "10:20", "10:40", "11:20", "11:40", "12:00", "12:20", "12:40");
        assertThat(slots.freeSlots(doctor.id(), tomorrow.plusDays(1)).slots()).as("not a working day any more").isEmpty();
    }

    @Test
    void onlyAdminsAndSupervisorsEditSchedulesAndTheLimitsHold() throws Exception {
        TestDoctor doctor = fixture.doctor();
        LocalDate tomorrow = fixture.tomorrow();
        assertThatThrownBy(() -> SignedIn.as(DemoAccounts.RECEPTION, DemoAccounts.RECEPTION_PASSWORD, () -> schedules.addException(
                doctor.id(), new DatedException(ExceptionKind.LEAVE, tomorrow, tomorrow, null), "no")))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> schedules.replaceWeek(doctor.id(), null, List.of())).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> SignedIn.asAdmin(() -> schedules.addException(null,
                new DatedException(ExceptionKind.LEAVE, tomorrow, tomorrow, null), "everyone on leave?")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("only holidays");
    }

    @Test
    void remindersGoOnceBeforeTheAppointmentAndNoShowsAreMarkedAfterTheGrace() throws Exception {
        TestDoctor doctor = fixture.doctor();
        String soonPhone = phone();
        AppointmentView soon = fixture.bookByReception(doctor, fixture.at(fixture.tomorrow(), "08:00"), "Soon Patient", soonPhone);
        AppointmentView missed = fixture.bookByReception(doctor, fixture.at(fixture.tomorrow(), "08:15"), "Missed Patient", phone());
        fixture.moveSlot(soon.code(), Instant.now().plus(Duration.ofHours(3)));
        fixture.moveSlot(missed.code(), Instant.now().minus(Duration.ofMinutes(61)));

        // The timer runs every minute on its own too; whichever claims a row first does it, once.
        SignedIn.as(DemoAccounts.SUPERVISOR, DemoAccounts.SUPERVISOR_PASSWORD, () -> sweeps.sendDueReminders());
        SignedIn.as(DemoAccounts.SUPERVISOR, DemoAccounts.SUPERVISOR_PASSWORD, () -> sweeps.sendDueReminders());
        SignedIn.as(DemoAccounts.SUPERVISOR, DemoAccounts.SUPERVISOR_PASSWORD, () -> sweeps.markNoShows());

        assertThat(smsKinds(soonPhone)).containsExactly("APPOINTMENT_BOOKED", "APPOINTMENT_REMINDER");
        assertThat(smsBody(soonPhone, "APPOINTMENT_REMINDER")).contains(soon.reference());
        assertThat(db.single("SELECT reminder_sent_at IS NOT NULL FROM appointment WHERE code = ?1", soon.code())).hasToString("1");
        assertThat(queries.byCode(missed.code()).status()).isEqualTo("NO_SHOW");
        assertThat(queries.byCode(soon.code()).status()).isEqualTo("BOOKED");
        assertThat(auditActions(missed.reference())).containsExactly("APPOINTMENT_BOOKED", "APPOINTMENT_NO_SHOW");
        assertThatThrownBy(() -> sweeps.markNoShows()).as("not for the public").isInstanceOf(EJBAccessException.class);
    }
}
