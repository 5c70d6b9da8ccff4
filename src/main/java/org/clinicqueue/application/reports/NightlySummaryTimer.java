package org.clinicqueue.application.reports;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clinicqueue.domain.staff.Role;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * The nightly summary, as a WildFly timer. It fires every hour (at minute 7) rather than at a fixed night
 * hour, because the hospital's time zone is a setting that can change while the timer's schedule cannot:
 * each run summarises the days {@link org.clinicqueue.domain.reports.SummarySchedule} says are due, which
 * is "yesterday" at the first run after local midnight, the day before once more, and any missed day.
 * Non-persistent, on every node: the summary lock and the up-to-date check make the other nodes skip.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RunAs(Role.Names.ADMIN)
@RunAsPrincipal("nightly-summary")
public class NightlySummaryTimer {

    private static final Logger LOG = Logger.getLogger(NightlySummaryTimer.class.getName());

    @Inject
    private DailySummaries summaries;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(minute = "7", hour = "*", persistent = false)
    @PermitAll
    public void summarizeDueDays() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            summaries.summarizeDueDays().stream().filter(SummaryOutcome::computed).forEach(o ->
                    LOG.info(() -> "Report summary of " + o.day() + ": " + o.visits() + " visits in " + o.cells() + " rows, "
                            + o.millis() + " ms"));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The nightly report summary failed; the next hourly run tries again", e);
        } finally {
            running.set(false);
        }
    }
}
