package org.clinicqueue.application.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.clinicqueue.application.history.QueueBroadcast;
import org.clinicqueue.application.history.QueueChange;
import org.clinicqueue.application.reports.Report;
import org.clinicqueue.application.reports.ReportQueries;
import org.clinicqueue.application.settings.HospitalClock;

/**
 * Today's report as the supervisor board shows it, so the board's "served today" and "average wait" are the
 * very figures the reports page gives for today ({@link ReportQueries#today()}), not a second definition.
 *
 * <p>Computing today's report replays the day's audit trail (a few hundred milliseconds at closing time of a
 * busy hospital). The report is kept until the queue changes (on this node at commit, on other nodes when the
 * cluster topic delivers the change) or the day ends, so however many supervisors have the board open, each
 * change costs one computation, and a board never shows figures older than the last change.
 */
@ApplicationScoped
public class TodaysReport {

    private record Snapshot(Report report, LocalDate day) {
    }

    @Inject
    private ReportQueries reports;

    @Inject
    private HospitalClock clock;

    private volatile Snapshot snapshot;
    private volatile boolean changed;

    /** The caller needs a role that may read reports (supervisor or admin), as the board does. */
    public synchronized Report current() {
        Snapshot s = snapshot;
        if (changed || s == null || !s.day().equals(clock.today())) {
            changed = false;
            s = new Snapshot(reports.today(), clock.today());
            snapshot = s;
        }
        return s.report();
    }

    void onLocalCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) QueueChange change) {
        changed = true;
    }

    void onAnyNode(@Observes QueueBroadcast broadcast) {
        changed = true;
    }
}
