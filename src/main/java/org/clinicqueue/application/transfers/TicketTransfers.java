package org.clinicqueue.application.transfers;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Locale;
import org.clinicqueue.application.history.QueueHistory;
import org.clinicqueue.application.queries.TicketView;
import org.clinicqueue.application.settings.HospitalClock;
import org.clinicqueue.domain.InvalidInputException;
import org.clinicqueue.domain.NotAllowedException;
import org.clinicqueue.domain.NotFoundException;
import org.clinicqueue.domain.audit.AuditAction;
import org.clinicqueue.domain.queue.ClinicService;
import org.clinicqueue.domain.queue.Counter;
import org.clinicqueue.domain.queue.Priority;
import org.clinicqueue.domain.queue.Ticket;
import org.clinicqueue.domain.staff.Role;
import org.clinicqueue.infrastructure.persistence.QueueLocks;

/**
 * Changes to a ticket that are not a counter's normal flow: a transfer to another service or counter (the
 * seeds' "OPD, then Test"), a priority change, a cancellation by staff or by the patient. A ticket at a
 * counter frees that counter. Every change is audited with its reason.
 */
@Stateless
public class TicketTransfers {

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

    /**
     * @param counterCode optional: the counter the patient must go to (it must serve the target service)
     * @param keepPlace   true: the patient keeps the time they first joined (ahead of later arrivals);
     *                    false: they join the target queue at the back
     */
    @RolesAllowed({Role.Names.OPERATOR, Role.Names.RECEPTION, Role.Names.SUPERVISOR})
    public TicketView transfer(Long ticketId, String targetServiceCode, String counterCode, boolean keepPlace, String reason) {
        requireReason(reason, "a transfer");
        Ticket ticket = locks.ticketWithItsCounter(ticketId);
        requireOperatorOwnsTicket(ticket);
        ClinicService target = service(targetServiceCode == null || targetServiceCode.isBlank()
                ? ticket.getService().getCode() : targetServiceCode);
        Counter counter = counterCode == null || counterCode.isBlank() ? null : counter(counterCode);
        String from = ticket.getService().getCode() + (ticket.getServingCounter() != null ? " at " + ticket.getServingCounter().getName() : "");
        ClinicService previous = ticket.getService();
        Counter leftCounter = releaseCounterOf(ticket);
        ticket.transferTo(target, counter, keepPlace, clock.now());
        history.ticket(AuditAction.TICKET_TRANSFERRED, ticket, leftCounter, reason,
                from + " → " + target.getCode() + (counter == null ? "" : " (" + counter.getName() + ")")
                        + (keepPlace ? ", keeps place" : ", to the back"), previous);
        return TicketView.of(ticket);
    }

    @RolesAllowed({Role.Names.RECEPTION, Role.Names.SUPERVISOR})
    public TicketView changePriority(Long ticketId, Priority priority, String reason) {
        Ticket ticket = locks.ticketWithItsCounter(ticketId);
        Priority before = ticket.getPriority();
        ticket.changePriority(priority, reason);
        history.ticket(AuditAction.PRIORITY_CHANGED, ticket, null, reason, before + " → " + priority);
        return TicketView.of(ticket);
    }

    @RolesAllowed({Role.Names.RECEPTION, Role.Names.SUPERVISOR, Role.Names.OPERATOR})
    public TicketView cancel(Long ticketId, String reason) {
        requireReason(reason, "cancelling a ticket");
        Ticket ticket = locks.ticketWithItsCounter(ticketId);
        requireOperatorOwnsTicket(ticket);
        return cancel(ticket, reason);
    }

    /** The patient cancels from their phone; the unguessable tracking id is their proof. */
    @PermitAll
    public TicketView cancelByPatient(String trackingId) {
        Ticket found = em.createNamedQuery("Ticket.findByTrackingId", Ticket.class)
                .setParameter("trackingId", trackingId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("There is no such ticket."));
        return cancel(locks.ticketWithItsCounter(found.getId()), "Cancelled by the patient");
    }

    private TicketView cancel(Ticket ticket, String reason) {
        Instant now = clock.now();
        ticket.cancel(reason, now);
        Counter leftCounter = releaseCounterOf(ticket);
        history.ticket(AuditAction.TICKET_CANCELLED, ticket, leftCounter, reason, null);
        return TicketView.of(ticket);
    }

    /** If the ticket is at a counter (called or in service), that counter becomes free. */
    private Counter releaseCounterOf(Ticket ticket) {
        Counter counter = ticket.getServingCounter();
        if (counter != null && counter.getCurrentTicket() != null && counter.getCurrentTicket().getId().equals(ticket.getId())) {
            counter.release(clock.now());
            return counter;
        }
        return null;
    }

    /** A clerk or doctor moves the patients at their own counter; reception and supervisors move anyone. */
    private void requireOperatorOwnsTicket(Ticket ticket) {
        if (session.isCallerInRole(Role.Names.RECEPTION) || session.isCallerInRole(Role.Names.SUPERVISOR)) {
            return;
        }
        Counter at = ticket.getServingCounter();
        boolean atMyCounter = at != null && at.getCurrentTicket() != null && at.getCurrentTicket().getId().equals(ticket.getId())
                && session.getCallerPrincipal().getName().equals(at.getStaffUsername());
        if (!atMyCounter) {
            throw new NotAllowedException("not-your-patient", "Only the patient at your counter can be moved or cancelled from the desk.");
        }
    }

    private ClinicService service(String code) {
        return em.createNamedQuery("ClinicService.findByCode", ClinicService.class)
                .setParameter("code", code.strip().toUpperCase(Locale.ROOT))
                .getResultStream().findFirst()
                .filter(ClinicService::isActive)
                .orElseThrow(() -> new NotFoundException("There is no active service '" + code + "'."));
    }

    private Counter counter(String code) {
        return em.createNamedQuery("Counter.findByCode", Counter.class)
                .setParameter("code", code.strip().toUpperCase(Locale.ROOT))
                .getResultStream().findFirst()
                .filter(Counter::isActive)
                .orElseThrow(() -> new NotFoundException("There is no active counter '" + code + "'."));
    }

    private static void requireReason(String reason, String what) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason-required", "Give a reason for " + what + ".");
        }
    }
}
