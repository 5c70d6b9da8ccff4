package org.clinicqueue.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.clinicqueue.application.appointments.DoctorSchedules;
import org.clinicqueue.application.appointments.ExceptionView;
import org.clinicqueue.application.appointments.ScheduleChange;
import org.clinicqueue.domain.InvalidInputException;
import org.clinicqueue.domain.appointment.DatedException;
import org.clinicqueue.domain.appointment.ExceptionKind;
import org.clinicqueue.domain.appointment.TimeRange;

/**
 * Leave, holidays and extra sessions ({@code /api/schedule-exceptions}): staff read them; admins and
 * supervisors add (the answer lists the bookings it displaces) and withdraw them.
 */
@Path("schedule-exceptions")
@Produces(MediaType.APPLICATION_JSON)
public class ScheduleExceptionsResource {

    /** {@code doctorId} null: a holiday for every doctor. Times only for partial-day leave and extra sessions. */
    public record ExceptionBody(Long doctorId, String kind, String firstDate, String lastDate, String startsAt, String endsAt,
                                String reason) {
    }

    @Inject
    private DoctorSchedules schedules;

    @GET
    public List<ExceptionView> list(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("doctorId") Long doctorId) {
        return schedules.exceptions(RestDates.optional(from, "from"), RestDates.optional(to, "to"), doctorId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(ExceptionBody body) {
        if (body == null || body.kind() == null) {
            throw new InvalidInputException("invalid-exception", "Send kind (LEAVE, HOLIDAY, EXTRA_SESSION), doctorId, firstDate "
                    + "(lastDate, startsAt, endsAt, reason) as JSON.");
        }
        boolean timed = body.startsAt() != null && !body.startsAt().isBlank() || body.endsAt() != null && !body.endsAt().isBlank();
        DatedException what = new DatedException(kind(body.kind()), RestDates.required(body.firstDate(), "firstDate"),
                RestDates.optional(body.lastDate(), "lastDate"), timed ? TimeRange.of(body.startsAt(), body.endsAt()) : null);
        ScheduleChange change = schedules.addException(body.doctorId(), what, body.reason());
        return Response.status(Response.Status.CREATED).entity(change).build();
    }

    @DELETE
    @Path("{id:[0-9]+}")
    public ScheduleChange withdraw(@PathParam("id") Long id) {
        return schedules.withdrawException(id);
    }

    private static ExceptionKind kind(String text) {
        try {
            return ExceptionKind.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("invalid-exception", "The kind must be LEAVE, HOLIDAY or EXTRA_SESSION.");
        }
    }
}
