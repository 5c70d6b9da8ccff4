package org.clinicqueue.application.queries;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clinicqueue.application.settings.HospitalClock;
import org.clinicqueue.domain.NotFoundException;
import org.clinicqueue.domain.queue.ClinicService;
import org.clinicqueue.domain.queue.Counter;
import org.clinicqueue.domain.queue.QueueEntry;
import org.clinicqueue.domain.queue.Ticket;
import org.clinicqueue.domain.queue.TicketStatus;
import org.clinicqueue.domain.staff.Role;

/** Read-only views of the queue for the public pages, the API and the console. */
@Stateless
public class QueueQueries {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private WaitEstimates estimates;

    @Inject
    private HospitalClock clock;

    /** Active services with their current wait, for the join page and {@code GET /api/services}. */
    @PermitAll
    public List<ServiceStatus> services() {
        ZonedDateTime now = ZonedDateTime.ofInstant(clock.now(), clock.zone());
        return em.createNamedQuery("ClinicService.findActive", ClinicService.class).getResultList().stream()
                .map(s -> {
                    Estimate e = estimates.forNewcomer(s);
                    return new ServiceStatus(s.getCode(), s.getName(), s.getPrefix(), s.isOpenAt(now), s.hours().describe(),
                            e.peopleAhead(), e.minutes(), e.paused(), s.getDailyLimit(), estimates.openCounters(s));
                })
                .toList();
    }

    /** A patient's own ticket, by the unguessable tracking id only. */
    @PermitAll
    public TicketStatusView ticketStatus(String trackingId) {
        Ticket t = em.createNamedQuery("Ticket.findByTrackingId", Ticket.class)
                .setParameter("trackingId", trackingId == null ? "" : trackingId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("There is no such ticket. Check the link on your ticket."));
        return statusView(t, estimates.forTicket(t));
    }

    /**
     * Many patients' own tickets at once, for pushing updates to the phones following a queue; unknown ids
     * are simply absent. Each view holds only its own ticket's data, as {@link #ticketStatus} does.
     */
    @PermitAll
    public Map<String, TicketStatusView> ticketStatuses(Collection<String> trackingIds) {
        Map<String, TicketStatusView> views = new HashMap<>();
        List<String> ids = List.copyOf(trackingIds);
        for (int from = 0; from < ids.size(); from += 500) {
            List<Ticket> tickets = em.createQuery("select t from Ticket t where t.trackingId in :ids", Ticket.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
                    .getResultList();
            Map<Long, Estimate> estimated = estimates.forTickets(tickets);
            tickets.forEach(t -> views.put(t.getTrackingId(), statusView(t, estimated.get(t.getId()))));
        }
        return views;
    }

    private static TicketStatusView statusView(Ticket t, Estimate e) {
        Counter at = t.getStatus() == TicketStatus.CALLED || t.getStatus() == TicketStatus.IN_SERVICE ? t.getServingCounter() : null;
        return new TicketStatusView(t.displayNumber(), t.getService().getCode(), t.getService().getName(), t.getPatientName(),
                t.getLanguage(), t.getStatus().name(), e.peopleAhead(), e.minutes(), e.paused(), t.isOnHold(),
                at == null ? null : at.getName(), at == null ? null : at.spokenNameOrName(), t.getIssuedAt(),
                t.getCalledAt(), t.getFinishedAt(), t.isSessionClosed(), t.getEndReason());
    }

    /** The waiting list of a service in call order (priority, then join time), for staff. */
    @RolesAllowed({Role.Names.OPERATOR, Role.Names.RECEPTION, Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public List<TicketView> waitingList(String serviceCode) {
        ClinicService service = service(serviceCode);
        return waitingIn(List.of(service));
    }

    /** The waiting tickets of several services (a counter's), in the order the queue shows them. */
    @RolesAllowed({Role.Names.OPERATOR, Role.Names.RECEPTION, Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public List<TicketView> waitingIn(List<ClinicService> services) {
        List<Ticket> tickets = em.createNamedQuery("Ticket.waitingInServices", Ticket.class)
                .setParameter("services", services)
                .getResultList();
        Map<Long, Ticket> byId = tickets.stream().collect(Collectors.toMap(Ticket::getId, Function.identity()));
        return tickets.stream().map(Ticket::toQueueEntry)
                .sorted(estimates.order().serviceOrder())
                .map(QueueEntry::ticketId)
                .map(byId::get)
                .map(TicketView::of)
                .toList();
    }

    @RolesAllowed({Role.Names.OPERATOR, Role.Names.RECEPTION, Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public List<CounterView> counters() {
        return em.createNamedQuery("Counter.findAll", Counter.class).getResultList().stream()
                .sorted(Comparator.comparing(Counter::getName))
                .map(CounterView::of)
                .toList();
    }

    @RolesAllowed({Role.Names.OPERATOR, Role.Names.RECEPTION, Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public CounterView counter(Long id) {
        Counter counter = em.find(Counter.class, id);
        if (counter == null) {
            throw new NotFoundException("There is no counter with id " + id + ".");
        }
        return CounterView.of(counter);
    }

    @RolesAllowed({Role.Names.OPERATOR, Role.Names.RECEPTION, Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public TicketView ticket(Long id) {
        Ticket ticket = em.find(Ticket.class, id);
        if (ticket == null) {
            throw new NotFoundException("There is no ticket with id " + id + ".");
        }
        return TicketView.of(ticket);
    }

    private ClinicService service(String code) {
        return em.createNamedQuery("ClinicService.findByCode", ClinicService.class)
                .setParameter("code", code == null ? "" : code.strip().toUpperCase(Locale.ROOT))
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("There is no service '" + code + "'."));
    }
}
