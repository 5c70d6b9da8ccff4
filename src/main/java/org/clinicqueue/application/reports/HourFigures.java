package org.clinicqueue.application.reports;

/**
 * One hour of the hospital's local day (0 to 23), over the whole period.
 *
 * @param arrivals           visits that arrived in this hour
 * @param calls              visits first called in this hour
 * @param averageWaitMinutes of the visits that arrived in this hour and were called; null if none
 */
public record HourFigures(int hour, long arrivals, long calls, Double averageWaitMinutes) {
}
