/**
 * Appointments and doctors' schedules (issue 8): who can be booked (doctors with a room and services), their
 * weekly hours and dated exceptions, the free slots (computed by the domain's
 * {@link org.clinicqueue.domain.appointment.SlotCalculator}), booking, moving and cancelling, check-in into the
 * live queue (a token from {@link org.clinicqueue.application.issuing.TicketIssuer}), the reminder and no-show
 * timers, and the day views and calendar of the console.
 */
package org.clinicqueue.application.appointments;
