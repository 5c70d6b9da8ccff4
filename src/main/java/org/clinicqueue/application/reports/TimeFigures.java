package org.clinicqueue.application.reports;

import org.clinicqueue.domain.reports.DurationSummary;

/**
 * Waiting or service times in minutes (one decimal), as reports show them. Null when there are none.
 *
 * @param exact true when median and 90th percentile were computed from every duration; false when estimated
 *              from the roll-ups' histograms (within 5 s below 10 minutes, 30 s below 4 hours)
 */
public record TimeFigures(long count, Double averageMinutes, Double medianMinutes, Double p90Minutes, Double maxMinutes,
                          boolean exact) {

    static TimeFigures of(DurationSummary s) {
        return new TimeFigures(s.count(), minutes(s.averageSeconds()), minutes(s.medianSeconds()), minutes(s.p90Seconds()),
                minutes(s.maxSeconds()), s.exact());
    }

    static Double minutes(Number seconds) {
        return seconds == null ? null : Math.round(seconds.doubleValue() / 6.0) / 10.0;
    }
}
