package org.clinicqueue.application.desk;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.clinicqueue.application.queries.CounterView;
import org.clinicqueue.application.settings.HospitalClock;
import org.clinicqueue.domain.ConflictException;
import org.clinicqueue.domain.NotFoundException;
import org.clinicqueue.domain.queue.Counter;
import org.clinicqueue.domain.staff.DeskChoice;
import org.clinicqueue.domain.staff.Role;

/**
 * Remembers where each clerk or doctor works, so the desk opens at their counter or room without asking
 * every morning. Choosing only remembers: the counter is taken by the first action there (see
 * {@code CounterDesk}), so looking at a desk never throws a colleague out.
 */
@Stateless
@RolesAllowed(Role.Names.OPERATOR)
public class DeskChoices {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private HospitalClock clock;

    @Resource
    private SessionContext session;

    /** The caller's counter, if they chose one that is still active. */
    public Optional<Long> remembered() {
        DeskChoice choice = em.find(DeskChoice.class, caller());
        if (choice == null) {
            return Optional.empty();
        }
        Counter counter = em.find(Counter.class, choice.getCounterId());
        return counter != null && counter.isActive() ? Optional.of(counter.getId()) : Optional.empty();
    }

    public CounterView choose(Long counterId) {
        Counter counter = counterId == null ? null : em.find(Counter.class, counterId);
        if (counter == null) {
            throw new NotFoundException("There is no counter with id " + counterId + ".");
        }
        if (!counter.isActive()) {
            throw new ConflictException("counter-inactive", counter.getName() + " has been deactivated.");
        }
        DeskChoice choice = em.find(DeskChoice.class, caller());
        if (choice == null) {
            em.persist(new DeskChoice(caller(), counter.getId(), clock.now()));
        } else {
            choice.choose(counter.getId(), clock.now());
        }
        return CounterView.of(counter);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
