package org.clinicqueue.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.clinicqueue.application.feedback.FeedbackState;
import org.clinicqueue.application.feedback.PatientFeedback;
import org.clinicqueue.domain.InvalidInputException;

/**
 * {@code GET/POST /api/tickets/{trackingId}/feedback} (public; the tracking id is the patient's proof): rate
 * a completed visit from 1 to 5 with an optional comment, once.
 */
@Path("tickets/{trackingId}/feedback")
@Produces(MediaType.APPLICATION_JSON)
public class TicketFeedbackResource {

    public record FeedbackBody(Integer rating, String comment) {
    }

    @Inject
    private PatientFeedback feedback;

    @GET
    public FeedbackState state(@PathParam("trackingId") String trackingId) {
        return feedback.state(trackingId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response give(@PathParam("trackingId") String trackingId, FeedbackBody body) {
        if (body == null) {
            throw new InvalidInputException("Send rating (1 to 5) and optionally comment as JSON.");
        }
        return Response.status(Response.Status.CREATED).entity(feedback.give(trackingId, body.rating(), body.comment())).build();
    }
}
