package org.clinicqueue.application.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.clinicqueue.application.history.QueueHistory;
import org.clinicqueue.domain.ConflictException;
import org.clinicqueue.domain.InvalidInputException;
import org.clinicqueue.domain.NotFoundException;
import org.clinicqueue.domain.audit.AuditAction;
import org.clinicqueue.domain.queue.ClinicService;
import org.clinicqueue.domain.queue.Counter;
import org.clinicqueue.domain.staff.Role;
import org.clinicqueue.infrastructure.persistence.QueueLocks;

/** Admins create and change counters and doctors' rooms: their names, spoken names and the services they serve. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class CounterCatalog {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ServiceCatalog services;

    @Inject
    private QueueLocks locks;

    @Inject
    private QueueHistory history;

    @Inject
    private Clock clock;

    public Counter create(String code, String name, String spokenName, Collection<String> serviceCodes) {
        String normalised = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (find(normalised) != null) {
            throw new ConflictException("code-taken", "A counter with the code " + normalised + " already exists.");
        }
        Counter counter = new Counter(normalised, name, servicesOf(serviceCodes), clock.instant());
        counter.rename(name, spokenName);
        em.persist(counter);
        history.configuration(AuditAction.COUNTER_CREATED, "counter " + normalised, name + " serving " + serviceCodes);
        return counter;
    }

    public Counter update(String code, String name, String spokenName, Collection<String> serviceCodes) {
        Counter counter = locks.counter(require(code).getId());
        counter.rename(name, spokenName);
        counter.serve(servicesOf(serviceCodes));
        history.configuration(AuditAction.COUNTER_CHANGED, "counter " + counter.getCode(), name + " serving " + serviceCodes);
        return counter;
    }

    public Counter deactivate(String code) {
        Counter counter = locks.counter(require(code).getId());
        counter.deactivate(clock.instant());
        history.configuration(AuditAction.COUNTER_CHANGED, "counter " + counter.getCode(), "deactivated");
        return counter;
    }

    public Counter activate(String code) {
        Counter counter = locks.counter(require(code).getId());
        counter.activate();
        history.configuration(AuditAction.COUNTER_CHANGED, "counter " + counter.getCode(), "reactivated");
        return counter;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.SUPERVISOR, Role.Names.RECEPTION, Role.Names.OPERATOR})
    public List<Counter> all() {
        return em.createNamedQuery("Counter.findAll", Counter.class).getResultList();
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.SUPERVISOR, Role.Names.RECEPTION, Role.Names.OPERATOR})
    public Counter require(String code) {
        Counter counter = find(code);
        if (counter == null) {
            throw new NotFoundException("There is no counter '" + code + "'.");
        }
        return counter;
    }

    private Counter find(String code) {
        return em.createNamedQuery("Counter.findByCode", Counter.class)
                .setParameter("code", code == null ? "" : code.strip().toUpperCase(Locale.ROOT))
                .getResultStream().findFirst().orElse(null);
    }

    private List<ClinicService> servicesOf(Collection<String> codes) {
        if (codes == null || codes.isEmpty()) {
            throw new InvalidInputException("A counter must serve at least one service.");
        }
        return codes.stream().map(services::require).toList();
    }
}
