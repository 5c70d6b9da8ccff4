package org.clinicqueue.domain.reports;

import java.util.Arrays;

/**
 * Percentiles by the nearest-rank method: the p-th percentile of n sorted values is the value at rank
 * ⌈p·n⌉ (1-based). It is always a value that really occurred, and easy to check by hand: of the waits
 * 1, 2, 3, 4 minutes the median is 2 and the 90th percentile 4.
 */
public final class Percentiles {

    private Percentiles() {
    }

    static long rank(double fraction, long n) {
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("a percentile is a fraction in (0, 1]");
        }
        return Math.max(1, Math.min(n, (long) Math.ceil(fraction * n - 1e-9)));
    }

    /** @param sorted ascending values (not changed) */
    public static long of(long[] sorted, int size, double fraction) {
        if (size == 0) {
            throw new IllegalStateException("no values");
        }
        return sorted[(int) rank(fraction, size) - 1];
    }

    public static long of(long[] values, double fraction) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return of(sorted, sorted.length, fraction);
    }
}
