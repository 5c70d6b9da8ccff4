package org.clinicqueue.it.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.clinicqueue.application.appointments.AppointmentBooking;
import org.clinicqueue.application.appointments.AppointmentView;
import org.clinicqueue.application.appointments.BookingRequest;
import org.clinicqueue.application.appointments.DoctorCatalog;
import org.clinicqueue.application.appointments.DoctorDefinition;
import org.clinicqueue.application.appointments.DoctorSchedules;
import org.clinicqueue.application.appointments.DoctorView;
import org.clinicqueue.application.settings.HospitalClock;
import org.clinicqueue.application.staff.StaffAccounts;
import org.clinicqueue.domain.appointment.TimeRange;
import org.clinicqueue.domain.appointment.WorkingDay;
import org.clinicqueue.domain.queue.Counter;
import org.clinicqueue.domain.staff.Role;

/**
 * Fresh doctors for in-container appointment tests: a new staff account (password {@link #PASSWORD}), a room
 * for a fresh service, and a schedule of 15-minute slots every day from 00:00 to 23:45, so that a test can
 * book any time tomorrow. Slots "now" are made by moving a booking's times in the database ({@link #moveSlot}).
 */
@ApplicationScoped
public class AppointmentFixture {

    public static final String PASSWORD = "doctor-pass-1";

    /** A doctor made for one test, with their room and service. */
    public record TestDoctor(DoctorView doctor, String username, String serviceCode, Counter room) {
        public Long id() {
            return doctor.id();
        }
    }

    @Inject
    QueueFixture queues;

    @Inject
    StaffAccounts accounts;

    @Inject
    DoctorCatalog doctors;

    @Inject
    DoctorSchedules schedules;

    @Inject
    AppointmentBooking booking;

    @Inject
    HospitalClock clock;

    @Inject
    TestDatabase db;

    public TestDoctor doctor() throws Exception {
        String service = queues.service();
        return doctorFor(service, queues.counter(service));
    }

    public TestDoctor doctorFor(String serviceCode, Counter room) throws Exception {
        String username = QueueFixture.code("dr").toLowerCase();
        return SignedIn.asAdmin(() -> {
            accounts.create(username, "Dr. " + username, PASSWORD, EnumSet.of(Role.OPERATOR));
            DoctorView doctor = doctors.create(new DoctorDefinition(username, "Dr. " + username.toUpperCase(), "Testing",
                    room.getCode(), List.of(serviceCode), 15, true));
            List<WorkingDay> week = new ArrayList<>();
            for (DayOfWeek day : DayOfWeek.values()) {
                week.add(new WorkingDay(day, TimeRange.parse("00:00-23:45"), List.of()));
            }
            schedules.replaceWeek(doctor.id(), null, week);
            return new TestDoctor(doctor, username, serviceCode, room);
        });
    }

    public ZoneId zone() {
        return clock.zone();
    }

    public LocalDate tomorrow() {
        return clock.today().plusDays(1);
    }

    /** A slot start of the fixture's schedule: that date at that wall-clock time in the hospital's zone. */
    public Instant at(LocalDate date, String time) {
        return LocalDateTime.of(date, TimeRange.time(time)).atZone(zone()).toInstant();
    }

    /** Reception books (no code needed). */
    public AppointmentView bookByReception(TestDoctor doctor, Instant start, String name, String phone) throws Exception {
        return SignedIn.as(DemoAccounts.RECEPTION, DemoAccounts.RECEPTION_PASSWORD, () -> booking.book(
                new BookingRequest(doctor.id(), null, start, name, phone, "en", "check-up", null)));
    }

    /**
     * Moves a booking's slot in the database (a test cannot wait for tomorrow): the start, the end 15 minutes
     * later, and the date in the hospital's zone. The booking time is moved back too, as if booked days ago.
     */
    public void moveSlot(String code, Instant start) {
        db.update("UPDATE appointment SET slot_start = ?1, slot_end = ?2, slot_date = ?3, slot_chosen_at = ?4, booked_at = ?4 WHERE code = ?5",
                start, start.plusSeconds(900), LocalDate.ofInstant(start, zone()), start.minusSeconds(3 * 86400), code);
    }

    /** Puts a waiting ticket's joining time back, as if the patient had waited longer. */
    public void joinedAt(String trackingId, Instant queuedAt) {
        db.update("UPDATE ticket SET queued_at = ?1 WHERE tracking_id = ?2", queuedAt, trackingId);
    }
}
