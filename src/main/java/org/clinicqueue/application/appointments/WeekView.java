package org.clinicqueue.application.appointments;

import java.util.List;
import org.clinicqueue.domain.appointment.TimeRange;
import org.clinicqueue.domain.appointment.WorkingDay;

/**
 * A doctor's weekly schedule as the API and console read and write it.
 *
 * @param days one per working day: {@code day} ({@code MONDAY}), {@code hours} ({@code 09:00-13:00}), {@code breaks}
 */
public record WeekView(Long doctorId, String doctorName, int slotMinutes, List<Day> days) {

    /** One working day. */
    public record Day(String day, String hours, List<String> breaks) {

        static Day of(WorkingDay d) {
            return new Day(d.day().name(), d.hours().toString(), d.breaks().stream().map(TimeRange::toString).toList());
        }
    }
}
