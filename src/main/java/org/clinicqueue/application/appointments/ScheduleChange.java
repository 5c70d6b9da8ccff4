package org.clinicqueue.application.appointments;

import java.util.List;

/**
 * What a schedule change did: the new state, and the upcoming bookings that no longer fit it (the patients
 * of leave and holidays have been sent an SMS asking them to choose another time; staff move the rest).
 *
 * @param week      the weekly schedule after a weekly change; null for an exception
 * @param exception the exception added or withdrawn; null for a weekly change
 */
public record ScheduleChange(WeekView week, ExceptionView exception, List<AppointmentView> affected) {
}
