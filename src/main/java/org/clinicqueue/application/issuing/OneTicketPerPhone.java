package org.clinicqueue.application.issuing;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.clinicqueue.domain.ConflictException;
import org.clinicqueue.domain.queue.ClinicService;
import org.clinicqueue.domain.queue.TicketStatus;

/**
 * Anti-hoarding: a phone number holds at most one active ticket per service. Checked under the service's
 * lock when a ticket is issued (so two requests cannot both pass), and earlier, before a one-time code is
 * sent, to save the patient an SMS that could not lead to a ticket.
 */
@Dependent
public class OneTicketPerPhone {

    @PersistenceContext
    private EntityManager em;

    public void require(ClinicService service, String phone) {
        if (phone == null) {
            return;
        }
        long active = em.createNamedQuery("Ticket.activeForPhone", Long.class)
                .setParameter("phone", phone)
                .setParameter("service", service)
                .setParameter("statuses", List.copyOf(TicketStatus.ACTIVE))
                .getSingleResult();
        if (active > 0) {
            throw new ConflictException("already-queued", "This phone number already has a ticket waiting for " + service.getName() + ".");
        }
    }
}
