package org.clinicqueue.application.reports;

/**
 * Where a report's figures came from, so a reader knows how exact the percentiles are.
 *
 * @param summarizedDays days read from the nightly summary
 * @param liveDays       days computed from the audit trail now (today, and days not summarised yet)
 * @param percentiles    "exact" (every duration read) or "estimated from daily histograms"
 */
public record ReportSource(long summarizedDays, long liveDays, String percentiles) {
}
