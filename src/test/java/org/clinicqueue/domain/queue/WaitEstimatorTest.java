package org.clinicqueue.domain.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaitEstimatorTest {

    @Test
    void usesTheConfiguredMinutesUntilThereAreEnoughMeasurements() {
        assertThat(WaitEstimator.averageServiceMinutes(List.of(Duration.ofMinutes(20), Duration.ofMinutes(30)), 8)).isEqualTo(8.0);
        assertThat(WaitEstimator.averageServiceMinutes(
                List.of(Duration.ofMinutes(4), Duration.ofMinutes(5), Duration.ofMinutes(6)), 8)).isEqualTo(5.0);
    }

    @Test
    void sharesThePeopleAheadAmongOpenCounters() {
        assertThat(WaitEstimator.estimateMinutes(6, 1, 5.0, 0, false)).isEqualTo(30);
        assertThat(WaitEstimator.estimateMinutes(6, 3, 5.0, 0, false)).isEqualTo(10);
        assertThat(WaitEstimator.estimateMinutes(7, 3, 5.0, 0, false)).as("rounded up").isEqualTo(12);
        assertThat(WaitEstimator.estimateMinutes(0, 2, 5.0, 0, false)).isZero();
    }

    @Test
    void aLateOrAbsentDoctorAddsToTheWait() {
        assertThat(WaitEstimator.estimateMinutes(2, 1, 10.0, 25, false)).isEqualTo(45);
        assertThat(WaitEstimator.estimateMinutes(2, 1, 10.0, 0, true)).isEqualTo(20 + WaitEstimator.ASSUMED_BREAK_MINUTES);
    }

    @Test
    void aPausedQueueIsEstimatedAsIfOneCounterWillOpen() {
        assertThat(WaitEstimator.estimateMinutes(3, 0, 4.0, 0, false)).isEqualTo(12);
    }
}
