/**
 * Reports from the queue's history, as pure rules: how a ticket's audit trail becomes one visit per service
 * ({@link org.clinicqueue.domain.reports.VisitTimeline}), what a waiting and a service time are, percentiles
 * computed exactly from durations or estimated from the histograms the daily roll-ups keep
 * ({@link org.clinicqueue.domain.reports.DurationHistogram}), "served within target", and the hospital-local
 * days and hours figures are grouped by ({@link org.clinicqueue.domain.reports.ReportPeriod}). No container:
 * unit-tested with plain JUnit. The definitions are documented in {@code docs/reports.md}.
 */
package org.clinicqueue.domain.reports;
