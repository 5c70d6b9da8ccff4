package org.clinicqueue.domain.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/**
 * A service's figures for the supervisor board, from the times of its tickets: how long the longest-waiting
 * patient has waited, the average wait of the patients called today, and how many were served today.
 *
 * <p>A patient's wait is counted from the time that orders them in the queue ({@code queuedAt}: when they
 * first joined, kept through transfers) to their call; a patient still waiting has waited until now.
 *
 * @param longestWaitMinutes  of the patients waiting now (0 when nobody waits)
 * @param averageWaitMinutes  of the patients called since the start of the day, rounded (0 when none)
 * @param servedToday         tickets completed since the start of the day
 */
public record ServiceDayFigures(int longestWaitMinutes, int averageWaitMinutes, int servedToday) {

    /** The times of one ticket that the figures need; {@code calledAt}, {@code finishedAt} may be null. */
    public record TicketTimes(TicketStatus status, Instant queuedAt, Instant calledAt, Instant finishedAt) {
    }

    public static ServiceDayFigures of(Collection<TicketTimes> tickets, Instant startOfDay, Instant now) {
        long longest = 0;
        long waitSum = 0;
        int called = 0;
        int served = 0;
        for (TicketTimes t : tickets) {
            if (t.status() == TicketStatus.WAITING) {
                longest = Math.max(longest, minutesBetween(t.queuedAt(), now));
            }
            if (t.calledAt() != null && !t.calledAt().isBefore(startOfDay)) {
                waitSum += Math.max(0, Duration.between(t.queuedAt(), t.calledAt()).toSeconds());
                called++;
            }
            if (t.status() == TicketStatus.DONE && t.finishedAt() != null && !t.finishedAt().isBefore(startOfDay)) {
                served++;
            }
        }
        int average = called == 0 ? 0 : (int) Math.round(waitSum / 60.0 / called);
        return new ServiceDayFigures((int) longest, average, served);
    }

    /** Whole minutes waited, never negative (clocks of two nodes may differ by a little). */
    public static long minutesBetween(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toMinutes());
    }
}
