package org.clinicqueue.application.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.clinicqueue.domain.reports.WaitBand;

/**
 * A report: the totals, the same figures by service, counter, staff member and day, arrivals, calls and waits
 * by hour of the day, the distribution of waits, and appointments. Everything counts visits that
 * <em>arrived</em> in the period (see {@code docs/reports.md}).
 *
 * @param timeZone the hospital's zone the days and hours are in
 */
public record Report(LocalDate from, LocalDate to, String timeZone, Instant generatedAt, int targetMinutes, ReportScope scope,
                     ReportSource source, Figures totals, List<GroupFigures> services, List<GroupFigures> counters,
                     List<GroupFigures> staff, List<DayFigures> days, List<HourFigures> hours, List<WaitBand> waitDistribution,
                     AppointmentSummary appointments) {

    /** The line of one service, if it is in the report. */
    public GroupFigures service(String code) {
        return services.stream().filter(g -> code.equals(g.key())).findFirst().orElse(null);
    }
}
