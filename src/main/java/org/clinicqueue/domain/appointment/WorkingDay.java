package org.clinicqueue.domain.appointment;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import org.clinicqueue.domain.InvalidInputException;

/**
 * One day of a doctor's weekly schedule: the hours, and the breaks within them (lunch, a ward round).
 * Slots are laid out from the start of the hours and of the end of each break.
 */
public record WorkingDay(DayOfWeek day, TimeRange hours, List<TimeRange> breaks) {

    public WorkingDay {
        if (day == null || hours == null) {
            throw new InvalidInputException("invalid-schedule", "A working day needs the day of the week and its hours.");
        }
        breaks = breaks == null ? List.of() : List.copyOf(breaks);
        for (int i = 0; i < breaks.size(); i++) {
            TimeRange b = breaks.get(i);
            if (!hours.contains(b)) {
                throw new InvalidInputException("invalid-schedule", "The break " + b + " on " + day + " is not within the hours " + hours + ".");
            }
            for (int j = i + 1; j < breaks.size(); j++) {
                if (b.overlaps(breaks.get(j))) {
                    throw new InvalidInputException("invalid-schedule", "The breaks " + b + " and " + breaks.get(j) + " on " + day + " overlap.");
                }
            }
        }
    }

    /** The hours minus the breaks, in order: the stretches in which slots are laid out. */
    public List<TimeRange> sessions() {
        List<TimeRange> sessions = new ArrayList<>();
        var from = hours.start();
        for (TimeRange b : breaks.stream().sorted(java.util.Comparator.comparing(TimeRange::start)).toList()) {
            if (from.isBefore(b.start())) {
                sessions.add(new TimeRange(from, b.start()));
            }
            from = b.end();
        }
        if (from.isBefore(hours.end())) {
            sessions.add(new TimeRange(from, hours.end()));
        }
        return sessions;
    }
}
