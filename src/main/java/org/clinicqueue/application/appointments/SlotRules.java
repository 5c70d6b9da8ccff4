package org.clinicqueue.application.appointments;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.clinicqueue.application.settings.HospitalClock;
import org.clinicqueue.application.settings.Settings;
import org.clinicqueue.domain.ConflictException;
import org.clinicqueue.domain.InvalidInputException;
import org.clinicqueue.domain.NotFoundException;
import org.clinicqueue.domain.appointment.AppointmentRules;
import org.clinicqueue.domain.appointment.Doctor;
import org.clinicqueue.domain.appointment.Slot;
import org.clinicqueue.domain.appointment.SlotCalculator;
import org.clinicqueue.domain.settings.SettingKey;

/**
 * Checks a chosen slot under the doctor's lock, just before it is taken: it exists in the schedule (with
 * today's leave and holidays), starts in the future, lies within the booking horizon, and nobody holds it.
 */
@Dependent
public class SlotRules {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    @Inject
    private ScheduleReader schedules;

    @Inject
    private HospitalClock clock;

    @Inject
    private Settings settings;

    /** @param lockedDoctor locked by the caller's transaction ({@link ScheduleReader#lockDoctor}) */
    public Slot requireFree(Doctor lockedDoctor, Instant start) {
        if (start == null) {
            throw new InvalidInputException("invalid-slot", "Choose a time (the start of one of the doctor's free slots).");
        }
        if (!lockedDoctor.isActive()) {
            throw new NotFoundException("There is no doctor with id " + lockedDoctor.getId() + ".");
        }
        ZoneId zone = clock.zone();
        Instant now = clock.now();
        LocalDate date = LocalDate.ofInstant(start, zone);
        String when = describe(start, zone);
        if (!start.isAfter(now)) {
            throw new ConflictException("slot-past", when + " has already begun; choose a later time.");
        }
        if (!AppointmentRules.isWithinHorizon(date, LocalDate.ofInstant(now, zone), settings.get(SettingKey.APPOINTMENT_BOOKING_DAYS))) {
            throw new ConflictException("beyond-horizon", "Appointments can be booked up to "
                    + settings.get(SettingKey.APPOINTMENT_BOOKING_DAYS) + " days ahead.");
        }
        Slot slot = SlotCalculator.slotAt(schedules.schedule(lockedDoctor, date, date), start, zone)
                .orElseThrow(() -> new ConflictException("no-such-slot", lockedDoctor.getName() + " has no appointment time at "
                        + when + ". Choose one of the free times."));
        if (schedules.takenStarts(lockedDoctor, date, zone).contains(slot.start())) {
            throw new ConflictException("slot-taken", "Someone has just booked " + when + " with " + lockedDoctor.getName()
                    + ". Please choose another time.");
        }
        return slot;
    }

    public LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, clock.zone());
    }

    /** "Mon 24 Nov 09:30" in the hospital's time zone. */
    public String describe(Instant instant) {
        return describe(instant, clock.zone());
    }

    private static String describe(Instant instant, ZoneId zone) {
        var local = instant.atZone(zone);
        return local.format(DAY) + " " + local.toLocalTime();
    }
}
