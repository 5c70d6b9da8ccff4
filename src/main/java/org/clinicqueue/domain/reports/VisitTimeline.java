package org.clinicqueue.domain.reports;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Replays one ticket's audit trail into its visits, one per service it was in. This is the only place that
 * decides what a waiting time, a service time and an outcome are, so live reports and the nightly roll-ups
 * cannot disagree.
 *
 * <ul>
 *     <li><b>Waiting time</b>: from the ticket's first arrival in the service (issued there, or transferred in)
 *     to its first call there. Recalls do not restart it; a patient who missed a call and was called again
 *     keeps the wait until the first call.</li>
 *     <li><b>Service time</b> (served visits only): the time being served at the service's counters, summed
 *     over each time the patient was at a counter there: from "start" to leaving the counter (complete, hold,
 *     transfer). A clerk who completes without pressing start gets call to complete, the time the patient
 *     was at the counter. An attendance that ended in a no-show counts nothing.</li>
 *     <li><b>Transfers</b>: leaving for another service ends the visit as TRANSFERRED_OUT and starts a visit
 *     there; coming back reopens the first visit (one visit per service, never two). A transfer to a counter
 *     of the same service is not a new visit: it only ends the current attendance.</li>
 * </ul>
 */
public final class VisitTimeline {

    private VisitTimeline() {
    }

    /** @param events one ticket's audit lines, oldest first (by time, then sequence) */
    public static List<ServiceVisit> visitsOf(List<TicketEvent> events) {
        Map<Long, Stay> stays = new LinkedHashMap<>();
        Stay current = null;
        for (TicketEvent e : events) {
            switch (e.action()) {
                case TICKET_ISSUED -> {
                    if (current == null) {
                        current = stays.computeIfAbsent(e.serviceId(), id -> new Stay(e.ticketId(), id, e.at(), ArrivalKind.ISSUED));
                    }
                }
                case TICKET_TRANSFERRED -> current = transfer(stays, current, e);
                case TICKET_CALLED, TICKET_CALLED_OUT_OF_ORDER -> {
                    current = orFirst(stays, current, e);
                    current.call(e.at(), e.counterId(), e.actor());
                }
                case SERVICE_STARTED -> orFirst(stays, current, e).start(e.at());
                case TICKET_COMPLETED -> {
                    current = orFirst(stays, current, e);
                    current.leaveCounter(e.at());
                    current.end(VisitOutcome.SERVED, e.at());
                }
                case TICKET_NO_SHOW -> {
                    current = orFirst(stays, current, e);
                    current.missed();
                    current.end(VisitOutcome.NO_SHOW, e.at());
                }
                case TICKET_REQUEUED_AFTER_NO_SHOW -> orFirst(stays, current, e).missed();
                case TICKET_HELD -> orFirst(stays, current, e).leaveCounter(e.at());
                case TICKET_CANCELLED -> {
                    current = orFirst(stays, current, e);
                    current.leaveCounter(e.at());
                    current.end(VisitOutcome.CANCELLED, e.at());
                }
                default -> {
                    // recalls, resumes (a call follows), reassignments and priority changes change no figure
                }
            }
        }
        List<ServiceVisit> visits = new ArrayList<>(stays.size());
        stays.values().forEach(stay -> visits.add(stay.toVisit()));
        return visits;
    }

    private static Stay transfer(Map<Long, Stay> stays, Stay current, TicketEvent e) {
        if (current != null && Objects.equals(current.serviceId, e.serviceId())) {
            current.leaveCounter(e.at());
            return current;
        }
        if (current != null) {
            current.leaveCounter(e.at());
            current.end(VisitOutcome.TRANSFERRED_OUT, e.at());
        }
        Stay target = stays.get(e.serviceId());
        if (target == null) {
            target = new Stay(e.ticketId(), e.serviceId(), e.at(), ArrivalKind.TRANSFERRED_IN);
            stays.put(e.serviceId(), target);
        } else {
            target.reopen();
        }
        return target;
    }

    /** A trail whose issue line is missing (archived, or older than the audit trail): starts at its first line. */
    private static Stay orFirst(Map<Long, Stay> stays, Stay current, TicketEvent e) {
        if (current != null) {
            return current;
        }
        return stays.computeIfAbsent(e.serviceId(), id -> new Stay(e.ticketId(), id, e.at(), ArrivalKind.ISSUED));
    }

    /** The ticket's stay in one service while it is replayed. */
    private static final class Stay {
        private final long ticketId;
        private final Long serviceId;
        private final Instant arrivedAt;
        private final ArrivalKind arrival;
        private Instant firstCalledAt;
        private Long counterId;
        private String staff;
        private VisitOutcome outcome = VisitOutcome.OPEN;
        private Instant endedAt;
        private long servedSeconds;
        /** The current attendance at a counter: since the call, and since "start" once pressed. */
        private Instant calledAt;
        private Instant startedAt;

        Stay(long ticketId, Long serviceId, Instant arrivedAt, ArrivalKind arrival) {
            this.ticketId = ticketId;
            this.serviceId = serviceId;
            this.arrivedAt = arrivedAt;
            this.arrival = arrival;
        }

        void call(Instant at, Long counter, String actor) {
            if (firstCalledAt == null) {
                firstCalledAt = at;
            }
            counterId = counter;
            staff = actor;
            calledAt = at;
            startedAt = null;
        }

        void start(Instant at) {
            if (calledAt != null) {
                startedAt = at;
            }
        }

        void leaveCounter(Instant at) {
            if (calledAt != null) {
                Instant from = startedAt != null ? startedAt : calledAt;
                servedSeconds += Math.max(0, Duration.between(from, at).getSeconds());
            }
            calledAt = null;
            startedAt = null;
        }

        void missed() {
            calledAt = null;
            startedAt = null;
        }

        void end(VisitOutcome how, Instant at) {
            outcome = how;
            endedAt = at;
        }

        void reopen() {
            outcome = VisitOutcome.OPEN;
            endedAt = null;
        }

        ServiceVisit toVisit() {
            return new ServiceVisit(ticketId, serviceId, arrivedAt, arrival, firstCalledAt, counterId, staff, outcome, endedAt,
                    outcome == VisitOutcome.SERVED ? servedSeconds : null);
        }
    }
}
