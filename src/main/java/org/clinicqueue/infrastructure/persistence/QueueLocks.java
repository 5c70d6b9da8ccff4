package org.clinicqueue.infrastructure.persistence;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.clinicqueue.domain.NotFoundException;
import org.clinicqueue.domain.queue.Counter;
import org.clinicqueue.domain.queue.Ticket;
import org.clinicqueue.domain.queue.TicketStatus;

/**
 * Row locks for the queue, always taken in the same order (a counter before a ticket at it) so that two
 * operations never wait for each other in a circle. Each lock lasts until the transaction ends.
 */
@Dependent
public class QueueLocks {

    @PersistenceContext
    private EntityManager em;

    public Counter counter(Long counterId) {
        Counter counter = counterId == null ? null : em.find(Counter.class, counterId, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            throw new NotFoundException("There is no counter with id " + counterId + ".");
        }
        return counter;
    }

    /** For a ticket that may be at a counter: locks that counter first, then the ticket, and re-reads it. */
    public Ticket ticketWithItsCounter(Long ticketId) {
        Ticket ticket = ticketId == null ? null : em.find(Ticket.class, ticketId);
        if (ticket == null) {
            throw new NotFoundException("There is no ticket with id " + ticketId + ".");
        }
        if (ticket.getServingCounter() != null
                && (ticket.getStatus() == TicketStatus.CALLED || ticket.getStatus() == TicketStatus.IN_SERVICE)) {
            counter(ticket.getServingCounter().getId());
        }
        em.refresh(ticket, LockModeType.PESSIMISTIC_WRITE);
        return ticket;
    }

    /**
     * Locks the ticket if it is still waiting and no other transaction holds it; otherwise returns null at
     * once ({@code SKIP LOCKED}), so a counter moves on to the next patient instead of queueing behind
     * another counter that is calling this one.
     */
    public Ticket ticketIfStillWaiting(Long ticketId) {
        List<?> locked = em.createNativeQuery("SELECT id FROM ticket WHERE id = ?1 AND status = 'WAITING' FOR UPDATE SKIP LOCKED")
                .setParameter(1, ticketId)
                .getResultList();
        if (locked.isEmpty()) {
            return null;
        }
        Ticket ticket = em.find(Ticket.class, ticketId);
        em.refresh(ticket);
        return ticket;
    }
}
