package org.clinicqueue.application.reports;

/**
 * Appointments kept and missed in a report's period and scope.
 *
 * @param available false until the appointments module provides the figures
 * @param note      why not, when not available
 */
public record AppointmentSummary(boolean available, Long kept, Long missed, String note) {

    public static AppointmentSummary notAvailable(String why) {
        return new AppointmentSummary(false, null, null, why);
    }
}
