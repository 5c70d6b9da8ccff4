package org.clinicqueue.application.calling;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.clinicqueue.application.history.QueueHistory;
import org.clinicqueue.application.queries.TicketView;
import org.clinicqueue.application.queries.WaitEstimates;
import org.clinicqueue.application.settings.HospitalClock;
import org.clinicqueue.application.settings.Settings;
import org.clinicqueue.domain.ConflictException;
import org.clinicqueue.domain.InvalidInputException;
import org.clinicqueue.domain.NotAllowedException;
import org.clinicqueue.domain.audit.AuditAction;
import org.clinicqueue.domain.queue.Counter;
import org.clinicqueue.domain.queue.QueueEntry;
import org.clinicqueue.domain.queue.QueueOrder;
import org.clinicqueue.domain.queue.Ticket;
import org.clinicqueue.domain.settings.SettingKey;
import org.clinicqueue.infrastructure.persistence.QueueLocks;

/**
 * What a clerk or doctor does at their counter. Each method locks the counter first, so one counter's
 * actions never interleave (a double-clicked "next" cannot call two patients), and "call next" skips any
 * ticket another counter has locked at that instant, so two counters never call the same patient.
 *
 * <p>The person acting must be the one working at the counter; an unstaffed counter is taken by whoever
 * acts there first.
 */
@Stateless
@RolesAllowed("OPERATOR")
public class CounterDesk {

    @Inject
    private QueueLocks locks;

    @Inject
    private WaitEstimates queue;

    @Inject
    private HospitalClock clock;

    @Inject
    private Settings settings;

    @Inject
    private QueueHistory history;

    @Resource
    private SessionContext session;

    /** @return the called patient, or empty when nobody this counter serves is waiting */
    public Optional<TicketView> callNext(Long counterId) {
        Counter counter = counterForCaller(counterId);
        requireFree(counter);
        Instant now = clock.now();
        QueueOrder order = QueueOrder.at(now, settings.get(SettingKey.APPOINTMENT_INTERLEAVE));
        for (QueueEntry candidate : order.callOrder(queue.waitingIn(counter.getServices()), counter.getId())) {
            Ticket ticket = locks.ticketIfStillWaiting(candidate.ticketId());
            if (ticket != null && ticket.isCallable(now) && isForCounter(ticket, counter)) {
                call(ticket, counter, now, AuditAction.TICKET_CALLED, null);
                return Optional.of(TicketView.of(ticket));
            }
        }
        return Optional.empty();
    }

    /** Calls a particular waiting patient out of turn; the reason goes to the audit trail. */
    public TicketView callSpecific(Long counterId, Long ticketId, String reason) {
        requireReason(reason, "calling a patient out of turn");
        Counter counter = counterForCaller(counterId);
        requireFree(counter);
        Ticket ticket = locks.ticketWithItsCounter(ticketId);
        if (!counter.serves(ticket.getService())) {
            throw new InvalidInputException("wrong-counter", counter.getName() + " does not serve " + ticket.getService().getName()
                    + "; transfer the patient first.");
        }
        if (ticket.isOnHold()) {
            ticket.resume();
        }
        call(ticket, counter, clock.now(), AuditAction.TICKET_CALLED_OUT_OF_ORDER, reason);
        return TicketView.of(ticket);
    }

    /** Announces the current patient again, up to the configured recall limit. */
    public TicketView recall(Long counterId) {
        Counter counter = counterForCaller(counterId);
        Ticket ticket = currentTicket(counter);
        ticket.recall(settings.get(SettingKey.RECALL_LIMIT));
        history.ticket(AuditAction.TICKET_RECALLED, ticket, counter, null, "recall " + ticket.getRecallCount());
        return TicketView.of(ticket);
    }

    public TicketView startService(Long counterId) {
        Counter counter = counterForCaller(counterId);
        Ticket ticket = currentTicket(counter);
        ticket.startService(clock.now());
        history.ticket(AuditAction.SERVICE_STARTED, ticket, counter, null, null);
        return TicketView.of(ticket);
    }

