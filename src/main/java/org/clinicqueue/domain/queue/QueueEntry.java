package org.clinicqueue.domain.queue;

import java.time.Instant;

/** What the ordering rules need to know of a waiting ticket, without the rest of the entity. */
public record QueueEntry(Long ticketId, Long serviceId, Priority priority, Long assignedCounterId,
                         Instant queuedAt, boolean onHold, Instant callableAfter) {

    public boolean isCallableAt(Instant now) {
        return !onHold && (callableAfter == null || !callableAfter.isAfter(now));
    }

    public boolean isCallableBy(Long counterId, Instant now) {
        return isCallableAt(now) && (assignedCounterId == null || assignedCounterId.equals(counterId));
    }
}
