package org.clinicqueue.application.reports;

import java.util.List;

/**
 * Patients' ratings of the visits counted (1 to 5 stars, given after a completed visit).
 *
 * @param ratings how many visits were rated 1, 2, 3, 4, 5
 * @param average two decimals; null when nobody rated
 */
public record FeedbackFigures(long count, Double average, List<Long> ratings) {
}
