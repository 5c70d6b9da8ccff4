package org.clinicqueue.domain.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Estimated minutes until a patient is called: the people ahead, shared among the counters serving the
 * queue, times the recent average service time, plus the doctor's announced delay. Never a constant.
 *
 * <p>The average is taken over the most recent measured services (from start to finish) when there are at
 * least {@link #MIN_SAMPLES}; before that, the service's configured expected minutes stand in.
 */
public final class WaitEstimator {

    public static final int MIN_SAMPLES = 3;
    /** When the doctor is on break we do not know for how long; assume this many minutes. */
    public static final int ASSUMED_BREAK_MINUTES = 15;

    private WaitEstimator() {
    }

    public static double averageServiceMinutes(List<Duration> recentServiceTimes, int expectedMinutes) {
        if (recentServiceTimes.size() < MIN_SAMPLES) {
            return expectedMinutes;
        }
        return recentServiceTimes.stream().mapToLong(Duration::toSeconds).average().orElse(expectedMinutes * 60.0) / 60.0;
    }

    /**
     * @param peopleAhead   patients who will be called first
     * @param openCounters  counters taking patients of this queue now (at least one is assumed: a paused
     *                      service's patients still wait for somebody to come)
     * @param averageMinutes minutes one patient takes on average
     * @param lateMinutes   the announced delay of the counter the patient waits for (0 for the shared queue)
     * @param onBreak       whether that counter is on break
     */
    public static int estimateMinutes(int peopleAhead, int openCounters, double averageMinutes, int lateMinutes, boolean onBreak) {
        double perCounter = (double) peopleAhead / Math.max(1, openCounters);
        double minutes = perCounter * averageMinutes + lateMinutes + (onBreak ? ASSUMED_BREAK_MINUTES : 0);
        return (int) Math.ceil(minutes);
    }

    /** Whole minutes from now until a moment, rounded up; zero once it has passed. */
    public static int minutesUntil(Instant moment, Instant now) {
        long seconds = Duration.between(now, moment).toSeconds();
        return seconds <= 0 ? 0 : (int) ((seconds + 59) / 60);
    }
}
