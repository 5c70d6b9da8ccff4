package org.clinicqueue.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.clinicqueue.application.sms.SmsMessageView;
import org.clinicqueue.application.sms.StaffSmsOutbox;

/**
 * The SMS outbox for staff (RECEPTION, SUPERVISOR, ADMIN): {@code GET /api/staff/sms-outbox?phone=&status=&limit=},
 * {@code GET /api/staff/sms-outbox/{id}} (with its delivery log), {@code POST /api/staff/sms-outbox/{id}/retry}
 * (SUPERVISOR, ADMIN: send a failed message again).
 */
@Path("staff/sms-outbox")
@Produces(MediaType.APPLICATION_JSON)
public class StaffSmsOutboxResource {

    @Inject
    private StaffSmsOutbox outbox;

    @GET
    public List<SmsMessageView> list(@QueryParam("phone") String phone, @QueryParam("status") String status,
                                     @QueryParam("limit") Integer limit) {
        return outbox.list(phone, status, limit);
    }

    @GET
    @Path("{id:[0-9]+}")
    public StaffSmsOutbox.Details details(@PathParam("id") long id) {
        return outbox.details(id);
    }

    @POST
    @Path("{id:[0-9]+}/retry")
    public SmsMessageView retry(@PathParam("id") long id) {
        return outbox.retry(id);
    }
}
