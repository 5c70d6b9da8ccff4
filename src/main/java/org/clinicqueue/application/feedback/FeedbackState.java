package org.clinicqueue.application.feedback;

/**
 * What the patient's page needs to know.
 *
 * @param canGive the visit is complete and not rated yet
 */
public record FeedbackState(boolean canGive, boolean given, Integer rating, String comment) {
}
