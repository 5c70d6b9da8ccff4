package org.clinicqueue.application.daysession;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.clinicqueue.application.history.QueueHistory;
import org.clinicqueue.application.issuing.DailyTicketNumbering;
import org.clinicqueue.application.settings.HospitalClock;
import org.clinicqueue.domain.InvalidInputException;
import org.clinicqueue.domain.NotFoundException;
import org.clinicqueue.domain.audit.AuditAction;
import org.clinicqueue.domain.queue.ClinicService;
import org.clinicqueue.domain.queue.Ticket;
import org.clinicqueue.domain.queue.TicketStatus;
import org.clinicqueue.domain.staff.Role;

/**
 * A supervisor ends a service's day session early (the seed systems' "reset"): every ticket still waiting in
 * that queue ends with the given reason, marked so that the patient's phone can say the session closed, and
 * the numbering starts again at 1. Nothing is deleted; patients already at a counter are not affected.
 */
@Stateless
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class DaySessionCloser {

    /** What the supervisor closed. */
    public record ClosedSession(String serviceCode, int endedTickets, int newSessionNo) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private DailyTicketNumbering numbering;

    @Inject
    private HospitalClock clock;

    @Inject
    private QueueHistory history;

    public ClosedSession closeSession(String serviceCode, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason-required", "Give a reason for closing the session; patients will see it.");
        }
        ClinicService service = em.createNamedQuery("ClinicService.findByCode", ClinicService.class)
                .setParameter("code", serviceCode == null ? "" : serviceCode.strip().toUpperCase(Locale.ROOT))
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("There is no service '" + serviceCode + "'."));
        numbering.lockService(service.getId());
        Instant now = clock.now();
        LocalDate today = LocalDate.ofInstant(now, clock.zone());
        List<Ticket> waiting = em.createQuery("select t from Ticket t where t.service = :service and t.status = :waiting order by t.queuedAt", Ticket.class)
                .setParameter("service", service)
                .setParameter("waiting", TicketStatus.WAITING)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        for (Ticket ticket : waiting) {
            ticket.endWithSession(reason.strip(), now);
            history.ticket(AuditAction.TICKET_CANCELLED, ticket, null, reason, "day session closed");
        }
        int session = numbering.startNewSession(service, today, now);
        history.service(AuditAction.DAY_SESSION_CLOSED, service, reason, waiting.size() + " waiting ticket(s) ended; numbering restarts (session " + session + ")");
        return new ClosedSession(service.getCode(), waiting.size(), session);
    }
}
