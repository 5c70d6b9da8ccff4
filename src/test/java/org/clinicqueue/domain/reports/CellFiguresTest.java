package org.clinicqueue.domain.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CellFiguresTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static ServiceVisit visit(String arrived, String called, VisitOutcome outcome, Long serviceSeconds) {
        return new ServiceVisit(1, 1, Instant.parse(arrived), ArrivalKind.ISSUED, called == null ? null : Instant.parse(called),
                called == null ? null : 5L, called == null ? null : "clerk", outcome, null, serviceSeconds);
    }

    @Test
    void outcomesAddUpToArrivals() {
        CellFigures cell = CellFigures.fromDetail();
        cell.add(visit("2026-03-02T09:00:00Z", "2026-03-02T09:10:00Z", VisitOutcome.SERVED, 300L), LONDON, 5);
        cell.add(visit("2026-03-02T09:05:00Z", "2026-03-02T09:30:00Z", VisitOutcome.NO_SHOW, null), LONDON, null);
        cell.add(visit("2026-03-02T09:06:00Z", null, VisitOutcome.CANCELLED, null), LONDON, null);
        cell.add(new ServiceVisit(2, 1, Instant.parse("2026-03-02T10:00:00Z"), ArrivalKind.TRANSFERRED_IN, null, null, null,
                VisitOutcome.OPEN, null, null), LONDON, null);

        assertThat(cell.issued()).isEqualTo(3);
        assertThat(cell.transferredIn()).isEqualTo(1);
        assertThat(cell.arrivals()).isEqualTo(cell.served() + cell.noShows() + cell.cancelled() + cell.transferredOut() + cell.open());
        assertThat(cell.waits().count()).isEqualTo(2);
        assertThat(cell.serviceTimes().count()).isEqualTo(1);
        assertThat(cell.averageRating()).isEqualTo(5.0);
        assertThat(cell.hourly().arrivals(9)).isEqualTo(3);
        assertThat(cell.hourly().calls(9)).isEqualTo(2);
        assertThat(cell.hourly().averageWaitSeconds(9)).isEqualTo((600 + 1500) / 2.0);
    }

    @Test
    void hoursAreLocalOnTheDayClocksGoBack() {
        CellFigures cell = CellFigures.fromDetail();
        // 25 October 2026: 01:00-02:00 local happens twice (00:00-01:00 UTC as BST, 01:00-02:00 UTC as GMT)
        cell.add(visit("2026-10-25T00:30:00Z", null, VisitOutcome.OPEN, null), LONDON, null);
        cell.add(visit("2026-10-25T01:30:00Z", null, VisitOutcome.OPEN, null), LONDON, null);
        cell.add(visit("2026-10-25T02:30:00Z", null, VisitOutcome.OPEN, null), LONDON, null);

        assertThat(cell.hourly().arrivals(1)).isEqualTo(2);
        assertThat(cell.hourly().arrivals(2)).isEqualTo(1);
    }

    @Test
    void survivesARollUpRow() {
        CellFigures cell = CellFigures.fromDetail();
        cell.add(visit("2026-03-02T09:00:00Z", "2026-03-02T09:10:00Z", VisitOutcome.SERVED, 300L), LONDON, 4);
        CellFigures back = CellFigures.restored(
                new long[] {cell.issued(), cell.transferredIn(), cell.served(), cell.noShows(), cell.cancelled(), cell.transferredOut(), cell.open()},
                DurationFigures.restored(1, 600, 600, DurationHistogram.decode(cell.waits().histogram().encode())),
                DurationFigures.restored(1, 300, 300, DurationHistogram.decode(cell.serviceTimes().histogram().encode())),
                HourlyCounts.decode(cell.hourly().encode()), cell.ratings());

        assertThat(back.served()).isEqualTo(1);
        assertThat(back.waits().summarize(600).withinTarget()).isEqualTo(1);
        assertThat(back.hourly().encode()).isEqualTo(cell.hourly().encode());
        assertThat(back.averageRating()).isEqualTo(4.0);
    }
}
