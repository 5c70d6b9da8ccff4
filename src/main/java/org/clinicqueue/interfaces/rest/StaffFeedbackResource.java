package org.clinicqueue.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.clinicqueue.application.feedback.FeedbackReport;
import org.clinicqueue.application.feedback.PatientFeedback;
import org.clinicqueue.domain.InvalidInputException;

/** {@code GET /api/staff/feedback?from=2026-01-01&to=2026-01-31&service=OPD} (SUPERVISOR, ADMIN): visit ratings. */
@Path("staff/feedback")
@Produces(MediaType.APPLICATION_JSON)
public class StaffFeedbackResource {

    @Inject
    private PatientFeedback feedback;

    @GET
    public FeedbackReport report(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("service") String service) {
        return feedback.report(date(from, "from"), date(to, "to"), service);
    }

    private static LocalDate date(String text, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("invalid-date", what + " must be a date such as 2026-03-01.");
        }
    }
}
