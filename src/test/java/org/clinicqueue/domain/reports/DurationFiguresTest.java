package org.clinicqueue.domain.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DurationFiguresTest {

    @Test
    void exactFiguresAreHandCheckable() {
        DurationFigures waits = DurationFigures.exact();
        for (long minutes : new long[] {5, 10, 20, 40, 60}) {
            waits.add(minutes * 60);
        }
        DurationSummary s = waits.summarize(30 * 60);

        assertThat(s.count()).isEqualTo(5);
        assertThat(s.averageSeconds()).isEqualTo(27 * 60.0);
        assertThat(s.medianSeconds()).isEqualTo(20 * 60);
        assertThat(s.p90Seconds()).isEqualTo(60 * 60);
        assertThat(s.maxSeconds()).isEqualTo(60 * 60);
        assertThat(s.withinTarget()).isEqualTo(3);
        assertThat(s.withinTargetShare()).isEqualTo(0.6);
        assertThat(s.exact()).isTrue();
    }

    @Test
    void mergingARollUpPartMakesPercentilesEstimatesButKeepsCountsSumsAndMaximumExact() {
        DurationFigures live = DurationFigures.exact();
        live.add(600);
        DurationFigures stored = DurationFigures.exact();
        stored.add(1200);
        stored.add(2400);
        DurationFigures fromRollUp = DurationFigures.restored(stored.count(), stored.sumSeconds(), stored.maxSeconds(),
                DurationHistogram.decode(stored.histogram().encode()));

        DurationFigures all = live.copy();
        all.addAll(fromRollUp);
        DurationSummary s = all.summarize(1800);

        assertThat(s.exact()).isFalse();
        assertThat(s.count()).isEqualTo(3);
        assertThat(s.averageSeconds()).isEqualTo(1400.0);
        assertThat(s.maxSeconds()).isEqualTo(2400);
        assertThat(s.withinTarget()).isEqualTo(2);
        assertThat(s.medianSeconds()).isEqualTo(1170);
        assertThat(live.isExact()).as("the copy is merged, not the original").isTrue();
    }

    @Test
    void anEmptyRollUpPartKeepsExactness() {
        DurationFigures live = DurationFigures.exact();
        live.add(100);
        live.addAll(DurationFigures.restored(0, 0, 0, new DurationHistogram()));
        assertThat(live.summarize(60).exact()).isTrue();
        assertThat(DurationFigures.exact().summarize(60).averageSeconds()).isNull();
    }
}
