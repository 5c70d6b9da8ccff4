package org.clinicqueue.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import org.clinicqueue.application.issuing.IssueTicketRequest;
import org.clinicqueue.application.issuing.IssuedTicket;
import org.clinicqueue.application.issuing.TicketIssuer;
import org.clinicqueue.application.queries.QueueQueries;
import org.clinicqueue.application.queries.TicketStatusView;
import org.clinicqueue.application.queries.TicketView;
import org.clinicqueue.application.transfers.TicketTransfers;
import org.clinicqueue.domain.InvalidInputException;
import org.clinicqueue.domain.queue.Channel;
import org.clinicqueue.domain.queue.Priority;

/**
 * Tickets. Public: {@code POST /api/tickets} (rate-limited), {@code GET} and {@code DELETE
 * /api/tickets/{trackingId}} (the patient's own ticket). Staff: transfer, priority and cancel by ticket id.
 */
@Path("tickets")
@Produces(MediaType.APPLICATION_JSON)
public class TicketsResource {

    public record NewTicket(String serviceCode, String patientName, String phone, String language, String priority,
                            String priorityReason, String counterCode, String channel) {
    }

    public record TransferRequest(String serviceCode, String counterCode, Boolean keepPlace, String reason) {
    }

    public record PriorityRequest(String priority, String reason) {
    }

    public record ReasonRequest(String reason) {
    }

    @Inject
    private TicketIssuer issuer;

    @Inject
    private QueueQueries queries;

    @Inject
    private TicketTransfers transfers;

    @Inject
    private PublicRequestLimiter limiter;

    @Context
    private SecurityContext security;

    @Context
    private HttpServletRequest http;

    @Context
    private UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response issue(NewTicket body) {
        if (body == null) {
            throw new InvalidInputException("Send serviceCode and patientName (and optionally phone and language) as JSON.");
        }
        boolean staff = security.getUserPrincipal() != null;
        if (!staff) {
            Duration wait = limiter.tryAcquire("tickets", http.getRemoteAddr());
            if (!wait.isZero()) {
                return Problem.of(429, "Too Many Requests", "rate-limited",
                                "Too many tickets from this device; try again in " + Math.max(1, wait.toSeconds()) + " seconds.")
                        .header("Retry-After", Math.max(1, wait.toSeconds())).build();
            }
        }
        IssuedTicket ticket = issuer.issue(new IssueTicketRequest(body.serviceCode(), body.patientName(), body.phone(),
                body.language(), parse(Priority.class, body.priority(), "priority"), body.priorityReason(),
                channel(body.channel(), staff), body.counterCode()));
        return Response.created(uri.getBaseUriBuilder().path("tickets").path(ticket.trackingId()).build()).entity(ticket).build();
    }

    @GET
    @Path("{trackingId}")
    public TicketStatusView status(@PathParam("trackingId") String trackingId) {
        return queries.ticketStatus(trackingId);
    }

    @DELETE
    @Path("{trackingId}")
    public TicketView cancelByPatient(@PathParam("trackingId") String trackingId) {
        return transfers.cancelByPatient(trackingId);
    }

    @POST
    @Path("{id:[0-9]+}/transfer")
    @Consumes(MediaType.APPLICATION_JSON)
    public TicketView transfer(@PathParam("id") Long id, TransferRequest body) {
        TransferRequest request = body == null ? new TransferRequest(null, null, null, null) : body;
        return transfers.transfer(id, request.serviceCode(), request.counterCode(),
                request.keepPlace() == null || request.keepPlace(), request.reason());
    }

    @PUT
    @Path("{id:[0-9]+}/priority")
    @Consumes(MediaType.APPLICATION_JSON)
    public TicketView changePriority(@PathParam("id") Long id, PriorityRequest body) {
        if (body == null) {
            throw new InvalidInputException("Send priority and reason as JSON.");
        }
        return transfers.changePriority(id, parse(Priority.class, body.priority(), "priority"), body.reason());
    }

    @POST
    @Path("{id:[0-9]+}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    public TicketView cancel(@PathParam("id") Long id, ReasonRequest body) {
        return transfers.cancel(id, body == null ? null : body.reason());
    }

    /** Staff default to the reception channel; the public to phone (or kiosk, when a kiosk says so). */
    private static Channel channel(String requested, boolean staff) {
        Channel channel = parse(Channel.class, requested, "channel");
        if (channel == null) {
            return staff ? Channel.RECEPTION : Channel.PHONE;
        }
        return channel;
    }

    static <E extends Enum<E>> E parse(Class<E> type, String text, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("invalid-" + what, "'" + text + "' is not a valid " + what + "; use one of "
                    + Arrays.toString(type.getEnumConstants()) + ".");
        }
    }
}
