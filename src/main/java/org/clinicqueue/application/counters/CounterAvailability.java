package org.clinicqueue.application.counters;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clinicqueue.application.history.QueueHistory;
import org.clinicqueue.application.queries.CounterView;
import org.clinicqueue.application.settings.HospitalClock;
import org.clinicqueue.domain.InvalidInputException;
import org.clinicqueue.domain.NotAllowedException;
import org.clinicqueue.domain.audit.AuditAction;
import org.clinicqueue.domain.queue.ClinicService;
import org.clinicqueue.domain.queue.Counter;
import org.clinicqueue.domain.queue.CounterBreakRedistributor;
import org.clinicqueue.domain.queue.CounterBreakRedistributor.Candidate;
import org.clinicqueue.domain.queue.CounterBreakRedistributor.Move;
import org.clinicqueue.domain.queue.CounterStatus;
import org.clinicqueue.domain.queue.Ticket;
import org.clinicqueue.domain.queue.TicketStatus;
import org.clinicqueue.domain.staff.Role;
import org.clinicqueue.infrastructure.persistence.QueueLocks;

/**
 * Opens, pauses and closes counters. When a counter goes on break or closes, the patients waiting for it
 * are handed to the other open counters of their service by {@link CounterBreakRedistributor} (or return to
 * the shared queue when none is open); when it comes back it simply takes new calls again. A clerk changes
 * their own counter; supervisors and admins change any.
 */
@Stateless
@RolesAllowed({Role.Names.OPERATOR, Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class CounterAvailability {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private QueueLocks locks;

    @Inject
    private HospitalClock clock;

    @Inject
    private QueueHistory history;

    @Resource
    private SessionContext session;

    public CounterView changeStatus(Long counterId, CounterStatus target, String reason) {
        if (target == null || target == CounterStatus.SERVING) {
            throw new InvalidInputException("invalid-status", "Choose AVAILABLE, ON_BREAK or CLOSED (SERVING follows from calling a patient).");
        }
        Counter counter = locks.counter(counterId);
        requireMayChange(counter, target);
        Instant now = clock.now();
        CounterStatus before = counter.getStatus();
        switch (target) {
            case AVAILABLE -> counter.open(isOperatorOnly() ? caller() : counter.getStaffUsername(), now);
            case ON_BREAK -> counter.takeBreak(now);
            case CLOSED -> counter.close(now);
            default -> throw new IllegalStateException();
        }
        history.counter(AuditAction.COUNTER_STATUS_CHANGED, counter, reason, before + " → " + counter.getStatus());
        if (!target.isOpen()) {
            redistributeWaitingPatients(counter, counter.getName() + (target == CounterStatus.CLOSED ? " closed" : " went on break"));
        }
        return CounterView.of(counter);
    }

    /** A doctor announces a delay (0 clears it); the wait estimates of their patients include it. */
    public CounterView runLate(Long counterId, int minutes, String reason) {
        Counter counter = locks.counter(counterId);
        requireMayChange(counter, counter.getStatus());
        counter.runLate(minutes);
        history.counter(AuditAction.COUNTER_RUNNING_LATE, counter, reason, minutes == 0 ? "on time again" : minutes + " min late");
        return CounterView.of(counter);
    }

    private void redistributeWaitingPatients(Counter leaving, String why) {
        List<Ticket> waiting = em.createNamedQuery("Ticket.waitingAssignedTo", Ticket.class)
                .setParameter("counter", leaving)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (waiting.isEmpty()) {
            return;
        }
        Map<Long, Ticket> byId = new HashMap<>();
        waiting.forEach(t -> byId.put(t.getId(), t));
        List<Move> moves = CounterBreakRedistributor.plan(waiting.stream().map(Ticket::toQueueEntry).toList(),
                leaving.getId(), candidatesFor(waiting, leaving));
        for (Move move : moves) {
            Ticket ticket = byId.get(move.ticket().ticketId());
            Optional<Counter> target = move.toCounterId().map(id -> em.find(Counter.class, id));
            ticket.reassign(target.orElse(null));
            history.ticket(AuditAction.TICKET_REASSIGNED, ticket, leaving, why,
                    "→ " + target.map(Counter::getName).orElse("shared queue of " + ticket.getService().getCode()
                            + " (no open counter: service paused)"));
        }
    }

    /** The other open counters serving the waiting patients' services, with how many already wait for each. */
    private List<Candidate> candidatesFor(List<Ticket> waiting, Counter leaving) {
        Set<ClinicService> services = new LinkedHashSet<>();
        waiting.forEach(t -> services.add(t.getService()));
        List<Counter> counters = em.createQuery("select distinct c from Counter c join c.services s where s in :services "
                        + "and c.active = true and c.status in :open and c <> :leaving order by c.id", Counter.class)
                .setParameter("services", services)
                .setParameter("open", List.of(CounterStatus.AVAILABLE, CounterStatus.SERVING))
                .setParameter("leaving", leaving)
                .getResultList();
        List<Candidate> candidates = new ArrayList<>();
        for (Counter c : counters) {
            long load = em.createQuery("select count(t) from Ticket t where t.assignedCounter = :c and t.status = :waiting", Long.class)
                    .setParameter("c", c)
                    .setParameter("waiting", TicketStatus.WAITING)
                    .getSingleResult();
            candidates.add(new Candidate(c.getId(), c.getServices().stream().map(ClinicService::getId).toList(), (int) load));
        }
        return candidates;
    }

    private void requireMayChange(Counter counter, CounterStatus target) {
        if (!isOperatorOnly()) {
            return;
        }
        String staff = counter.getStaffUsername();
        boolean mine = caller().equals(staff);
        boolean takingOver = target == CounterStatus.AVAILABLE && (staff == null || !counter.getStatus().isOpen());
        if (!mine && !takingOver) {
            throw new NotAllowedException("other-staff", counter.getName() + " is staffed by " + staff + "; ask a supervisor to change it.");
        }
    }

    private boolean isOperatorOnly() {
        return !session.isCallerInRole(Role.Names.SUPERVISOR) && !session.isCallerInRole(Role.Names.ADMIN);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
