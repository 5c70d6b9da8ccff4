package org.clinicqueue.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.clinicqueue.application.feedback.FeedbackReport;
import org.clinicqueue.application.feedback.PatientFeedback;
import org.clinicqueue.domain.ClinicQueueException;

/** {@code /console/supervisor/feedback.xhtml?from=&to=&service=}: visit ratings for supervisors. */
@Named
@RequestScoped
public class FeedbackReportBacking {

    @Inject
    private PatientFeedback feedback;

    private FeedbackReport report;
    private String error;

    public FeedbackReport getReport() {
        if (report == null && error == null) {
            Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
            try {
                report = feedback.report(date(params.get("from")), date(params.get("to")), params.get("service"));
            } catch (ClinicQueueException | DateTimeParseException refused) {
                error = refused instanceof DateTimeParseException ? "Dates look like 2026-03-01." : refused.getMessage();
            }
        }
        return report;
    }

    public String getError() {
        getReport();
        return error;
    }

    /** "4.25" with stars for a quick look. */
    public String stars(double average) {
        int full = (int) Math.round(average);
        return "★".repeat(full) + "☆".repeat(5 - full);
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
    }
}
