package org.clinicqueue.application.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.clinicqueue.domain.reports.CellFigures;
import org.clinicqueue.domain.reports.CellKey;
import org.clinicqueue.domain.reports.DurationSummary;
import org.clinicqueue.domain.reports.HourlyCounts;
import org.clinicqueue.domain.reports.ReportPeriod;
import org.clinicqueue.domain.reports.WaitBand;

/**
 * Adds cells up into a {@link Report}: the totals, one line per service, counter, staff member and day, the
 * hours and the wait distribution. Plain arithmetic on cells; which cells (roll-up or live) is decided by
 * {@link ReportQueries}.
 */
final class ReportBuilder {

    private final ReportPeriod period;
    private final long targetSeconds;
    private final CellLabels labels;

    ReportBuilder(ReportPeriod period, int targetMinutes, CellLabels labels) {
        this.period = period;
        this.targetSeconds = targetMinutes * 60L;
        this.labels = labels;
    }

    Report build(Map<CellKey, CellFigures> cells, Instant now, ReportScope scope, ReportSource source, AppointmentSummary appointments) {
        CellFigures total = CellFigures.empty();
        cells.values().forEach(total::addAll);
        Map<Long, CellFigures> byService = groupBy(cells, CellKey::serviceId);
        Map<Long, CellFigures> byCounter = groupBy(cells, CellKey::counterId);
        Map<String, CellFigures> byStaff = groupBy(cells, CellKey::staff);
        Map<LocalDate, CellFigures> byDay = new TreeMap<>(groupBy(cells, CellKey::day));

        List<GroupFigures> services = new ArrayList<>();
        byService.forEach((id, cell) -> services.add(new GroupFigures(labels.serviceCode(id), labels.serviceName(id), figures(cell))));
        services.sort(Comparator.comparing(GroupFigures::label, String.CASE_INSENSITIVE_ORDER));
        List<GroupFigures> counters = new ArrayList<>();
        byCounter.forEach((id, cell) -> counters.add(new GroupFigures(labels.counterCode(id), labels.counterName(id), figures(cell))));
        counters.sort(NOT_CALLED_LAST);
        List<GroupFigures> staff = new ArrayList<>();
        byStaff.forEach((user, cell) -> staff.add(new GroupFigures(user, labels.staffName(user), figures(cell))));
        staff.sort(NOT_CALLED_LAST);

        List<DayFigures> days = new ArrayList<>();
        for (LocalDate day : period.days()) {
            days.add(new DayFigures(day, figures(byDay.getOrDefault(day, CellFigures.empty()))));
        }
        List<HourFigures> hours = new ArrayList<>();
        HourlyCounts hourly = total.hourly();
        for (int h = 0; h < HourlyCounts.HOURS; h++) {
            hours.add(new HourFigures(h, hourly.arrivals(h), hourly.calls(h), TimeFigures.minutes(hourly.averageWaitSeconds(h))));
        }
        return new Report(period.from(), period.to(), period.zone().getId(), now, (int) (targetSeconds / 60), scope, source,
                figures(total), services, counters, staff, days, hours, WaitBand.of(total.waits().histogram()), appointments);
    }

    /** Lines without a key (visits never called) after the others, the others by name. */
    private static final Comparator<GroupFigures> NOT_CALLED_LAST = Comparator
            .comparing((GroupFigures g) -> g.key() == null)
            .thenComparing(g -> Objects.requireNonNullElse(g.label(), ""), String.CASE_INSENSITIVE_ORDER);

    Figures figures(CellFigures cell) {
        DurationSummary waits = cell.waits().summarize(targetSeconds);
        DurationSummary service = cell.serviceTimes().summarize(targetSeconds);
        long[] ratings = cell.ratings();
        Double average = cell.averageRating();
        FeedbackFigures feedback = new FeedbackFigures(cell.ratingCount(), average == null ? null : Math.round(average * 100) / 100.0,
                List.of(ratings[0], ratings[1], ratings[2], ratings[3], ratings[4]));
        Double withinPercent = waits.withinTargetShare() == null ? null : Math.round(waits.withinTargetShare() * 1000) / 10.0;
        return new Figures(cell.issued(), cell.transferredIn(), cell.arrivals(), waits.count(), cell.served(), cell.noShows(),
                cell.cancelled(), cell.transferredOut(), cell.open(), TimeFigures.of(waits), TimeFigures.of(service),
                waits.withinTarget(), withinPercent, feedback);
    }

    private static <K> Map<K, CellFigures> groupBy(Map<CellKey, CellFigures> cells, Function<CellKey, K> key) {
        Map<K, CellFigures> groups = new LinkedHashMap<>();
        cells.forEach((k, cell) -> groups.computeIfAbsent(key.apply(k), x -> CellFigures.empty()).addAll(cell));
        return groups;
    }
}
