package org.clinicqueue.domain.queue;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one rule for who is called next, used for "call next", the waiting lists and every position and
 * estimate shown to patients. At a given moment, under the hospital's {@link InterleaveRule}:
 * <ol>
 *   <li>higher priority first (EMERGENCY, then HIGH, then NORMAL);</li>
 *   <li>with {@link InterleaveRule#APPOINTMENTS_FIRST}: appointments whose slot has begun, before everyone else;</li>
 *   <li>for a counter, its own assigned patients (sent to a doctor's room, held, transferred to it) before the
 *       shared queue; not an appointment, though: the doctor's room is assigned to it only so that no other room
 *       calls it, and it takes its place by its slot's time (or, due, by the rule above);</li>
 *   <li>then by {@linkplain QueueEntry#turnTime() turn time}: an appointment's slot, else when the patient
 *       joined (a transferred patient keeps the time they first joined);</li>
 *   <li>then the lower ticket id, so the order is total and stable.</li>
 * </ol>
 * A patient on hold, or whose missed-turn grace period is not over, is skipped but keeps their place.
 *
 * <p>Get the order with {@link #at(Instant, InterleaveRule)}. The static members predate appointments: they
 * order by turn time as at a moment when no appointment is due, which is the full rule for every queue
 * without checked-in appointments; code that may see appointments uses {@code at(now, rule)}.
 */
public final class QueueOrder {

    /** As at a moment when no appointment is due: priority, own patients, turn time. */
    public static final Comparator<QueueEntry> SERVICE_ORDER = at(Instant.MIN, InterleaveRule.BY_TIME).serviceOrder();

    private final Instant now;
    private final InterleaveRule rule;

    private QueueOrder(Instant now, InterleaveRule rule) {
        this.now = Objects.requireNonNull(now);
        this.rule = rule == null ? InterleaveRule.APPOINTMENTS_FIRST : rule;
    }

    /** The order at this moment (which appointments are due) under the hospital's interleave rule. */
    public static QueueOrder at(Instant now, InterleaveRule rule) {
        return new QueueOrder(now, rule);
    }

    /** The order in which a service's queue is shown and positions in the shared queue are counted. */
    public Comparator<QueueEntry> serviceOrder() {
        return Comparator
                .comparing((QueueEntry e) -> -e.priority().rank())
                .thenComparing(this::appointmentTier)
                .thenComparing(QueueEntry::turnTime)
                .thenComparing(QueueEntry::ticketId);
    }

    /** The order in which a counter calls: as the service order, but its own assigned patients first within a tier. */
    public Comparator<QueueEntry> counterOrder(Long counterId) {
        return Comparator
                .comparing((QueueEntry e) -> -e.priority().rank())
                .thenComparing(this::appointmentTier)
                .thenComparing(e -> counterId.equals(e.assignedCounterId()) && e.appointmentAt() == null ? 0 : 1)
                .thenComparing(QueueEntry::turnTime)
                .thenComparing(QueueEntry::ticketId);
    }

    /** The candidates a counter would call now, best first: callable, and not another counter's. */
    public List<QueueEntry> callOrder(List<QueueEntry> waiting, Long counterId) {
        return waiting.stream()
                .filter(e -> e.isCallableBy(counterId, now))
                .sorted(counterOrder(counterId))
                .toList();
    }

    public Optional<QueueEntry> next(List<QueueEntry> waiting, Long counterId) {
        return callOrder(waiting, counterId).stream().findFirst();
    }

    /**
     * How many patients will be called before this one. For a ticket assigned to a counter: those that
     * counter would call first; otherwise: those ahead in the service's order. Held patients and those in
     * their grace period are counted, since they keep their place.
     */
    public int peopleAheadOf(QueueEntry ticket, List<QueueEntry> waiting) {
        Comparator<QueueEntry> order = ticket.assignedCounterId() == null ? serviceOrder() : counterOrder(ticket.assignedCounterId());
        return (int) waiting.stream()
                .filter(e -> !e.ticketId().equals(ticket.ticketId()))
                .filter(e -> ticket.assignedCounterId() == null
                        ? e.serviceId().equals(ticket.serviceId())
                        : e.assignedCounterId() == null || e.assignedCounterId().equals(ticket.assignedCounterId()))
                .filter(e -> order.compare(e, ticket) < 0)
                .count();
    }

    private int appointmentTier(QueueEntry e) {
        return rule == InterleaveRule.APPOINTMENTS_FIRST && e.isAppointmentDueAt(now) ? 0 : 1;
    }

    /** As at a moment when no appointment is due (see the class comment). */
    public static Comparator<QueueEntry> forCounter(Long counterId) {
        return at(Instant.MIN, InterleaveRule.BY_TIME).counterOrder(counterId);
    }

    /** {@link #callOrder(List, Long)} under {@link InterleaveRule#APPOINTMENTS_FIRST}, the default rule. */
    public static List<QueueEntry> callOrder(List<QueueEntry> waiting, Long counterId, Instant now) {
        return at(now, InterleaveRule.APPOINTMENTS_FIRST).callOrder(waiting, counterId);
    }

    /** {@link #next(List, Long)} under {@link InterleaveRule#APPOINTMENTS_FIRST}, the default rule. */
    public static Optional<QueueEntry> next(List<QueueEntry> waiting, Long counterId, Instant now) {
        return at(now, InterleaveRule.APPOINTMENTS_FIRST).next(waiting, counterId);
    }

    /** As at a moment when no appointment is due (see the class comment). */
    public static int peopleAhead(QueueEntry ticket, List<QueueEntry> waiting) {
        return at(Instant.MIN, InterleaveRule.BY_TIME).peopleAheadOf(ticket, waiting);
    }
}
