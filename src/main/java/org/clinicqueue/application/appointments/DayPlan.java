package org.clinicqueue.application.appointments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One doctor's day: every slot of the schedule with the booking holding it (or free), plus bookings that no
 * longer fit the schedule (leave entered after they were made: staff should move them). The doctor's own
 * day view and the reception calendar both show this.
 *
 * @param exceptions the leave, holidays and extra sessions of the day, described for staff
 */
public record DayPlan(DoctorView doctor, LocalDate date, String timeZone, boolean dayOff, List<String> exceptions,
                      List<Row> rows, Counts counts) {

    /**
     * One line of the day.
     *
     * @param time            the wall-clock start ({@code 09:30})
     * @param free            nobody holds the slot
     * @param past            it has begun
     * @param outsideSchedule a booking whose slot the schedule no longer has
     */
    public record Row(String time, Instant start, boolean free, boolean past, boolean outsideSchedule, AppointmentView appointment) {
    }

    /** The day at a glance: booked (not arrived), waiting, with the doctor, done, missed, free slots left. */
    public record Counts(int booked, int waiting, int withDoctor, int done, int missed, int free) {
    }
}
