package org.clinicqueue.domain.reports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A hospital-local day whose nightly summary exists ({@code report_summary_day}): reports read that day's
 * figures from the roll-up instead of the audit trail. When and by which node it was computed tells whether
 * it is final (computed after the following day ended, so late outcomes and ratings are in) and lets several
 * nodes skip a day another one just did.
 */
@Entity
@Table(name = "report_summary_day")
public class SummarizedDay {

    @Id
    @Column(name = "business_date")
    private LocalDate businessDate;

    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;

    @Column(name = "computed_by", nullable = false, length = 100)
    private String computedBy;

    @Column(nullable = false)
    private int visits;

    @Column(nullable = false)
    private int cells;

    protected SummarizedDay() {
    }

    public SummarizedDay(LocalDate businessDate) {
        this.businessDate = businessDate;
    }

    public void computed(Instant at, String by, int visitCount, int cellCount) {
        this.computedAt = at;
        this.computedBy = by;
        this.visits = visitCount;
        this.cells = cellCount;
    }

    public LocalDate getBusinessDate() {
        return businessDate;
    }

    public Instant getComputedAt() {
        return computedAt;
    }

    public String getComputedBy() {
        return computedBy;
    }

    public int getVisits() {
        return visits;
    }

    public int getCells() {
        return cells;
    }
}
