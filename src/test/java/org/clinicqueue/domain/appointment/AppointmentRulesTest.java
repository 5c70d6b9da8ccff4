package org.clinicqueue.domain.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class AppointmentRulesTest {

    static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    /** 10:00 in Kolkata on Monday 23 November 2026. */
    static final Instant SLOT = Instant.parse("2026-11-23T04:30:00Z");

    @Test
    void patientsMayChangeUntilTheCutoff() {
        Duration twoHours = Duration.ofHours(2);
        assertThat(AppointmentRules.patientMayChange(SLOT, SLOT.minus(Duration.ofMinutes(121)), twoHours)).isTrue();
        assertThat(AppointmentRules.patientMayChange(SLOT, SLOT.minus(twoHours), twoHours)).as("exactly at the cut-off").isTrue();
        assertThat(AppointmentRules.patientMayChange(SLOT, SLOT.minus(Duration.ofMinutes(119)), twoHours)).isFalse();
        assertThat(AppointmentRules.patientMayChange(SLOT, SLOT, Duration.ZERO)).isTrue();
    }

    @Test
    void lateArrivalsKeepTheirSlotOnlyWithinTheGrace() {
        Duration grace = Duration.ofMinutes(15);
        assertThat(AppointmentRules.keepsSlotPriority(SLOT, SLOT.minus(Duration.ofHours(1)), grace)).as("early").isTrue();
        assertThat(AppointmentRules.keepsSlotPriority(SLOT, SLOT.plus(grace), grace)).as("at the end of the grace").isTrue();
        assertThat(AppointmentRules.keepsSlotPriority(SLOT, SLOT.plus(grace).plusSeconds(1), grace)).isFalse();
        assertThat(AppointmentRules.keepsSlotPriority(SLOT, SLOT.plusSeconds(1), Duration.ZERO)).isFalse();
    }

    @Test
    void aBookingIsANoShowOnlyAfterTheGrace() {
        Duration grace = Duration.ofMinutes(60);
        assertThat(AppointmentRules.isNoShow(SLOT, SLOT.plus(grace), grace)).isFalse();
        assertThat(AppointmentRules.isNoShow(SLOT, SLOT.plus(grace).plusMillis(1), grace)).isTrue();
    }

    @Test
    void theReminderIsDueFromTheLeadTimeUntilTheStartButNotForLateBookings() {
        Duration day = Duration.ofDays(1);
        Instant bookedLastWeek = SLOT.minus(Duration.ofDays(7));
        assertThat(AppointmentRules.reminderDue(SLOT, bookedLastWeek, SLOT.minus(day).minusSeconds(1), day)).as("too early").isFalse();
        assertThat(AppointmentRules.reminderDue(SLOT, bookedLastWeek, SLOT.minus(day), day)).isTrue();
        assertThat(AppointmentRules.reminderDue(SLOT, bookedLastWeek, SLOT.minusSeconds(1), day)).isTrue();
        assertThat(AppointmentRules.reminderDue(SLOT, bookedLastWeek, SLOT, day)).as("it has begun").isFalse();
        assertThat(AppointmentRules.reminderDue(SLOT, SLOT.minus(Duration.ofHours(3)), SLOT.minus(Duration.ofHours(2)), day))
                .as("booked inside the lead time: the confirmation was the reminder").isFalse();
        assertThat(AppointmentRules.reminderDue(SLOT, bookedLastWeek, SLOT.minus(day), Duration.ZERO)).as("reminders off").isFalse();
    }

    @Test
    void checkInOpensOnTheAppointmentsDayInTheHospitalsZone() {
        Instant earlySlot = Instant.parse("2026-11-22T19:30:00Z"); // 01:00 on Monday in Kolkata
        assertThat(AppointmentRules.isCheckInDay(earlySlot, Instant.parse("2026-11-22T18:30:00Z"), KOLKATA)).as("Monday 00:00").isTrue();
        assertThat(AppointmentRules.isCheckInDay(earlySlot, Instant.parse("2026-11-22T18:29:59Z"), KOLKATA)).as("Sunday 23:59").isFalse();
        assertThat(AppointmentRules.isCheckInDay(earlySlot, Instant.parse("2026-11-22T18:30:00Z"), ZoneId.of("UTC")))
                .as("in UTC both are Sunday").isTrue();
    }

    @Test
    void theDoctorsDelayShiftsTheExpectedTimeOnTheDayOnly() {
        assertThat(AppointmentRules.expectedAt(SLOT, 20, SLOT.minus(Duration.ofHours(2)), KOLKATA)).isEqualTo(SLOT.plus(Duration.ofMinutes(20)));
        assertThat(AppointmentRules.expectedAt(SLOT, 20, SLOT.minus(Duration.ofDays(2)), KOLKATA)).as("another day's delay").isEqualTo(SLOT);
        assertThat(AppointmentRules.expectedAt(SLOT, 0, SLOT.minusSeconds(60), KOLKATA)).isEqualTo(SLOT);
    }

    @Test
    void bookingIsOpenFromTodayToTheHorizon() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        assertThat(AppointmentRules.isWithinHorizon(today, today, 30)).isTrue();
        assertThat(AppointmentRules.isWithinHorizon(today.plusDays(30), today, 30)).isTrue();
        assertThat(AppointmentRules.isWithinHorizon(today.plusDays(31), today, 30)).isFalse();
        assertThat(AppointmentRules.isWithinHorizon(today.minusDays(1), today, 30)).isFalse();
    }
}
