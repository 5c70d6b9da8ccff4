package org.clinicqueue.application.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.clinicqueue.application.settings.HospitalClock;
import org.clinicqueue.domain.InvalidInputException;
import org.clinicqueue.domain.reports.ReportPeriod;
import org.clinicqueue.domain.reports.SummarizedDay;
import org.clinicqueue.domain.reports.SummarySchedule;
import org.clinicqueue.domain.staff.Role;

/**
 * Computes one day's summary from the audit trail (the same replay as live reports) and replaces that day's
 * rows, in a transaction of its own. Idempotent: running a day again gives the same rows. Safe with several
 * nodes: it first takes the summary lock row, so nodes summarise one after another, and a node that got the
 * lock after another node summarised the same day finds it up to date and skips it (unless forced by an admin).
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class DailySummaryWriter {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private DailySummaryStore store;

    @Inject
    private VisitHistory history;

    @Inject
    private HospitalClock clock;

    /** @param force recompute even if the summary is up to date (an admin's explicit request) */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public SummaryOutcome summarize(LocalDate day, boolean force) {
        if (!day.isBefore(clock.today())) {
            throw new InvalidInputException("day-not-over", day + " is not over yet: only past days are summarised.");
        }
        long started = System.nanoTime();
        store.lock();
        Instant now = clock.now();
        ZoneId zone = clock.zone();
        SummarizedDay existing = em.find(SummarizedDay.class, day);
        if (!force && existing != null && SummarySchedule.isUpToDate(day, existing.getComputedAt(), now, zone)) {
            return new SummaryOutcome(day, false, existing.getVisits(), existing.getCells(), existing.getComputedAt(),
                    existing.getComputedBy(), (System.nanoTime() - started) / 1_000_000);
        }
        LiveCells live = history.cells(ReportPeriod.day(day, zone), null);
        String node = node();
        store.replace(day, live.cells(), live.visits(), now, node);
        return new SummaryOutcome(day, true, live.visits(), live.cells().size(), now, node, (System.nanoTime() - started) / 1_000_000);
    }

    private static String node() {
        String name = System.getProperty("jboss.node.name");
        if (name == null || name.isBlank()) {
            name = System.getProperty("jboss.host.name", "node");
        }
        return name.length() > 100 ? name.substring(0, 100) : name;
    }
}
