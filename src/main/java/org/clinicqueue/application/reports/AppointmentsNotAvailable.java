package org.clinicqueue.application.reports;

import jakarta.enterprise.context.ApplicationScoped;
import org.clinicqueue.domain.reports.ReportPeriod;

/** The default {@link AppointmentFigures}: this build has no appointments, so the figure says so. */
@ApplicationScoped
public class AppointmentsNotAvailable implements AppointmentFigures {

    @Override
    public AppointmentSummary summarize(ReportPeriod period, Long serviceId, Long counterId, String staff) {
        return AppointmentSummary.notAvailable("Appointments are not recorded by this installation yet.");
    }
}
