package org.clinicqueue.application.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
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
 * busy hospital), and every open board refreshes on every queue change. So the report is kept until the queue
 * changes (on this node at commit, on other nodes when the cluster topic delivers it), and even then
 * recomputed at most once per {@link #MIN_AGE}: on a busy morning the figures are at most that old.
 */
@ApplicationScoped
public class TodaysReport {

    static final Duration MIN_AGE = Duration.ofSeconds(3);

    private record Snapshot(Report report, LocalDate day, Instant takenAt) {
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
        Instant now = Instant.now();
        boolean fresh = s != null && s.day().equals(clock.today())
                && (!changed || now.isBefore(s.takenAt().plus(MIN_AGE)));
        if (!fresh) {
            changed = false;
            s = new Snapshot(reports.today(), clock.today(), now);
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