    public TicketView complete(Long counterId, String outcomeNote) {
        Counter counter = counterForCaller(counterId);
        Ticket ticket = currentTicket(counter);
        Instant now = clock.now();
        ticket.complete(outcomeNote, now);
        counter.release(now);
        history.ticket(AuditAction.TICKET_COMPLETED, ticket, counter, null, outcomeNote);
        return TicketView.of(ticket);
    }

    /**
     * The called patient did not come. They return to the queue once after the configured grace period
     * (keeping their place), or their ticket ends.
     */
    public TicketView markNoShow(Long counterId) {
        Counter counter = counterForCaller(counterId);
        Ticket ticket = currentTicket(counter);
        Instant now = clock.now();
        Duration grace = Duration.ofMinutes(settings.get(SettingKey.NO_SHOW_GRACE_MINUTES));
        boolean requeued = ticket.markNoShow(grace, now);
        counter.release(now);
        history.ticket(requeued ? AuditAction.TICKET_REQUEUED_AFTER_NO_SHOW : AuditAction.TICKET_NO_SHOW, ticket, counter, null,
                requeued ? "callable again after " + grace.toMinutes() + " min" : null);
        return TicketView.of(ticket);
    }

    /** Parks the current patient (sent for a test, stepped out); the counter is free and they wait for it. */
    public TicketView hold(Long counterId, String reason) {
        Counter counter = counterForCaller(counterId);
        Ticket ticket = currentTicket(counter);
        ticket.hold(counter);
        counter.release(clock.now());
        history.ticket(AuditAction.TICKET_HELD, ticket, counter, reason, null);
        return TicketView.of(ticket);
    }

    /** Brings a held patient back to this counter and calls them now. */
    public TicketView bringBack(Long counterId, Long ticketId) {
        Counter counter = counterForCaller(counterId);
        requireFree(counter);
        Ticket ticket = locks.ticketWithItsCounter(ticketId);
        if (ticket.getAssignedCounter() != null && !ticket.getAssignedCounter().isSameAs(counter)) {
            throw new ConflictException("assigned-elsewhere", ticket.displayNumber() + " is held for " + ticket.getAssignedCounter().getName() + ".");
        }
        ticket.resume();
        history.ticket(AuditAction.TICKET_RESUMED, ticket, counter, null, null);
        call(ticket, counter, clock.now(), AuditAction.TICKET_CALLED, "brought back from hold");
        return TicketView.of(ticket);
    }

    private void call(Ticket ticket, Counter counter, Instant now, AuditAction action, String reason) {
        ticket.callTo(counter, caller(), now);
        counter.attend(ticket, now);
        history.ticket(action, ticket, counter, reason, null);
    }

    private static boolean isForCounter(Ticket ticket, Counter counter) {
        return counter.serves(ticket.getService())
                && (ticket.getAssignedCounter() == null || ticket.getAssignedCounter().isSameAs(counter));
    }

    /** Locks the counter and checks that the caller works there (taking an unstaffed counter). */
    private Counter counterForCaller(Long counterId) {
        Counter counter = locks.counter(counterId);
        String me = caller();
        if (counter.getStaffUsername() == null) {
            counter.open(me, clock.now());
            history.counter(AuditAction.COUNTER_STATUS_CHANGED, counter, null, "taken by " + me);
        } else if (!counter.getStaffUsername().equals(me)) {
            throw new NotAllowedException("other-staff", counter.getName() + " is staffed by " + counter.getStaffUsername()
                    + "; open it from your desk to take it over.");
        }
        return counter;
    }

    private static void requireFree(Counter counter) {
        Ticket current = counter.getCurrentTicket();
        if (current != null) {
            throw new ConflictException("counter-busy", counter.getName() + " is already serving " + current.displayNumber()
                    + "; complete, hold or transfer that patient first.");
        }
    }

    private static Ticket currentTicket(Counter counter) {
        Ticket current = counter.getCurrentTicket();
        if (current == null) {
            throw new ConflictException("no-patient", "Nobody is at " + counter.getName() + "; call the next patient first.");
        }
        return current;
    }

    private static void requireReason(String reason, String what) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason-required", "Give a reason for " + what + ".");
        }
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
