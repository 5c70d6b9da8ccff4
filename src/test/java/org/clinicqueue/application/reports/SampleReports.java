package org.clinicqueue.application.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clinicqueue.domain.reports.ArrivalKind;
import org.clinicqueue.domain.reports.CellFigures;
import org.clinicqueue.domain.reports.CellKey;
import org.clinicqueue.domain.reports.ReportPeriod;
import org.clinicqueue.domain.reports.ServiceVisit;
import org.clinicqueue.domain.reports.VisitOutcome;

/** Reports built from hand-made visits, for tests of the builder and the export formats. */
public final class SampleReports {

    public static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    public static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private SampleReports() {
    }

    /** One day, two services, two counters: five visits with waits of 5, 10, 20, 40 and 60 minutes. */
    public static Report small() {
        ReportPeriod period = ReportPeriod.day(DAY, KOLKATA);
        Map<CellKey, CellFigures> cells = new HashMap<>();
        Instant nine = DAY.atTime(9, 0).atZone(KOLKATA).toInstant();
        add(cells, period, visit(1, 1, nine, 5, 10L, "clerk", VisitOutcome.SERVED, 300L), 5);
        add(cells, period, visit(2, 1, nine, 10, 10L, "clerk", VisitOutcome.SERVED, 600L), 3);
        add(cells, period, visit(3, 1, nine.plusSeconds(3600), 20, 11L, "doctor", VisitOutcome.NO_SHOW, null), null);
        add(cells, period, visit(4, 2, nine.plusSeconds(3600), 40, 11L, "doctor", VisitOutcome.SERVED, 120L), null);
        add(cells, period, visit(5, 2, nine.plusSeconds(7200), 60, 11L, "doctor", VisitOutcome.TRANSFERRED_OUT, null), null);
        add(cells, period, visit(6, 2, nine.plusSeconds(7200), -1, null, null, VisitOutcome.CANCELLED, null), null);
        CellLabels labels = new CellLabels(Map.of(1L, new String[] {"OPD", "General OPD"}, 2L, new String[] {"LAB", "Lab, \"tests\""}),
                Map.of(10L, new String[] {"R1", "Room 1"}, 11L, new String[] {"R2", "डॉक्टर कक्ष 2"}),
                Map.of("clerk", "Clerk One", "doctor", "=Dr Rao"));
        return new ReportBuilder(period, 30, labels).build(cells, nine.plusSeconds(36_000),
                new ReportScope(null, null, null, null, null, null), new ReportSource(0, 1, "exact"),
                AppointmentSummary.notAvailable("not in this test"));
    }

    private static ServiceVisit visit(long ticket, long service, Instant arrived, int waitMinutes, Long counter, String staff,
                                      VisitOutcome outcome, Long serviceSeconds) {
        return new ServiceVisit(ticket, service, arrived, ArrivalKind.ISSUED,
                waitMinutes < 0 ? null : arrived.plusSeconds(waitMinutes * 60L), counter, staff, outcome, null, serviceSeconds);
    }

    private static void add(Map<CellKey, CellFigures> cells, ReportPeriod period, ServiceVisit v, Integer rating) {
        cells.computeIfAbsent(new CellKey(period.dayOf(v.arrivedAt()), v.serviceId(), v.counterId(), v.staff()),
                k -> CellFigures.fromDetail()).add(v, period.zone(), rating);
    }

    public static List<String> lines(String text) {
        return List.of(text.split("\r\n"));
    }
}
