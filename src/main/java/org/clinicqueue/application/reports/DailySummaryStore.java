package org.clinicqueue.application.reports;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clinicqueue.domain.reports.CellFigures;
import org.clinicqueue.domain.reports.CellKey;
import org.clinicqueue.domain.reports.DailySummaryRow;
import org.clinicqueue.domain.reports.SummarizedDay;

/**
 * The nightly summary's tables: which days are summarised, their cells (read with the report's filters, through
 * the unique key or {@code ix_report_daily_summary_service}), replacing a day whole, and the one-row lock that
 * makes nodes summarise one at a time.
 */
@Dependent
public class DailySummaryStore {

    @PersistenceContext
    private EntityManager em;

    public Map<LocalDate, SummarizedDay> summarizedDays(LocalDate from, LocalDate to) {
        Map<LocalDate, SummarizedDay> days = new HashMap<>();
        em.createQuery("select d from SummarizedDay d where d.businessDate between :from and :to", SummarizedDay.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream()
                .forEach(d -> days.put(d.getBusinessDate(), d));
        return days;
    }

    /**
     * The cells of summarised days in {@code [from, to]}, with the report's filters.
     *
     * @param serviceIds null for all services
     * @param counterId  null for all counters
     * @param staff      null for all staff
     */
    public Map<CellKey, CellFigures> cells(LocalDate from, LocalDate to, Collection<Long> serviceIds, Long counterId, String staff) {
        StringBuilder jpql = new StringBuilder("select r from DailySummaryRow r where r.businessDate between :from and :to");
        if (serviceIds != null) {
            jpql.append(" and r.serviceId in :services");
        }
        if (counterId != null) {
            jpql.append(" and r.counterId = :counter");
        }
        if (staff != null) {
            jpql.append(" and r.staffUsername = :staff");
        }
        var query = em.createQuery(jpql.toString(), DailySummaryRow.class).setParameter("from", from).setParameter("to", to);
        if (serviceIds != null) {
            if (serviceIds.isEmpty()) {
                return Map.of();
            }
            query.setParameter("services", serviceIds);
        }
        if (counterId != null) {
            query.setParameter("counter", counterId);
        }
        if (staff != null) {
            query.setParameter("staff", staff);
        }
        Map<CellKey, CellFigures> cells = new HashMap<>();
        for (DailySummaryRow row : query.getResultList()) {
            cells.put(row.key(), row.figures());
            em.detach(row);
        }
        return cells;
    }

    /** Waits for (and holds until commit) the lock every node takes before summarising. */
    public void lock() {
        em.createNativeQuery("SELECT id FROM report_summary_lock WHERE id = 1 FOR UPDATE").getResultList();
    }

    /** Replaces the day's cells and records when and by whom it was computed. */
    public void replace(LocalDate day, Map<CellKey, CellFigures> cells, int visits, Instant now, String node) {
        em.createQuery("delete from DailySummaryRow r where r.businessDate = :day").setParameter("day", day).executeUpdate();
        cells.forEach((key, cell) -> em.persist(DailySummaryRow.of(key, cell)));
        SummarizedDay summarized = em.find(SummarizedDay.class, day);
        if (summarized == null) {
            summarized = new SummarizedDay(day);
            summarized.computed(now, node, visits, cells.size());
            em.persist(summarized);
        } else {
            summarized.computed(now, node, visits, cells.size());
        }
    }

    public List<SummarizedDay> list(LocalDate from, LocalDate to) {
        return em.createQuery("select d from SummarizedDay d where d.businessDate between :from and :to order by d.businessDate",
                SummarizedDay.class).setParameter("from", from).setParameter("to", to).getResultList();
    }
}
