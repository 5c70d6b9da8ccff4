package org.clinicqueue.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.clinicqueue.application.calling.CounterDesk;
import org.clinicqueue.application.counters.CounterAvailability;
import org.clinicqueue.application.queries.CounterView;
import org.clinicqueue.application.queries.QueueQueries;
import org.clinicqueue.application.queries.TicketView;
import org.clinicqueue.domain.InvalidInputException;
import org.clinicqueue.domain.queue.CounterStatus;

/**
 * Counters for staff (HTTP Basic): the overview, and the desk's actions by counter id.
 * {@code POST .../call-next} answers 204 when nobody is waiting.
 */
@Path("counters")
@Produces(MediaType.APPLICATION_JSON)
public class CountersResource {

    public record NoteRequest(String note) {
    }

    public record CallRequest(Long ticketId, String reason) {
    }

    public record StatusRequest(String status, Integer lateMinutes, String reason) {
    }

    @Inject
    private QueueQueries queries;

    @Inject
    private CounterDesk desk;

    @Inject
    private CounterAvailability availability;

    @GET
    public List<CounterView> counters() {
        return queries.counters();
    }

    @GET
    @Path("{id:[0-9]+}")
    public CounterView counter(@PathParam("id") Long id) {
        return queries.counter(id);
    }

    @POST
    @Path("{id:[0-9]+}/call-next")
    public Response callNext(@PathParam("id") Long id) {
        return desk.callNext(id).map(ticket -> Response.ok(ticket).build()).orElseGet(() -> Response.noContent().build());
    }

    @POST
    @Path("{id:[0-9]+}/call")
    @Consumes(MediaType.APPLICATION_JSON)
    public TicketView callSpecific(@PathParam("id") Long id, CallRequest body) {
        if (body == null || body.ticketId() == null) {
            throw new InvalidInputException("Send ticketId and reason as JSON.");
        }
        return desk.callSpecific(id, body.ticketId(), body.reason());
    }

    @POST
    @Path("{id:[0-9]+}/recall")
    public TicketView recall(@PathParam("id") Long id) {
        return desk.recall(id);
    }

    @POST
    @Path("{id:[0-9]+}/start")
    public TicketView start(@PathParam("id") Long id) {
        return desk.startService(id);
    }

    @POST
    @Path("{id:[0-9]+}/complete")
    @Consumes(MediaType.WILDCARD)
    public TicketView complete(@PathParam("id") Long id, String body) {
        NoteRequest note = OptionalBody.read(body, NoteRequest.class);
        return desk.complete(id, note == null ? null : note.note());
    }

    @POST
    @Path("{id:[0-9]+}/no-show")
    public TicketView noShow(@PathParam("id") Long id) {
        return desk.markNoShow(id);
    }

    @POST
    @Path("{id:[0-9]+}/hold")
    @Consumes(MediaType.WILDCARD)
    public TicketView hold(@PathParam("id") Long id, String body) {
        NoteRequest note = OptionalBody.read(body, NoteRequest.class);
        return desk.hold(id, note == null ? null : note.note());
    }

    @POST
    @Path("{id:[0-9]+}/bring-back")
    @Consumes(MediaType.APPLICATION_JSON)
    public TicketView bringBack(@PathParam("id") Long id, CallRequest body) {
        if (body == null || body.ticketId() == null) {
            throw new InvalidInputException("Send the held ticketId as JSON.");
        }
        return desk.bringBack(id, body.ticketId());
    }

    /** {@code status}: AVAILABLE, ON_BREAK, CLOSED, or RUNNING_LATE with {@code lateMinutes} (0 clears it). */
    @PUT
    @Path("{id:[0-9]+}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    public CounterView status(@PathParam("id") Long id, StatusRequest body) {
        if (body == null || body.status() == null) {
            throw new InvalidInputException("Send status (AVAILABLE, ON_BREAK, CLOSED or RUNNING_LATE) as JSON.");
        }
        if ("RUNNING_LATE".equalsIgnoreCase(body.status().strip())) {
            if (body.lateMinutes() == null) {
                throw new InvalidInputException("Say how many minutes late (lateMinutes).");
            }
            return availability.runLate(id, body.lateMinutes(), body.reason());
        }
        return availability.changeStatus(id, TicketsResource.parse(CounterStatus.class, body.status(), "status"), body.reason());
    }
}
