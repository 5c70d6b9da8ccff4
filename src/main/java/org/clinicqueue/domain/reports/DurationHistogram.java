package org.clinicqueue.domain.reports;

import java.util.Arrays;

/**
 * Counts of durations in fixed buckets, so percentiles over months come from the daily roll-ups without the
 * tickets themselves, and days merge by adding counts. Buckets are upper-inclusive, {@code (lower, upper]}:
 * <ul>
 *     <li>up to 10 minutes: 10-second buckets (a percentile is off by at most 5 s)</li>
 *     <li>up to 4 hours: 1-minute buckets (at most 30 s)</li>
 *     <li>up to 24 hours: 10-minute buckets (at most 5 min)</li>
 *     <li>beyond: one bucket, estimated by the exact maximum kept beside it</li>
 * </ul>
 * Every whole minute up to 4 hours is a bucket boundary, so "within a target of N minutes" (the setting
 * allows 1 to 240) is counted exactly.
 */
public final class DurationHistogram {

    static final int FINE_LIMIT = 600;
    static final int MINUTE_LIMIT = 14_400;
    static final int DAY_LIMIT = 86_400;
    static final int FINE_BUCKETS = FINE_LIMIT / 10;
    static final int MINUTE_BUCKETS = (MINUTE_LIMIT - FINE_LIMIT) / 60;
    static final int COARSE_BUCKETS = (DAY_LIMIT - MINUTE_LIMIT) / 600;
    static final int BUCKETS = FINE_BUCKETS + MINUTE_BUCKETS + COARSE_BUCKETS + 1;

    private final long[] counts = new long[BUCKETS];

    public void add(long seconds) {
        counts[bucketOf(seconds)]++;
    }

    public void addAll(DurationHistogram other) {
        for (int i = 0; i < BUCKETS; i++) {
            counts[i] += other.counts[i];
        }
    }

    public long count() {
        return Arrays.stream(counts).sum();
    }

    static int bucketOf(long seconds) {
        if (seconds <= 10) {
            return 0;
        }
        if (seconds <= FINE_LIMIT) {
            return (int) ceilDiv(seconds, 10) - 1;
        }
        if (seconds <= MINUTE_LIMIT) {
            return FINE_BUCKETS + (int) ceilDiv(seconds - FINE_LIMIT, 60) - 1;
        }
        if (seconds <= DAY_LIMIT) {
            return FINE_BUCKETS + MINUTE_BUCKETS + (int) ceilDiv(seconds - MINUTE_LIMIT, 600) - 1;
        }
        return BUCKETS - 1;
    }

    /** The largest duration the bucket holds; {@code Long.MAX_VALUE} for the last. */
    static long upperBound(int bucket) {
        if (bucket < FINE_BUCKETS) {
            return (bucket + 1) * 10L;
        }
        if (bucket < FINE_BUCKETS + MINUTE_BUCKETS) {
            return FINE_LIMIT + (bucket - FINE_BUCKETS + 1) * 60L;
        }
        if (bucket < BUCKETS - 1) {
            return MINUTE_LIMIT + (bucket - FINE_BUCKETS - MINUTE_BUCKETS + 1) * 600L;
        }
        return Long.MAX_VALUE;
    }

    static long lowerBound(int bucket) {
        return bucket == 0 ? 0 : upperBound(bucket - 1);
    }

    /** How many durations are at most this long: exact when {@code seconds} is a bucket boundary. */
    public long countAtMost(long seconds) {
        long n = 0;
        for (int i = 0; i < BUCKETS && upperBound(i) <= seconds; i++) {
            n += counts[i];
        }
        return n;
    }

    /**
     * The nearest-rank percentile (the value at rank ⌈p·n⌉), estimated as the middle of the bucket holding that
     * rank, never above the true maximum.
     *
     * @param fraction 0 &lt; p ≤ 1 (0.5 for the median, 0.9 for the 90th percentile)
     * @param max      the exact largest duration recorded
     */
    public long percentile(double fraction, long max) {
        long n = count();
        if (n == 0) {
            throw new IllegalStateException("no durations");
        }
        long rank = Percentiles.rank(fraction, n);
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += counts[i];
            if (seen >= rank) {
                if (i == BUCKETS - 1) {
                    return max;
                }
                long middle = (lowerBound(i) + upperBound(i)) / 2;
                return Math.min(middle, max);
            }
        }
        return max;
    }

    /** Sparse text for a database column: {@code bucket:count} pairs, e.g. {@code "0:3,61:12"}; "" when empty. */
    public String encode() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < BUCKETS; i++) {
            if (counts[i] != 0) {
                text.append(text.length() == 0 ? "" : ",").append(i).append(':').append(counts[i]);
            }
        }
        return text.toString();
    }

    public static DurationHistogram decode(String text) {
        DurationHistogram histogram = new DurationHistogram();
        if (text == null || text.isBlank()) {
            return histogram;
        }
        for (String pair : text.split(",")) {
            int colon = pair.indexOf(':');
            histogram.counts[Integer.parseInt(pair.substring(0, colon).strip())] += Long.parseLong(pair.substring(colon + 1).strip());
        }
        return histogram;
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
