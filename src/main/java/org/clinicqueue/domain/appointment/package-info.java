/**
 * Appointments and doctors' schedules (issue 8): doctors with their room and services, the weekly working
 * hours and dated exceptions (leave, holidays, extra sessions), the pure slot calculation in the hospital's
 * time zone, and the appointment's own state machine (booked, rescheduled, cancelled, checked in, no-show).
 * Everything here is usable and unit-tested without a container.
 */
package org.clinicqueue.domain.appointment;
