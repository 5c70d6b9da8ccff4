package org.clinicqueue.application.posters;

/**
 * One poster: for the whole hospital ({@code serviceCode} null: the patient chooses the service on the join
 * page) or for one service (the join page opens with it chosen).
 */
public record PosterTarget(String serviceCode, String title, String openingHours) {
}
