package org.clinicqueue.domain.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DurationHistogramTest {

    @Test
    void bucketsAreUpperInclusiveWithTheDocumentedWidths() {
        assertThat(DurationHistogram.bucketOf(0)).isZero();
        assertThat(DurationHistogram.bucketOf(10)).isZero();
        assertThat(DurationHistogram.bucketOf(11)).isEqualTo(1);
        assertThat(DurationHistogram.bucketOf(600)).isEqualTo(59);
        assertThat(DurationHistogram.bucketOf(601)).isEqualTo(60);
        assertThat(DurationHistogram.bucketOf(660)).isEqualTo(60);
        assertThat(DurationHistogram.bucketOf(14_400)).isEqualTo(289);
        assertThat(DurationHistogram.bucketOf(14_401)).isEqualTo(290);
        assertThat(DurationHistogram.bucketOf(86_400)).isEqualTo(409);
        assertThat(DurationHistogram.bucketOf(86_401)).isEqualTo(410);
        for (int b = 0; b < DurationHistogram.BUCKETS - 1; b++) {
            assertThat(DurationHistogram.bucketOf(DurationHistogram.upperBound(b))).isEqualTo(b);
            assertThat(DurationHistogram.bucketOf(DurationHistogram.upperBound(b) + 1)).isEqualTo(b + 1);
        }
    }

    @Test
    void withinTargetIsExactForEveryWholeMinuteUpToFourHours() {
        Random random = new Random(42);
        long[] waits = random.longs(5000, 0, 5 * 3600).toArray();
        DurationHistogram histogram = new DurationHistogram();
        Arrays.stream(waits).forEach(histogram::add);
        for (int minutes = 1; minutes <= 240; minutes++) {
            long target = minutes * 60L;
            assertThat(histogram.countAtMost(target)).isEqualTo(Arrays.stream(waits).filter(w -> w <= target).count());
        }
        histogram.add(1800);
        assertThat(histogram.countAtMost(1800) - histogram.countAtMost(1799)).as("1800 s is within 30 min").isPositive();
    }

    @Test
    void percentilesAreWithinHalfABucketOfTheExactValue() {
        Random random = new Random(7);
        long[] waits = random.longs(20_000, 0, 3 * 3600).toArray();
        DurationHistogram histogram = new DurationHistogram();
        Arrays.stream(waits).forEach(histogram::add);
        long max = Arrays.stream(waits).max().orElseThrow();
        for (double p : new double[] {0.1, 0.5, 0.9, 0.99}) {
            long exact = Percentiles.of(waits, p);
            long tolerance = exact <= 600 ? 5 : 30;
            assertThat(histogram.percentile(p, max)).isBetween(exact - tolerance, exact + tolerance);
        }
        assertThat(histogram.percentile(1.0, max)).isLessThanOrEqualTo(max);
    }

    @Test
    void handCheckedSmallSet() {
        DurationHistogram histogram = new DurationHistogram();
        for (long s : new long[] {60, 120, 300, 900}) {
            histogram.add(s);
        }
        // median rank 2 = 120 s, in bucket (110, 120]: estimated 115 s
        assertThat(histogram.percentile(0.5, 900)).isEqualTo(115);
        // p90 rank 4 = 900 s, in bucket (840, 900]: estimated 870 s
        assertThat(histogram.percentile(0.9, 900)).isEqualTo(870);
        assertThat(histogram.percentile(0.9, 880)).as("never above the maximum").isEqualTo(870);
        assertThat(histogram.percentile(0.9, 860)).isEqualTo(860);
    }

    @Test
    void survivesItsDatabaseText() {
        DurationHistogram histogram = new DurationHistogram();
        for (long s : new long[] {0, 5, 70, 70, 4000, 90_000}) {
            histogram.add(s);
        }
        String text = histogram.encode();
        assertThat(text).isEqualTo("0:2,6:2,116:1,410:1");
        DurationHistogram back = DurationHistogram.decode(text);
        assertThat(back.encode()).isEqualTo(text);
        assertThat(back.count()).isEqualTo(6);
        assertThat(DurationHistogram.decode("").count()).isZero();
    }
}
