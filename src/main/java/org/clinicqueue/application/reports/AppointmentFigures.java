package org.clinicqueue.application.reports;

import org.clinicqueue.domain.reports.ReportPeriod;

/**
 * Extension point for "appointments kept vs missed", which the appointments module (built separately) owns:
 * reports ask through this interface and show whatever it answers. Until that module provides an
 * implementation ({@code @Alternative @Priority(APPLICATION)} over {@link AppointmentsNotAvailable}), the
 * figure is reported as not available. It must compute from the appointments' own history, like every other
 * figure, for the same period and scope.
 */
public interface AppointmentFigures {

    /**
     * @param serviceId null for all services
     * @param counterId null for all counters
     * @param staff     null for all staff
     */
    AppointmentSummary summarize(ReportPeriod period, Long serviceId, Long counterId, String staff);
}
