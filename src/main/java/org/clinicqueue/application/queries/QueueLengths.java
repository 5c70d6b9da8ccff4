package org.clinicqueue.application.queries;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinicqueue.domain.queue.TicketStatus;

/**
 * How many patients wait in each of some services, in one query. Screens ask for it at most once a second
 * for the services that changed, instead of every change counting its queue inside its transaction (which
 * made issuing slower as the queue grew).
 */
@Stateless
@PermitAll
public class QueueLengths {

    @PersistenceContext
    private EntityManager em;

    public Map<String, Long> waiting(Collection<String> serviceCodes) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (serviceCodes.isEmpty()) {
            return counts;
        }
        serviceCodes.forEach(code -> counts.put(code, 0L));
        List<Object[]> rows = em.createQuery("select t.service.code, count(t) from Ticket t where t.status = :waiting "
                        + "and t.service.code in :codes group by t.service.code", Object[].class)
                .setParameter("waiting", TicketStatus.WAITING)
                .setParameter("codes", serviceCodes)
                .getResultList();
        for (Object[] row : rows) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return counts;
    }
}
