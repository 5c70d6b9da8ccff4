package org.clinicqueue.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clinicqueue.application.appointments.AppointmentQueries;
import org.clinicqueue.application.appointments.DayAvailability;
import org.clinicqueue.application.appointments.DayPlan;
import org.clinicqueue.application.appointments.DoctorCatalog;
import org.clinicqueue.application.appointments.DoctorSchedules;
import org.clinicqueue.application.appointments.DoctorSlots;
import org.clinicqueue.application.appointments.DoctorView;
import org.clinicqueue.application.appointments.ScheduleChange;
import org.clinicqueue.application.appointments.WeekView;
import org.clinicqueue.domain.InvalidInputException;
import org.clinicqueue.domain.appointment.TimeRange;
import org.clinicqueue.domain.appointment.WorkingDay;

/**
 * Doctors. Public: {@code GET /api/doctors[?service=OPD]}, {@code GET /api/doctors/{id}},
 * {@code GET /api/doctors/{id}/slots?date=} (free slots), {@code GET /api/doctors/{id}/availability?from=&days=}.
 * Staff: {@code GET /api/doctors/{id}/day?date=}, {@code GET /api/doctors/me} and {@code /me/day} (a doctor's own
 * day), {@code GET /api/doctors/{id}/schedule}. Admins and supervisors: {@code PUT /api/doctors/{id}/schedule}.
 */
@Path("doctors")
@Produces(MediaType.APPLICATION_JSON)
public class DoctorsResource {

    /** A weekly schedule: the slot length (optional) and one entry per working day. */
    public record ScheduleBody(Integer slotMinutes, List<DayBody> days) {
    }

    /** {@code {"day":"MONDAY","hours":"09:00-13:00","breaks":["11:00-11:15"]}} (day also as MON). */
    public record DayBody(String day, String hours, List<String> breaks) {
    }

    @Inject
    private DoctorCatalog doctors;

    @Inject
    private DoctorSlots slots;

    @Inject
    private AppointmentQueries appointments;

    @Inject
    private DoctorSchedules schedules;

    @GET
    public List<DoctorView> list(@QueryParam("service") String service) {
        return doctors.active(service);
    }

    @GET
    @Path("{id:[0-9]+}")
    public DoctorView doctor(@PathParam("id") Long id) {
        return doctors.get(id);
    }

    @GET
    @Path("{id:[0-9]+}/slots")
    public Response freeSlots(@PathParam("id") Long id, @QueryParam("date") String date) {
        return fresh(slots.freeSlots(id, RestDates.required(date, "date")));
    }

    @GET
    @Path("{id:[0-9]+}/availability")
    public Response availability(@PathParam("id") Long id, @QueryParam("from") String from, @QueryParam("days") Integer days) {
        List<DayAvailability> result = slots.availability(id, RestDates.optional(from, "from"), days);
        return fresh(result);
    }

    @GET
    @Path("{id:[0-9]+}/day")
    public DayPlan day(@PathParam("id") Long id, @QueryParam("date") String date) {
        return appointments.day(id, RestDates.optional(date, "date"));
    }

    @GET
    @Path("me")
    public DoctorView me() {
        return appointments.myDoctor();
    }

    @GET
    @Path("me/day")
    public DayPlan myDay(@QueryParam("date") String date) {
        return appointments.myDay(RestDates.optional(date, "date"));
    }

    @GET
    @Path("{id:[0-9]+}/schedule")
    public WeekView schedule(@PathParam("id") Long id) {
        return schedules.week(id);
    }

    @PUT
    @Path("{id:[0-9]+}/schedule")
    @Consumes(MediaType.APPLICATION_JSON)
    public ScheduleChange replaceSchedule(@PathParam("id") Long id, ScheduleBody body) {
        if (body == null || body.days() == null) {
            throw new InvalidInputException("invalid-schedule", "Send slotMinutes and days ([{\"day\":\"MONDAY\",\"hours\":\"09:00-13:00\"}]) as JSON.");
        }
        List<WorkingDay> days = new ArrayList<>();
        for (DayBody d : body.days()) {
            List<TimeRange> breaks = new ArrayList<>();
            for (String b : d.breaks() == null ? List.<String>of() : d.breaks()) {
                breaks.add(TimeRange.parse(b));
            }
            days.add(new WorkingDay(dayOfWeek(d.day()), TimeRange.parse(d.hours()), breaks));
        }
        return schedules.replaceWeek(id, body.slotMinutes(), days);
    }

    static DayOfWeek dayOfWeek(String text) {
        String day = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().equals(day) || (day.length() == 3 && d.name().startsWith(day))) {
                return d;
            }
        }
        throw new InvalidInputException("invalid-schedule", "'" + text + "' is not a day of the week; use MONDAY or MON.");
    }

    /** Free slots change with every booking: never cached. */
    private static Response fresh(Object entity) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(entity).cacheControl(noStore).build();
    }
}
