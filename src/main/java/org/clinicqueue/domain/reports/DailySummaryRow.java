package org.clinicqueue.domain.reports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * One cell of the nightly summary, as stored ({@code report_daily_summary}): the figures of one day, service,
 * counter and staff member, computed from the audit trail. It is what reports for past days read, and what
 * stays when old ticket detail is archived. Counter 0 and staff "" stand for "never called".
 */
@Entity
@Table(name = "report_daily_summary")
public class DailySummaryRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "business_date", nullable = false)
    private LocalDate businessDate;

    @Column(name = "service_id", nullable = false)
    private long serviceId;

    @Column(name = "counter_id", nullable = false)
    private long counterId;

    @Column(name = "staff_username", nullable = false, length = 64)
    private String staffUsername;

    private int issued;
    @Column(name = "transferred_in")
    private int transferredIn;
    private int served;
    @Column(name = "no_shows")
    private int noShows;
    private int cancelled;
    @Column(name = "transferred_out")
    private int transferredOut;
    @Column(name = "still_open")
    private int stillOpen;

    @Column(name = "wait_count")
    private int waitCount;
    @Column(name = "wait_sum_seconds")
    private long waitSumSeconds;
    @Column(name = "wait_max_seconds")
    private long waitMaxSeconds;
    @Column(name = "wait_histogram", nullable = false, columnDefinition = "TEXT")
    private String waitHistogram;

    @Column(name = "service_count")
    private int serviceCount;
    @Column(name = "service_sum_seconds")
    private long serviceSumSeconds;
    @Column(name = "service_max_seconds")
    private long serviceMaxSeconds;
    @Column(name = "service_histogram", nullable = false, columnDefinition = "TEXT")
    private String serviceHistogram;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String hourly;

    /** How many visits were rated 1 to 5: five numbers, comma-separated. */
    @Column(nullable = false, length = 120)
    private String ratings;

    protected DailySummaryRow() {
    }

    public static DailySummaryRow of(CellKey key, CellFigures cell) {
        DailySummaryRow row = new DailySummaryRow();
        row.businessDate = key.day();
        row.serviceId = key.serviceId();
        row.counterId = key.counterId() == null ? 0 : key.counterId();
        row.staffUsername = key.staff() == null ? "" : key.staff();
        row.issued = (int) cell.issued();
        row.transferredIn = (int) cell.transferredIn();
        row.served = (int) cell.served();
        row.noShows = (int) cell.noShows();
        row.cancelled = (int) cell.cancelled();
        row.transferredOut = (int) cell.transferredOut();
        row.stillOpen = (int) cell.open();
        row.waitCount = (int) cell.waits().count();
        row.waitSumSeconds = cell.waits().sumSeconds();
        row.waitMaxSeconds = cell.waits().maxSeconds();
        row.waitHistogram = cell.waits().histogram().encode();
        row.serviceCount = (int) cell.serviceTimes().count();
        row.serviceSumSeconds = cell.serviceTimes().sumSeconds();
        row.serviceMaxSeconds = cell.serviceTimes().maxSeconds();
        row.serviceHistogram = cell.serviceTimes().histogram().encode();
        row.hourly = cell.hourly().encode();
        row.ratings = String.join(",", Arrays.stream(cell.ratings()).mapToObj(Long::toString).toList());
        return row;
    }

    public CellKey key() {
        return new CellKey(businessDate, serviceId, counterId == 0 ? null : counterId, staffUsername.isEmpty() ? null : staffUsername);
    }

    public CellFigures figures() {
        long[] rated = new long[5];
        String[] parts = ratings.split(",");
        for (int i = 0; i < 5 && i < parts.length; i++) {
            rated[i] = Long.parseLong(parts[i].strip());
        }
        return CellFigures.restored(new long[] {issued, transferredIn, served, noShows, cancelled, transferredOut, stillOpen},
                DurationFigures.restored(waitCount, waitSumSeconds, waitMaxSeconds, DurationHistogram.decode(waitHistogram)),
                DurationFigures.restored(serviceCount, serviceSumSeconds, serviceMaxSeconds, DurationHistogram.decode(serviceHistogram)),
                HourlyCounts.decode(hourly), rated);
    }

    public LocalDate getBusinessDate() {
        return businessDate;
    }
}
