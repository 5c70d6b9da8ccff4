package org.clinicqueue.domain.reports;

import java.time.Duration;
import java.time.Instant;

/**
 * A ticket's stay in one service: what every report counts. A ticket transferred from OPD to the lab makes
 * one visit in each; a ticket that returns to a service it already visited (OPD, lab, OPD) still makes one
 * visit there, never two.
 *
 * @param arrivedAt      when the ticket first arrived in the service: issued there, or transferred in
 * @param firstCalledAt  its first call in the service, or null if never called there
 * @param counterId      the counter of its last call in the service (where it was served, missed or sent on),
 *                       null if never called
 * @param staff          who made that call, null if never called
 * @param endedAt        when the outcome happened, null while open
 * @param serviceSeconds for a SERVED visit: seconds spent being served (see {@link VisitTimeline}); else null
 */
public record ServiceVisit(long ticketId, long serviceId, Instant arrivedAt, ArrivalKind arrival, Instant firstCalledAt,
                           Long counterId, String staff, VisitOutcome outcome, Instant endedAt, Long serviceSeconds) {

    /** Waiting time: arrival in the service to its first call there, in whole seconds; null if never called. */
    public Long waitSeconds() {
        return firstCalledAt == null ? null : Math.max(0, Duration.between(arrivedAt, firstCalledAt).getSeconds());
    }
}
