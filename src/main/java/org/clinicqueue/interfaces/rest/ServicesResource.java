package org.clinicqueue.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.clinicqueue.application.daysession.DaySessionCloser;
import org.clinicqueue.application.queries.QueueQueries;
import org.clinicqueue.application.queries.ServiceStatus;
import org.clinicqueue.application.queries.TicketView;

/**
 * {@code GET /api/services} (public): what patients can join and how long it takes.
 * {@code GET /api/services/{code}/queue} (staff): the waiting list in call order.
 * {@code POST /api/services/{code}/close-session} (supervisor): end the day's session early.
 */
@Path("services")
@Produces(MediaType.APPLICATION_JSON)
public class ServicesResource {

    public record CloseSessionRequest(String reason) {
    }

    @Inject
    private QueueQueries queries;

    @Inject
    private DaySessionCloser sessions;

    @GET
    public List<ServiceStatus> services() {
        return queries.services();
    }

    @GET
    @Path("{code}/queue")
    public List<TicketView> queue(@PathParam("code") String code) {
        return queries.waitingList(code);
    }

    @POST
    @Path("{code}/close-session")
    @Consumes(MediaType.APPLICATION_JSON)
    public DaySessionCloser.ClosedSession closeSession(@PathParam("code") String code, CloseSessionRequest request) {
        return sessions.closeSession(code, request == null ? null : request.reason());
    }
}
