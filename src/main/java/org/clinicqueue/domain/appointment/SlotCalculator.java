package org.clinicqueue.domain.appointment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The slots of a doctor on a date, and which of them can still be booked. The one place this is decided:
 * the booking pages, the API, the reception calendar and the booking itself all ask here.
 *
 * <p>Slots are laid out in the hospital's wall-clock time (a doctor works 09:00-13:00 whatever the season):
 * from the start of each working stretch (the hours minus breaks, plus extra sessions), one slot length after
 * the other, as long as a whole slot fits. Leave and holidays take away every slot they overlap. Then each
 * slot becomes a UTC instant in the hospital's zone:
 * <ul>
 *   <li>a slot whose wall-clock start does not exist that day (the hour skipped when clocks go forward) is
 *       left out;</li>
 *   <li>a wall-clock time that happens twice (clocks go back) is taken at its first occurrence, so each
 *       slot exists once;</li>
 *   <li>a slot lasts its length in real time, even across a change.</li>
 * </ul>
 * A slot is free when no active booking starts at its instant and it starts after "now" (so at midnight
 * yesterday's slots are simply in the past, and today's late slots are still offered until they begin).
 */
public final class SlotCalculator {

    private SlotCalculator() {
    }

    /** Every slot of the day by the schedule, booked or not, in time order. */
    public static List<Slot> slots(DoctorSchedule schedule, LocalDate date, ZoneId zone) {
        Set<LocalTime> starts = new TreeSet<>();
        for (TimeRange session : sessions(schedule, date)) {
            for (LocalTime t = session.start(); fits(t, schedule.slotMinutes(), session.end()); t = t.plusMinutes(schedule.slotMinutes())) {
                starts.add(t);
            }
        }
        List<TimeRange> blocked = blocked(schedule, date);
        Duration length = Duration.ofMinutes(schedule.slotMinutes());
        List<Slot> slots = new ArrayList<>();
        for (LocalTime start : starts) {
            TimeRange range = new TimeRange(start, endOf(start, schedule.slotMinutes()));
            if (blocked.stream().anyMatch(range::overlaps)) {
                continue;
            }
            LocalDateTime local = date.atTime(start);
            if (zone.getRules().getValidOffsets(local).isEmpty()) {
                continue; // this wall-clock time is skipped when the clocks go forward
            }
            Instant at = ZonedDateTime.ofLocal(local, zone, null).withEarlierOffsetAtOverlap().toInstant();
            slots.add(new Slot(at, at.plus(length), local));
        }
        return slots;
    }

    /** The slots of the day nobody holds that start after {@code now}. */
    public static List<Slot> freeSlots(DoctorSchedule schedule, LocalDate date, ZoneId zone, Collection<Instant> taken, Instant now) {
        return slots(schedule, date, zone).stream()
                .filter(s -> s.start().isAfter(now))
                .filter(s -> !taken.contains(s.start()))
                .toList();
    }

    /** The slot that starts at exactly this instant, if the schedule has one that day (booked or not). */
    public static Optional<Slot> slotAt(DoctorSchedule schedule, Instant start, ZoneId zone) {
        LocalDate date = LocalDate.ofInstant(start, zone);
        return slots(schedule, date, zone).stream().filter(s -> s.start().equals(start)).findFirst();
    }

    /** Whether the whole day is off (leave or holiday covering it all). */
    public static boolean isDayOff(DoctorSchedule schedule, LocalDate date) {
        return schedule.exceptions().stream().anyMatch(e -> e.kind().removesSlots() && e.isWholeDay() && e.covers(date));
    }

    private static List<TimeRange> sessions(DoctorSchedule schedule, LocalDate date) {
        List<TimeRange> sessions = new ArrayList<>();
        WorkingDay day = schedule.week().get(date.getDayOfWeek());
        if (day != null) {
            sessions.addAll(day.sessions());
        }
        schedule.exceptions().stream()
                .filter(e -> e.kind() == ExceptionKind.EXTRA_SESSION && e.covers(date))
                .forEach(e -> sessions.add(e.times()));
        return sessions;
    }

    private static List<TimeRange> blocked(DoctorSchedule schedule, LocalDate date) {
        return schedule.exceptions().stream()
                .filter(e -> e.kind().removesSlots() && e.covers(date))
                .map(e -> e.isWholeDay() ? new TimeRange(LocalTime.MIN, LocalTime.MAX) : e.times())
                .toList();
    }

    /** Whether a slot starting at {@code t} ends by {@code end} without running past midnight. */
    private static boolean fits(LocalTime t, int minutes, LocalTime end) {
        int startMinute = t.toSecondOfDay() / 60;
        return startMinute + minutes <= end.toSecondOfDay() / 60 && startMinute + minutes <= 24 * 60;
    }

    /** The wall-clock end of a slot; a slot ending at midnight ends at the day's last instant. */
    private static LocalTime endOf(LocalTime start, int minutes) {
        int endMinute = start.toSecondOfDay() / 60 + minutes;
        return endMinute >= 24 * 60 ? LocalTime.MAX : LocalTime.ofSecondOfDay(endMinute * 60L);
    }
}
