package org.clinicqueue.application.reports;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clinicqueue.domain.audit.AuditAction;
import org.clinicqueue.domain.reports.CellFigures;
import org.clinicqueue.domain.reports.CellKey;
import org.clinicqueue.domain.reports.ReportPeriod;
import org.clinicqueue.domain.reports.ServiceVisit;
import org.clinicqueue.domain.reports.TicketEvent;
import org.clinicqueue.domain.reports.VisitTimeline;

/**
 * Figures computed live from the engine's history: finds the tickets that arrived in a service in the period
 * (an issue or a transfer line of the audit trail, through {@code ix_audit_service_arrival}), reads each
 * one's whole trail (through {@code ix_audit_ticket}, so outcomes after the period still count), replays it
 * into visits with {@link VisitTimeline}, and adds the visits that arrived in the period into cells, with the
 * patient's rating of the visit. Tickets are read a thousand at a time, so memory stays flat over a month.
 */
@Dependent
public class VisitHistory {

    static final List<AuditAction> ARRIVALS = List.of(AuditAction.TICKET_ISSUED, AuditAction.TICKET_TRANSFERRED);
    static final List<AuditAction> REPLAYED = List.of(AuditAction.TICKET_ISSUED, AuditAction.TICKET_TRANSFERRED,
            AuditAction.TICKET_CALLED, AuditAction.TICKET_CALLED_OUT_OF_ORDER, AuditAction.SERVICE_STARTED,
            AuditAction.TICKET_COMPLETED, AuditAction.TICKET_NO_SHOW, AuditAction.TICKET_REQUEUED_AFTER_NO_SHOW,
            AuditAction.TICKET_HELD, AuditAction.TICKET_CANCELLED);
    static final int BATCH = 1000;

    @PersistenceContext
    private EntityManager em;

    /** @param serviceIds the services to count visits in; null for all */
    public LiveCells cells(ReportPeriod period, Collection<Long> serviceIds) {
        Map<CellKey, CellFigures> cells = new HashMap<>();
        int visits = 0;
        List<Long> tickets = ticketsArriving(period, serviceIds);
        for (int from = 0; from < tickets.size(); from += BATCH) {
            List<Long> batch = tickets.subList(from, Math.min(tickets.size(), from + BATCH));
            Map<String, Integer> ratings = ratings(batch);
            List<TicketEvent> trail = new ArrayList<>();
            for (Object[] row : trails(batch)) {
                TicketEvent event = new TicketEvent((Long) row[0], (Instant) row[1], (Long) row[2], (AuditAction) row[3],
                        (Long) row[4], (Long) row[5], (String) row[6]);
                if (!trail.isEmpty() && trail.get(0).ticketId() != event.ticketId()) {
                    visits += count(trail, period, serviceIds, ratings, cells);
                    trail.clear();
                }
                trail.add(event);
            }
            visits += count(trail, period, serviceIds, ratings, cells);
        }
        return new LiveCells(cells, visits);
    }

    private int count(List<TicketEvent> trail, ReportPeriod period, Collection<Long> serviceIds, Map<String, Integer> ratings,
                      Map<CellKey, CellFigures> cells) {
        int counted = 0;
        if (trail.isEmpty()) {
            return 0;
        }
        for (ServiceVisit visit : VisitTimeline.visitsOf(trail)) {
            if (period.contains(visit.arrivedAt()) && (serviceIds == null || serviceIds.contains(visit.serviceId()))) {
                CellKey key = new CellKey(period.dayOf(visit.arrivedAt()), visit.serviceId(), visit.counterId(), visit.staff());
                cells.computeIfAbsent(key, k -> CellFigures.fromDetail())
                        .add(visit, period.zone(), ratings.get(visit.ticketId() + ":" + visit.serviceId()));
                counted++;
            }
        }
        return counted;
    }

    private List<Long> ticketsArriving(ReportPeriod period, Collection<Long> serviceIds) {
        var query = em.createQuery("select distinct e.ticketId from AuditEvent e where e.action in :arrivals "
                        + "and e.occurredAt >= :start and e.occurredAt < :end and e.ticketId is not null"
                        + (serviceIds == null ? "" : " and e.serviceId in :services"), Long.class)
                .setParameter("arrivals", ARRIVALS)
                .setParameter("start", period.start())
                .setParameter("end", period.end());
        if (serviceIds != null) {
            if (serviceIds.isEmpty()) {
                return List.of();
            }
            query.setParameter("services", serviceIds);
        }
        List<Long> ids = new ArrayList<>(query.getResultList());
        ids.sort(Long::compare);
        return ids;
    }

    private List<Object[]> trails(List<Long> ticketIds) {
        return em.createQuery("select e.ticketId, e.occurredAt, e.id, e.action, e.serviceId, e.counterId, e.actor "
                        + "from AuditEvent e where e.ticketId in :tickets and e.action in :actions "
                        + "order by e.ticketId, e.occurredAt, e.id", Object[].class)
                .setParameter("tickets", ticketIds)
                .setParameter("actions", REPLAYED)
                .getResultList();
    }

    /** The patients' ratings, by "ticket:service" (a rating belongs to the service the visit was completed in). */
    private Map<String, Integer> ratings(List<Long> ticketIds) {
        Map<String, Integer> ratings = new HashMap<>();
        for (Object[] row : em.createQuery("select f.ticketId, f.serviceId, f.rating from VisitFeedback f where f.ticketId in :tickets",
                Object[].class).setParameter("tickets", ticketIds).getResultList()) {
            ratings.put(row[0] + ":" + row[1], ((Number) row[2]).intValue());
        }
        return ratings;
    }
}
