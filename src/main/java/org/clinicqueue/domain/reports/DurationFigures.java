package org.clinicqueue.domain.reports;

import java.util.Arrays;

/**
 * A set of durations (waits, or service times) being added up: always count, sum, maximum and a
 * {@link DurationHistogram}; and, while every part came from ticket detail, the durations themselves, so that
 * median and 90th percentile are exact. Merging with a part restored from a roll-up drops the durations:
 * from then on percentiles are estimated from the histogram.
 */
public final class DurationFigures {

    private final DurationHistogram histogram;
    private long count;
    private long sumSeconds;
    private long maxSeconds;
    private long[] samples;
    private int size;

    private DurationFigures(DurationHistogram histogram, long[] samples) {
        this.histogram = histogram;
        this.samples = samples;
    }

    /** Empty, keeping every duration added (for figures computed from ticket detail). */
    public static DurationFigures exact() {
        return new DurationFigures(new DurationHistogram(), new long[16]);
    }

    /** As stored in a daily roll-up row. */
    public static DurationFigures restored(long count, long sumSeconds, long maxSeconds, DurationHistogram histogram) {
        DurationFigures figures = new DurationFigures(histogram, null);
        figures.count = count;
        figures.sumSeconds = sumSeconds;
        figures.maxSeconds = maxSeconds;
        return figures;
    }

    public void add(long seconds) {
        long value = Math.max(0, seconds);
        histogram.add(value);
        count++;
        sumSeconds += value;
        maxSeconds = Math.max(maxSeconds, value);
        if (samples != null) {
            if (size == samples.length) {
                samples = Arrays.copyOf(samples, size * 2);
            }
            samples[size++] = value;
        }
    }

    public void addAll(DurationFigures other) {
        histogram.addAll(other.histogram);
        count += other.count;
        sumSeconds += other.sumSeconds;
        maxSeconds = Math.max(maxSeconds, other.maxSeconds);
        if (samples != null && other.samples != null) {
            if (size + other.size > samples.length) {
                samples = Arrays.copyOf(samples, Math.max(samples.length * 2, size + other.size));
            }
            System.arraycopy(other.samples, 0, samples, size, other.size);
            size += other.size;
        } else if (other.samples == null && other.count > 0) {
            samples = null;
            size = 0;
        }
    }

    /** A copy to merge others into (so a cell can feed several groups). */
    public DurationFigures copy() {
        DurationFigures copy = new DurationFigures(new DurationHistogram(), samples == null ? null : new long[Math.max(16, size)]);
        copy.addAll(this);
        return copy;
    }

    public boolean isExact() {
        return samples != null;
    }

    public long count() {
        return count;
    }

    public long sumSeconds() {
        return sumSeconds;
    }

    public long maxSeconds() {
        return maxSeconds;
    }

    public DurationHistogram histogram() {
        return histogram;
    }

    /** @param targetSeconds durations at most this long count as within target */
    public DurationSummary summarize(long targetSeconds) {
        if (count == 0) {
            return new DurationSummary(0, null, null, null, null, 0, null, samples != null);
        }
        double average = (double) sumSeconds / count;
        if (samples != null) {
            long[] sorted = Arrays.copyOf(samples, size);
            Arrays.sort(sorted);
            long within = Arrays.stream(sorted).filter(s -> s <= targetSeconds).count();
            return new DurationSummary(count, average, Percentiles.of(sorted, size, 0.5), Percentiles.of(sorted, size, 0.9),
                    maxSeconds, within, (double) within / count, true);
        }
        long within = histogram.countAtMost(targetSeconds);
        return new DurationSummary(count, average, histogram.percentile(0.5, maxSeconds), histogram.percentile(0.9, maxSeconds),
                maxSeconds, within, (double) within / count, false);
    }
}
