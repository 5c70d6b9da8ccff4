package org.clinicqueue.domain.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.clinicqueue.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    @Test
    void aDayRunsFromLocalMidnightToLocalMidnight() {
        ReportPeriod day = ReportPeriod.day(LocalDate.of(2026, 3, 2), KOLKATA);
        assertThat(day.start()).isEqualTo(Instant.parse("2026-03-01T18:30:00Z"));
        assertThat(day.end()).isEqualTo(Instant.parse("2026-03-02T18:30:00Z"));
        assertThat(day.contains(Instant.parse("2026-03-01T18:30:00Z"))).isTrue();
        assertThat(day.contains(Instant.parse("2026-03-02T18:29:59Z"))).isTrue();
        assertThat(day.contains(Instant.parse("2026-03-02T18:30:00Z"))).isFalse();
        assertThat(day.dayOf(Instant.parse("2026-03-01T19:00:00Z"))).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void daysWhenClocksChangeLast23And25Hours() {
        ReportPeriod spring = ReportPeriod.day(LocalDate.of(2026, 3, 29), LONDON);
        ReportPeriod autumn = ReportPeriod.day(LocalDate.of(2026, 10, 25), LONDON);
        assertThat(Duration.between(spring.start(), spring.end())).isEqualTo(Duration.ofHours(23));
        assertThat(Duration.between(autumn.start(), autumn.end())).isEqualTo(Duration.ofHours(25));
        assertThat(autumn.start()).isEqualTo(Instant.parse("2026-10-24T23:00:00Z"));
        assertThat(autumn.end()).isEqualTo(Instant.parse("2026-10-26T00:00:00Z"));
    }

    @Test
    void aMonthHasItsDays() {
        ReportPeriod march = new ReportPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), LONDON);
        assertThat(march.dayCount()).isEqualTo(31);
        assertThat(march.days()).hasSize(31).startsWith(LocalDate.of(2026, 3, 1)).endsWith(LocalDate.of(2026, 3, 31));
        assertThat(Duration.between(march.start(), march.end())).isEqualTo(Duration.ofHours(31 * 24 - 1));
    }

    @Test
    void refusesBackwardsAndOverlongPeriods() {
        assertThatThrownBy(() -> new ReportPeriod(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1), LONDON))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new ReportPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 3), LONDON))
                .isInstanceOf(InvalidInputException.class);
        assertThat(new ReportPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1), LONDON).dayCount()).isEqualTo(367);
    }
}
