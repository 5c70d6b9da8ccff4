package org.clinicqueue.domain.queue;

import java.time.Instant;

/**
 * What the ordering rules need to know of a waiting ticket, without the rest of the entity.
 *
 * @param appointmentAt the start of the booked slot of a patient who checked in for an appointment in time
 *                      to keep its place; null for walk-ins (and late arrivals, transfers)
 */
public record QueueEntry(Long ticketId, Long serviceId, Priority priority, Long assignedCounterId,
                         Instant queuedAt, boolean onHold, Instant callableAfter, Instant appointmentAt) {

    /** A walk-in's entry. */
    public QueueEntry(Long ticketId, Long serviceId, Priority priority, Long assignedCounterId,
                      Instant queuedAt, boolean onHold, Instant callableAfter) {
        this(ticketId, serviceId, priority, assignedCounterId, queuedAt, onHold, callableAfter, null);
    }

    public boolean isCallableAt(Instant now) {
        return !onHold && (callableAfter == null || !callableAfter.isAfter(now));
    }

    public boolean isCallableBy(Long counterId, Instant now) {
        return isCallableAt(now) && (assignedCounterId == null || assignedCounterId.equals(counterId));
    }

    /** The time that places this patient in the line: the slot of an appointment, else when they joined. */
    public Instant turnTime() {
        return appointmentAt != null ? appointmentAt : queuedAt;
    }

    /** An appointment whose slot has begun. */
    public boolean isAppointmentDueAt(Instant now) {
        return appointmentAt != null && !appointmentAt.isAfter(now);
    }
}
