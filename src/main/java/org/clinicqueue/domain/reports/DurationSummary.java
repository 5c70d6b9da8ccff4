package org.clinicqueue.domain.reports;

/**
 * Average, median, 90th percentile and maximum of a set of durations, in seconds; and how many were within
 * the target. All null (and the count 0) when there are none.
 *
 * @param exact           true when median and 90th percentile come from the durations themselves; false when
 *                        estimated from roll-up histograms (see {@link DurationHistogram} for the precision).
 *                        Count, average, maximum and the within-target count are exact either way
 * @param withinTarget    how many were at most the target
 * @param withinTargetShare withinTarget / count, 0 to 1
 */
public record DurationSummary(long count, Double averageSeconds, Long medianSeconds, Long p90Seconds, Long maxSeconds,
                              long withinTarget, Double withinTargetShare, boolean exact) {
}
