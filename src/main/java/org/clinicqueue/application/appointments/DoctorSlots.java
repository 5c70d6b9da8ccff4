package org.clinicqueue.application.appointments;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.clinicqueue.application.settings.HospitalClock;
import org.clinicqueue.application.settings.Settings;
import org.clinicqueue.domain.InvalidInputException;
import org.clinicqueue.domain.NotFoundException;
import org.clinicqueue.domain.appointment.AppointmentRules;
import org.clinicqueue.domain.appointment.Doctor;
import org.clinicqueue.domain.appointment.DoctorSchedule;
import org.clinicqueue.domain.appointment.SlotCalculator;
import org.clinicqueue.domain.settings.SettingKey;

/**
 * The free slots patients and reception choose from: the doctor's schedule minus leave, holidays and
 * bookings, in the hospital's time zone, from now until the booking horizon. Computed on each request (a
 * doctor has a few dozen slots a day), never stored, so a change of schedule shows at once.
 */
@Stateless
@PermitAll
public class DoctorSlots {

    /** The availability overview covers at most this many days per request. */
    public static final int MAX_DAYS = 62;

    @Inject
    private ScheduleReader schedules;

    @Inject
    private HospitalClock clock;

    @Inject
    private Settings settings;

    public DaySlots freeSlots(Long doctorId, LocalDate date) {
        if (date == null) {
            throw new InvalidInputException("invalid-date", "Give the date as 2026-03-02.");
        }
        Doctor doctor = activeDoctor(doctorId);
        ZoneId zone = clock.zone();
        Instant now = clock.now();
        DoctorSchedule schedule = schedules.schedule(doctor, date, date);
        boolean bookable = isWithinHorizon(date, now, zone);
        var slots = bookable
                ? SlotCalculator.freeSlots(schedule, date, zone, schedules.takenStarts(doctor, date, zone), now).stream().map(SlotView::of).toList()
                : List.<SlotView>of();
        return new DaySlots(doctor.getId(), date, zone.getId(), SlotCalculator.isDayOff(schedule, date), bookable, slots);
    }

    /** Free slots per date from {@code from} (default today) for {@code days} days (default 14). */
    public List<DayAvailability> availability(Long doctorId, LocalDate from, Integer days) {
        Doctor doctor = activeDoctor(doctorId);
        ZoneId zone = clock.zone();
        Instant now = clock.now();
        LocalDate first = from == null ? LocalDate.ofInstant(now, zone) : from;
        int count = days == null ? 14 : days;
        if (count < 1 || count > MAX_DAYS) {
            throw new InvalidInputException("invalid-days", "Ask for 1 to " + MAX_DAYS + " days.");
        }
        LocalDate last = first.plusDays(count - 1L);
        DoctorSchedule schedule = schedules.schedule(doctor, first, last);
        Set<Instant> taken = schedules.takenStarts(doctor, first.atStartOfDay(zone).toInstant(), last.plusDays(1).atStartOfDay(zone).toInstant());
        List<DayAvailability> result = new ArrayList<>();
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            int free = isWithinHorizon(date, now, zone) ? SlotCalculator.freeSlots(schedule, date, zone, taken, now).size() : 0;
            result.add(new DayAvailability(date, free, SlotCalculator.isDayOff(schedule, date)));
        }
        return result;
    }

    private boolean isWithinHorizon(LocalDate date, Instant now, ZoneId zone) {
        return AppointmentRules.isWithinHorizon(date, LocalDate.ofInstant(now, zone), settings.get(SettingKey.APPOINTMENT_BOOKING_DAYS));
    }

    private Doctor activeDoctor(Long doctorId) {
        Doctor doctor = schedules.doctor(doctorId);
        if (!doctor.isActive()) {
            throw new NotFoundException("There is no doctor with id " + doctorId + ".");
        }
        return doctor;
    }
}
