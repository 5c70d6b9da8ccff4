package org.clinicqueue.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.clinicqueue.application.appointments.AppointmentBooking;
import org.clinicqueue.application.appointments.AppointmentCheckIn;
import org.clinicqueue.application.appointments.AppointmentQueries;
import org.clinicqueue.application.appointments.AppointmentView;
import org.clinicqueue.application.appointments.BookingRequest;
import org.clinicqueue.application.appointments.CheckedIn;
import org.clinicqueue.application.appointments.DayPlan;
import org.clinicqueue.application.appointments.RescheduleRequest;
import org.clinicqueue.application.settings.Settings;
import org.clinicqueue.application.verification.CodeSent;
import org.clinicqueue.application.verification.PhoneVerification;
import org.clinicqueue.domain.InvalidInputException;
import org.clinicqueue.domain.settings.SettingKey;
import org.clinicqueue.interfaces.web.QrCodes;

/**
 * Appointments. Public (the {@code /book} and {@code /a/{code}} pages): {@code POST /api/appointments/phone-code},
 * {@code POST /api/appointments} (rate-limited per client address), and by the code of the patient's link
 * {@code GET}, {@code PATCH} (move), {@code DELETE} (cancel) {@code /api/appointments/{code}} and its
 * {@code qr.png}. Staff: search ({@code GET /api/appointments?date=&doctorId=&phone=&q=}), the calendar, the
 * same operations by reference, and {@code POST /api/appointments/{code}/check-in}.
 */
@Path("appointments")
@Produces(MediaType.APPLICATION_JSON)
public class AppointmentsResource {

    public record CodeRequest(String phone, String language) {
    }

    public record BookingBody(Long doctorId, String serviceCode, String start, String patientName, String phone, String language,
                              String reason, String code) {
    }

    public record MoveBody(String start, Long doctorId, String changeReason) {
    }

    @Inject
    private AppointmentBooking booking;

    @Inject
    private AppointmentQueries queries;

    @Inject
    private AppointmentCheckIn checkIn;

    @Inject
    private PhoneVerification verification;

    @Inject
    private PublicRequestLimiter limiter;

    @Inject
    private Settings settings;

    @Context
    private SecurityContext security;

    @Context
    private HttpServletRequest http;

    @Context
    private UriInfo uri;

    @POST
    @Path("phone-code")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response sendCode(CodeRequest body) {
        if (body == null) {
            throw new InvalidInputException("Send phone and language as JSON.");
        }
        Duration wait = limiter.tryAcquire("codes", http.getRemoteAddr(), settings.get(SettingKey.OTP_REQUESTS_PER_ADDRESS_PER_MINUTE));
        if (!wait.isZero()) {
            return tooMany(wait, "Too many code requests from this network; try again in " + Math.max(1, wait.toSeconds()) + " seconds.");
        }
        CodeSent sent = verification.requestCodeForBooking(body.phone(), body.language());
        return Response.accepted(sent).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response book(BookingBody body) {
        if (body == null) {
            throw new InvalidInputException("Send doctorId, start, patientName, phone, language, reason (and the code) as JSON.");
        }
        if (!isStaff()) {
            Duration wait = limiter.tryAcquire("appointments", http.getRemoteAddr());
            if (!wait.isZero()) {
                return tooMany(wait, "Too many bookings from this device; try again in " + Math.max(1, wait.toSeconds()) + " seconds.");
            }
        }
        AppointmentView booked = booking.book(new BookingRequest(body.doctorId(), body.serviceCode(), instant(body.start()),
                body.patientName(), body.phone(), body.language(), body.reason(), body.code()));
        return Response.created(uri.getBaseUriBuilder().path("appointments").path(booked.code()).build()).entity(booked).build();
    }

    @GET
    public List<AppointmentView> search(@QueryParam("date") String date, @QueryParam("doctorId") Long doctorId,
                                        @QueryParam("phone") String phone, @QueryParam("q") String text) {
        return queries.search(RestDates.optional(date, "date"), doctorId, phone, text);
    }

    @GET
    @Path("calendar")
    public List<DayPlan> calendar(@QueryParam("date") String date, @QueryParam("service") String service) {
        return queries.calendar(RestDates.optional(date, "date"), service);
    }

    @GET
    @Path("{code}")
    public Response get(@PathParam("code") String code) {
        AppointmentView view = isStaff() ? queries.find(code) : queries.byCode(code);
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(view).cacheControl(noStore).header("Referrer-Policy", "no-referrer").build();
    }

    @PATCH
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AppointmentView move(@PathParam("code") String code, MoveBody body) {
        if (body == null) {
            throw new InvalidInputException("invalid-slot", "Send the new start (and optionally doctorId) as JSON.");
        }
        return booking.reschedule(code, new RescheduleRequest(instant(body.start()), body.doctorId(), body.changeReason()));
    }

    @DELETE
    @Path("{code}")
    public AppointmentView cancel(@PathParam("code") String code, @QueryParam("reason") String reason) {
        return booking.cancel(code, reason);
    }

    @POST
    @Path("{code}/check-in")
    public CheckedIn checkIn(@PathParam("code") String code) {
        return checkIn.checkIn(code);
    }

    /** The QR code of the appointment's link, shown on its page and scanned at reception or a kiosk. */
    @GET
    @Path("{code}/qr.png")
    @Produces("image/png")
    public Response qr(@PathParam("code") String code, @QueryParam("size") Integer size) {
        AppointmentView view = queries.byCode(code);
        int pixels = size == null ? 300 : Math.max(120, Math.min(size, 1000));
        return Response.ok(QrCodes.png(view.manageUrl(), pixels)).header("Cache-Control", "private, max-age=300").build();
    }

    private boolean isStaff() {
        return security.getUserPrincipal() != null;
    }

    private static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("invalid-slot", "'" + text + "' is not a time; send the slot's start as the slot list gives it "
                    + "(e.g. 2026-03-02T04:00:00Z).");
        }
    }

    private static Response tooMany(Duration wait, String detail) {
        return Problem.of(429, "Too Many Requests", "rate-limited", detail)
                .header("Retry-After", Math.max(1, wait.toSeconds())).build();
    }
}
