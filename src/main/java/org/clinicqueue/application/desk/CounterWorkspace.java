package org.clinicqueue.application.desk;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clinicqueue.application.audit.AuditQueries;
import org.clinicqueue.application.queries.CounterView;
import org.clinicqueue.application.queries.TicketView;
import org.clinicqueue.application.queries.WaitEstimates;
import org.clinicqueue.domain.NotFoundException;
import org.clinicqueue.domain.queue.Counter;
import org.clinicqueue.domain.queue.QueueEntry;
import org.clinicqueue.domain.queue.QueueOrder;
import org.clinicqueue.domain.queue.Ticket;
import org.clinicqueue.domain.staff.Role;

/**
 * The counter desk's screen in one read: the counter, its current patient with their history, and the
 * patients it may call in the order {@link QueueOrder} would call them (so the list and "call next" never
 * disagree). Patients waiting for another counter are left out; held ones are listed apart.
 */
@Stateless
@RolesAllowed({Role.Names.OPERATOR, Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class CounterWorkspace {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private WaitEstimates queue;

    @Inject
    private AuditQueries audit;

    public DeskView view(Long counterId) {
        Counter counter = counterId == null ? null : em.find(Counter.class, counterId);
        if (counter == null) {
            throw new NotFoundException("There is no counter with id " + counterId + ".");
        }
        Ticket current = counter.getCurrentTicket();
        List<QueueEntry> entries = queue.waitingIn(counter.getServices());
        QueueOrder order = queue.order();
        Map<Long, Ticket> tickets = entries.isEmpty() ? Map.of()
                : em.createQuery("select t from Ticket t where t.id in :ids", Ticket.class)
                .setParameter("ids", entries.stream().map(QueueEntry::ticketId).toList())
                .getResultStream().collect(Collectors.toMap(Ticket::getId, Function.identity()));
        List<TicketView> waiting = entries.stream()
                .filter(e -> !e.onHold() && (e.assignedCounterId() == null || e.assignedCounterId().equals(counter.getId())))
                .sorted(order.counterOrder(counter.getId()))
                .map(e -> TicketView.of(tickets.get(e.ticketId())))
                .toList();
        List<TicketView> held = entries.stream()
                .filter(e -> e.onHold() && counter.getId().equals(e.assignedCounterId()))
                .sorted(order.serviceOrder())
                .map(e -> TicketView.of(tickets.get(e.ticketId())))
                .toList();
        return new DeskView(CounterView.of(counter), current == null ? null : TicketView.of(current),
                current == null ? List.of() : audit.ticketHistory(current.getId()), waiting, held);
    }
}
