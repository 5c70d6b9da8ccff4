package org.clinicqueue.domain.queue;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The one rule for who is called next, used for "call next", the waiting lists and every position and
 * estimate shown to patients:
 * <ol>
 *   <li>higher priority first (EMERGENCY, then HIGH, then NORMAL);</li>
 *   <li>for a counter, its own assigned patients before the shared queue;</li>
 *   <li>then whoever joined first (a transferred patient keeps the time they first joined);</li>
 *   <li>then the lower ticket id, so the order is total and stable.</li>
 * </ol>
 * A patient on hold, or whose missed-turn grace period is not over, is skipped but keeps their place.
 */
public final class QueueOrder {

    private QueueOrder() {
    }

    /** The order in which a service's queue is shown and positions are counted. */
    public static final Comparator<QueueEntry> SERVICE_ORDER = Comparator
            .comparing((QueueEntry e) -> -e.priority().rank())
            .thenComparing(QueueEntry::queuedAt)
            .thenComparing(QueueEntry::ticketId);

    /** The order in which a counter calls: as the service order, but its own assigned patients first within a priority. */
    public static Comparator<QueueEntry> forCounter(Long counterId) {
        return Comparator
                .comparing((QueueEntry e) -> -e.priority().rank())
                .thenComparing(e -> counterId.equals(e.assignedCounterId()) ? 0 : 1)
                .thenComparing(QueueEntry::queuedAt)
                .thenComparing(QueueEntry::ticketId);
    }

    /** The candidates a counter would call, best first: callable now, and not another counter's. */
    public static List<QueueEntry> callOrder(List<QueueEntry> waiting, Long counterId, Instant now) {
        return waiting.stream()
                .filter(e -> e.isCallableBy(counterId, now))
                .sorted(forCounter(counterId))
                .toList();
    }

    public static Optional<QueueEntry> next(List<QueueEntry> waiting, Long counterId, Instant now) {
        return callOrder(waiting, counterId, now).stream().findFirst();
    }

    /**
     * How many patients will be called before this one. For a ticket assigned to a counter: those that
     * counter would call first; otherwise: those ahead in the service's order. Held patients and those in
     * their grace period are counted, since they keep their place.
     */
    public static int peopleAhead(QueueEntry ticket, List<QueueEntry> waiting) {
        Comparator<QueueEntry> order = ticket.assignedCounterId() == null ? SERVICE_ORDER : forCounter(ticket.assignedCounterId());
        return (int) waiting.stream()
                .filter(e -> !e.ticketId().equals(ticket.ticketId()))
                .filter(e -> ticket.assignedCounterId() == null
                        ? e.serviceId().equals(ticket.serviceId())
                        : e.assignedCounterId() == null || e.assignedCounterId().equals(ticket.assignedCounterId()))
                .filter(e -> order.compare(e, ticket) < 0)
                .count();
    }
}
