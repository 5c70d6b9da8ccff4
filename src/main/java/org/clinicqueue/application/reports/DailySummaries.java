package org.clinicqueue.application.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clinicqueue.application.settings.HospitalClock;
import org.clinicqueue.domain.InvalidInputException;
import org.clinicqueue.domain.reports.ReportPeriod;
import org.clinicqueue.domain.reports.SummarizedDay;
import org.clinicqueue.domain.reports.SummarySchedule;
import org.clinicqueue.domain.staff.Role;

/**
 * The nightly summary as a whole: which days are due (for the timer), recomputing a range of days on an
 * admin's request (after an import, a correction, or to build the history of an existing installation), and
 * which days are summarised. Each day is summarised in its own transaction by {@link DailySummaryWriter}.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DailySummaries {

    @Inject
    private DailySummaryWriter writer;

    @Inject
    private DailySummaryStore store;

    @Inject
    private HospitalClock clock;

    /** What the timer does each hour: the days {@link SummarySchedule} says are due. */
    public List<SummaryOutcome> summarizeDueDays() {
        LocalDate today = clock.today();
        Map<LocalDate, Instant> computed = new HashMap<>();
        store.summarizedDays(today.minusDays(SummarySchedule.CATCH_UP_DAYS), today)
                .forEach((day, d) -> computed.put(day, d.getComputedAt()));
        List<SummaryOutcome> outcomes = new ArrayList<>();
        for (LocalDate day : SummarySchedule.daysDue(clock.now(), clock.zone(), computed)) {
            outcomes.add(writer.summarize(day, false));
        }
        return outcomes;
    }

    /** Recomputes every day from {@code from} to {@code to} (yesterday at the latest), oldest first. */
    public List<SummaryOutcome> recompute(LocalDate from, LocalDate to) {
        LocalDate yesterday = clock.today().minusDays(1);
        LocalDate last = to == null || to.isAfter(yesterday) ? yesterday : to;
        ReportPeriod days = new ReportPeriod(from == null ? last : from, last, clock.zone());
        if (days.dayCount() > ReportPeriod.MAX_DAYS) {
            throw new InvalidInputException("invalid-period", "Recompute at most " + ReportPeriod.MAX_DAYS + " days at a time.");
        }
        List<SummaryOutcome> outcomes = new ArrayList<>();
        for (LocalDate day : days.days()) {
            outcomes.add(writer.summarize(day, true));
        }
        return outcomes;
    }

    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public List<SummarizedDay> summarized(LocalDate from, LocalDate to) {
        return store.list(from, to);
    }
}
