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
import org.clinicqueue.application.appointments.DoctorCatalog;
import org.clinicqueue.application.appointments.DoctorDefinition;
import org.clinicqueue.application.appointments.DoctorView;
import org.clinicqueue.domain.InvalidInputException;

/** Doctors for admins ({@code /api/admin/doctors}): every doctor, adding and changing one. */
@Path("admin/doctors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminDoctorsResource {

    @Inject
    private DoctorCatalog doctors;

    @GET
    public List<DoctorView> all() {
        return doctors.all();
    }

    @POST
    public Response create(DoctorDefinition body) {
        if (body == null) {
            throw new InvalidInputException("Send username, name, counterCode, serviceCodes and slotMinutes as JSON.");
        }
        return Response.status(Response.Status.CREATED).entity(doctors.create(body)).build();
    }

    @PUT
    @Path("{id:[0-9]+}")
    public DoctorView update(@PathParam("id") Long id, DoctorDefinition body) {
        if (body == null) {
            throw new InvalidInputException("Send the doctor's fields to change as JSON.");
        }
        return doctors.update(id, body);
    }
}
