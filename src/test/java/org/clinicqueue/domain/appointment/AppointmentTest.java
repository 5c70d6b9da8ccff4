package org.clinicqueue.domain.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.clinicqueue.domain.ConflictException;
import org.clinicqueue.domain.InvalidInputException;
import org.clinicqueue.domain.queue.Channel;
import org.clinicqueue.domain.queue.ClinicService;
import org.clinicqueue.domain.queue.Counter;
import org.clinicqueue.domain.queue.PatientDetails;
import org.clinicqueue.domain.staff.Role;
import org.clinicqueue.domain.staff.StaffAccount;
import org.junit.jupiter.api.Test;

class AppointmentTest {

    static final Instant NOW = Instant.parse("2026-11-20T06:00:00Z");
    final ClinicService opd = new ClinicService("OPD", "OPD", "General OPD");
    final ClinicService lab = new ClinicService("LAB", "LAB", "Lab Tests");
    final Counter room = new Counter("ROOM-1", "Room 1", List.of(opd), NOW);
    final StaffAccount account = new StaffAccount("doctor", "Dr. Devi Rao", "$2a$hash", List.of(Role.OPERATOR), NOW);
    final Doctor doctor = new Doctor(account, "Dr. Devi Rao", "General medicine", room, List.of(opd), 15);

    static Slot slot(String start) {
        Instant at = Instant.parse(start);
        return new Slot(at, at.plusSeconds(900), LocalDateTime.of(2026, 11, 23, 10, 0));
    }

    Appointment booked() {
        return new Appointment("c0de", "ABCD-EFGH", doctor, opd, slot("2026-11-23T04:30:00Z"), LocalDate.of(2026, 11, 23),
                PatientDetails.of("Ravi Kumar", "+919876543210", "hi"), "  fever  ", Channel.PHONE, "patient", NOW);
    }

    @Test
    void aNewBookingHoldsItsSlot() {
        Appointment a = booked();
        assertThat(a.getStatus()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(a.getStatus().holdsSlot()).isTrue();
        assertThat(a.getReason()).isEqualTo("fever");
        assertThat(a.getSlotChosenAt()).isEqualTo(NOW);
    }

    @Test
    void aDoctorOnlyTakesBookingsForTheirServices() {
        assertThatThrownBy(() -> new Appointment("c", "R", doctor, lab, slot("2026-11-23T04:30:00Z"), LocalDate.of(2026, 11, 23),
                PatientDetails.of("Ravi", null, "en"), null, Channel.RECEPTION, "reception", NOW))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Lab Tests");
        assertThatThrownBy(() -> new Doctor(account, "Dr. X", null, room, List.of(lab), 15))
                .as("the room must serve the doctor's services").isInstanceOf(InvalidInputException.class).hasMessageContaining("Room 1");
    }

    @Test
    void reschedulingMovesTheSlotAndMakesTheReminderDueAgain() {
        Appointment a = booked();
        a.markReminded(NOW);
        Instant later = NOW.plusSeconds(60);

        a.reschedule(doctor, slot("2026-11-24T05:00:00Z"), LocalDate.of(2026, 11, 24), later);

        assertThat(a.getSlotStart()).isEqualTo(Instant.parse("2026-11-24T05:00:00Z"));
        assertThat(a.getSlotDate()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(a.getReminderSentAt()).isNull();
        assertThat(a.getSlotChosenAt()).isEqualTo(later);
        assertThat(a.getRescheduleCount()).isEqualTo(1);
        assertThatThrownBy(() -> a.reschedule(doctor, slot("2026-11-24T05:00:00Z"), LocalDate.of(2026, 11, 24), later))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already booked");
    }

    @Test
    void onlyABookedAppointmentCanBeMovedCancelledOrCheckedIn() {
        Appointment cancelled = booked();
        cancelled.cancel("travelling", "patient", NOW);
        assertThat(cancelled.getStatus().holdsSlot()).isFalse();
        assertThat(cancelled.getCancelReason()).isEqualTo("travelling");
        assertThatThrownBy(() -> cancelled.cancel(null, "patient", NOW)).isInstanceOf(ConflictException.class).hasMessageContaining("cancelled");
        assertThatThrownBy(() -> cancelled.reschedule(doctor, slot("2026-11-24T05:00:00Z"), LocalDate.of(2026, 11, 24), NOW))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> cancelled.checkIn(null, true, NOW)).isInstanceOf(ConflictException.class);

        Appointment arrived = booked();
        arrived.checkIn(null, true, NOW);
        assertThat(arrived.getStatus()).isEqualTo(AppointmentStatus.CHECKED_IN);
        assertThat(arrived.isKeptSlotPriority()).isTrue();
        assertThatThrownBy(() -> arrived.cancel(null, "reception", NOW)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("already checked in");
        assertThatThrownBy(() -> arrived.markNoShow(NOW)).isInstanceOf(ConflictException.class);

        Appointment missed = booked();
        missed.markNoShow(NOW);
        assertThat(missed.getStatus().holdsSlot()).as("a past slot stays taken").isTrue();
        assertThatThrownBy(() -> missed.checkIn(null, false, NOW)).isInstanceOf(ConflictException.class).hasMessageContaining("no-show");
    }

    @Test
    void aTooLongReasonIsRefused() {
        assertThatThrownBy(() -> new Appointment("c", "R", doctor, opd, slot("2026-11-23T04:30:00Z"), LocalDate.of(2026, 11, 23),
                PatientDetails.of("Ravi", null, "en"), "x".repeat(301), Channel.RECEPTION, "reception", NOW))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theVisitStageFollowsTheTokenOnceCheckedIn() {
        assertThat(VisitStage.of(AppointmentStatus.BOOKED, null)).isEqualTo(VisitStage.BOOKED);
        assertThat(VisitStage.of(AppointmentStatus.CHECKED_IN, org.clinicqueue.domain.queue.TicketStatus.WAITING)).isEqualTo(VisitStage.WAITING);
        assertThat(VisitStage.of(AppointmentStatus.CHECKED_IN, org.clinicqueue.domain.queue.TicketStatus.IN_SERVICE)).isEqualTo(VisitStage.WITH_DOCTOR);
        assertThat(VisitStage.of(AppointmentStatus.CHECKED_IN, org.clinicqueue.domain.queue.TicketStatus.DONE)).isEqualTo(VisitStage.DONE);
        assertThat(VisitStage.of(AppointmentStatus.NO_SHOW, null)).isEqualTo(VisitStage.MISSED);
    }
}
