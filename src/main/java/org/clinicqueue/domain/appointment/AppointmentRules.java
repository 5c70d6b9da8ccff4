package org.clinicqueue.domain.appointment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The time rules of an appointment, in one place and without a container (the settings supply the durations):
 * until when a patient may change it, whether an arrival keeps the slot's place in the queue, when it counts
 * as a no-show, when its reminder is due, and on which day it can be checked in.
 */
public final class AppointmentRules {

    private AppointmentRules() {
    }

    /** Patients change or cancel their own booking up to the cut-off before it starts. */
    public static boolean patientMayChange(Instant slotStart, Instant now, Duration cutoff) {
        return !now.isAfter(slotStart.minus(cutoff));
    }

    /**
     * An arrival up to the grace after the slot's start keeps the slot's place ahead of walk-ins; a later one
     * is queued like a walk-in arriving now.
     */
    public static boolean keepsSlotPriority(Instant slotStart, Instant arrival, Duration lateGrace) {
        return !arrival.isAfter(slotStart.plus(lateGrace));
    }

    /** A booking nobody checked in for by the slot's start plus the grace is a no-show. */
    public static boolean isNoShow(Instant slotStart, Instant now, Duration noShowAfter) {
        return now.isAfter(slotStart.plus(noShowAfter));
    }

    /**
     * Whether a reminder should go now; {@code lead} zero means reminders are off. A booking made inside the
     * lead time gets none: its confirmation has just said it all.
     */
    public static boolean reminderDue(Instant slotStart, Instant bookedOrMovedAt, Instant now, Duration lead) {
        if (lead.isZero() || lead.isNegative() || !now.isBefore(slotStart)) {
            return false;
        }
        Instant dueFrom = slotStart.minus(lead);
        return !now.isBefore(dueFrom) && bookedOrMovedAt.isBefore(dueFrom);
    }

    /** Check-in opens on the appointment's own day (hospital time); it is refused the day before. */
    public static boolean isCheckInDay(Instant slotStart, Instant now, ZoneId zone) {
        return LocalDate.ofInstant(slotStart, zone).equals(LocalDate.ofInstant(now, zone));
    }

    /** What a booked patient is told to expect: the slot, shifted by the doctor's announced delay on the day. */
    public static Instant expectedAt(Instant slotStart, int doctorLateMinutes, Instant now, ZoneId zone) {
        return isCheckInDay(slotStart, now, zone) ? slotStart.plus(Duration.ofMinutes(Math.max(0, doctorLateMinutes))) : slotStart;
    }

    /** Bookable dates: from today up to the horizon (hospital dates). */
    public static boolean isWithinHorizon(LocalDate date, LocalDate today, int horizonDays) {
        return !date.isBefore(today) && !date.isAfter(today.plusDays(horizonDays));
    }
}
