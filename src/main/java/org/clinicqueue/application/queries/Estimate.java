package org.clinicqueue.application.queries;

/**
 * A patient's place and expected wait.
 *
 * @param paused true when no counter serving the queue is open now (the estimate then assumes one will be)
 */
public record Estimate(int peopleAhead, int minutes, boolean paused) {
}
