package org.clinicqueue.domain.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.clinicqueue.domain.queue.ServiceDayFigures.TicketTimes;
import org.junit.jupiter.api.Test;

class ServiceDayFiguresTest {

    private static final Instant START = Instant.parse("2025-03-10T18:30:00Z");
    private static final Instant NOW = START.plusSeconds(5 * 3600);

    @Test
    void longestWaitIsTheEarliestWaitingPatientUntilNow() {
        ServiceDayFigures figures = ServiceDayFigures.of(List.of(
                waiting(NOW.minusSeconds(12 * 60)),
                waiting(NOW.minusSeconds(47 * 60 + 30)),
                waiting(NOW.minusSeconds(60))), START, NOW);

        assertThat(figures.longestWaitMinutes()).isEqualTo(47);
        assertThat(figures.averageWaitMinutes()).isZero();
        assertThat(figures.servedToday()).isZero();
    }

    @Test
    void averageWaitCountsOnlyPatientsCalledTodayFromJoiningToTheirCall() {
        ServiceDayFigures figures = ServiceDayFigures.of(List.of(
                called(NOW.minusSeconds(3600), NOW.minusSeconds(3600 - 10 * 60)),
                done(NOW.minusSeconds(7200), NOW.minusSeconds(7200 - 20 * 60), NOW.minusSeconds(3000)),
                // called yesterday, finished today: served today, but its wait belongs to yesterday's average
                done(START.minusSeconds(3600), START.minusSeconds(600), START.plusSeconds(60))), START, NOW);

        assertThat(figures.averageWaitMinutes()).isEqualTo(15);
        assertThat(figures.servedToday()).isEqualTo(2);
        assertThat(figures.longestWaitMinutes()).isZero();
    }

    @Test
    void aClockAheadOfUsNeverGivesNegativeMinutes() {
        assertThat(ServiceDayFigures.minutesBetween(NOW.plusSeconds(90), NOW)).isZero();
        assertThat(ServiceDayFigures.of(List.of(waiting(NOW.plusSeconds(90))), START, NOW).longestWaitMinutes()).isZero();
    }

    private static TicketTimes waiting(Instant queuedAt) {
        return new TicketTimes(TicketStatus.WAITING, queuedAt, null, null);
    }

    private static TicketTimes called(Instant queuedAt, Instant calledAt) {
        return new TicketTimes(TicketStatus.CALLED, queuedAt, calledAt, null);
    }

    private static TicketTimes done(Instant queuedAt, Instant calledAt, Instant finishedAt) {
        return new TicketTimes(TicketStatus.DONE, queuedAt, calledAt, finishedAt);
    }
}
