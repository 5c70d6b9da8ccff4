package org.clinicqueue.domain.appointment;

import org.clinicqueue.domain.queue.TicketStatus;

/**
 * Where a booked patient is in their visit, as the doctor's day view and the reception calendar show it:
 * the appointment's status until check-in, then the status of the token it became.
 */
public enum VisitStage {
    BOOKED, WAITING, WITH_DOCTOR, DONE, MISSED, CANCELLED;

    public static VisitStage of(AppointmentStatus status, TicketStatus ticket) {
        return switch (status) {
            case BOOKED -> BOOKED;
            case CANCELLED -> CANCELLED;
            case NO_SHOW -> MISSED;
            case CHECKED_IN -> ticket == null ? WAITING : switch (ticket) {
                case WAITING -> WAITING;
                case CALLED, IN_SERVICE -> WITH_DOCTOR;
                case DONE -> DONE;
                case NO_SHOW -> MISSED;
                case CANCELLED -> CANCELLED;
            };
        };
    }
}
