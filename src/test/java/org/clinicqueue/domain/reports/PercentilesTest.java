package org.clinicqueue.domain.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void nearestRankIsAValueThatOccurred() {
        long[] minutes = {4, 1, 3, 2};
        assertThat(Percentiles.of(minutes, 0.5)).isEqualTo(2);
        assertThat(Percentiles.of(minutes, 0.9)).isEqualTo(4);
        assertThat(Percentiles.of(minutes, 1.0)).isEqualTo(4);
        assertThat(Percentiles.of(minutes, 0.25)).isEqualTo(1);
    }

    @Test
    void tenValuesHandChecked() {
        long[] values = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100};
        assertThat(Percentiles.of(values, 0.5)).isEqualTo(50);
        assertThat(Percentiles.of(values, 0.9)).isEqualTo(90);
        assertThat(Percentiles.of(new long[] {7}, 0.9)).isEqualTo(7);
        long[] eleven = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
        assertThat(Percentiles.of(eleven, 0.5)).isEqualTo(6);
        assertThat(Percentiles.of(eleven, 0.9)).as("rank ceil(9.9) = 10").isEqualTo(10);
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> Percentiles.of(new long[0], 0.5)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Percentiles.of(new long[] {1}, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
