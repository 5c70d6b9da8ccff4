package org.clinicqueue.application.issuing;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.clinicqueue.domain.queue.ClinicService;

/**
 * Where a token is numbered. Numbers restart at 1 each business day (in the hospital's time zone) and after a
 * supervisor closes the day's session early; within a session they have no gaps and no duplicates.
 *
 * <p>How: the service's own row is locked ({@code SELECT ... FOR UPDATE}) for the rest of the issuing
 * transaction, then the day's counter row is read and advanced. The service row always exists, so even the
 * first ticket of the day, when the day's row must still be inserted, is serialised without the
 * insert-on-missing-key race that makes concurrent InnoDB inserts deadlock or collide. A transaction that
 * rolls back (daily limit reached, duplicate phone...) rolls its number back too: no gap. The unique key on
 * {@code ticket} refuses a duplicate even if this logic were bypassed.
 */
@Dependent
public class DailyTicketNumbering {

    /** A taken number, within the session of the day it belongs to. */
    public record TakenNumber(LocalDate businessDate, int sessionNo, int number) {
    }

    @PersistenceContext
    private EntityManager em;

    /** Locks the service for the rest of the transaction; call before any check that must not race. */
    public ClinicService lockService(Long serviceId) {
        return em.find(ClinicService.class, serviceId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The next number of the service's current session today. The service must be locked (see above). */
    public TakenNumber next(ClinicService lockedService, LocalDate day, Instant now) {
        List<?> rows = em.createNativeQuery(
                        "SELECT session_no, last_number FROM daily_ticket_sequence WHERE service_id = ?1 AND business_date = ?2")
                .setParameter(1, lockedService.getId())
                .setParameter(2, day)
                .getResultList();
        if (rows.isEmpty()) {
            em.createNativeQuery("INSERT INTO daily_ticket_sequence (service_id, business_date, session_no, last_number, issued_count, session_started_at) "
                            + "VALUES (?1, ?2, 1, 1, 1, ?3)")
                    .setParameter(1, lockedService.getId())
                    .setParameter(2, day)
                    .setParameter(3, now)
                    .executeUpdate();
            return new TakenNumber(day, 1, 1);
        }
        Object[] row = (Object[]) rows.get(0);
        int session = ((Number) row[0]).intValue();
        int number = ((Number) row[1]).intValue() + 1;
        em.createNativeQuery("UPDATE daily_ticket_sequence SET last_number = ?1, issued_count = issued_count + 1 "
                        + "WHERE service_id = ?2 AND business_date = ?3")
                .setParameter(1, number)
                .setParameter(2, lockedService.getId())
                .setParameter(3, day)
                .executeUpdate();
        return new TakenNumber(day, session, number);
    }

    /** How many tickets the service gave out today, over all sessions (0 when none yet). */
    public int issuedToday(ClinicService service, LocalDate day) {
        List<?> rows = em.createNativeQuery("SELECT issued_count FROM daily_ticket_sequence WHERE service_id = ?1 AND business_date = ?2")
                .setParameter(1, service.getId())
                .setParameter(2, day)
                .getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).intValue();
    }

    /**
     * Starts a new session for the day (numbers restart at 1). The service must be locked.
     *
     * @return the new session number
     */
    public int startNewSession(ClinicService lockedService, LocalDate day, Instant now) {
        int updated = em.createNativeQuery("UPDATE daily_ticket_sequence SET session_no = session_no + 1, last_number = 0, "
                        + "session_started_at = ?1 WHERE service_id = ?2 AND business_date = ?3")
                .setParameter(1, now)
                .setParameter(2, lockedService.getId())
                .setParameter(3, day)
                .executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO daily_ticket_sequence (service_id, business_date, session_no, last_number, issued_count, session_started_at) "
                            + "VALUES (?1, ?2, 2, 0, 0, ?3)")
                    .setParameter(1, lockedService.getId())
                    .setParameter(2, day)
                    .setParameter(3, now)
                    .executeUpdate();
            return 2;
        }
        return ((Number) em.createNativeQuery("SELECT session_no FROM daily_ticket_sequence WHERE service_id = ?1 AND business_date = ?2")
                .setParameter(1, lockedService.getId())
                .setParameter(2, day)
                .getSingleResult()).intValue();
    }
}
