package org.clinicqueue.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.clinicqueue.application.setup.FirstAdminSetup;
import org.clinicqueue.domain.staff.StaffAccount;

/**
 * The first-admin setup for scripts ({@code curl}), beside the {@code /setup.xhtml} page:
 * {@code GET /api/setup} tells whether setup is still open; {@code POST /api/setup/first-admin} with the
 * setup token creates the administrator and closes setup for good.
 */
@Path("setup")
@Produces(MediaType.APPLICATION_JSON)
public class FirstAdminSetupResource {

    public record FirstAdminRequest(String setupToken, String username, String displayName, String password) {
    }

    @Inject
    private FirstAdminSetup setup;

    @GET
    public Response status() {
        return Response.ok(Json.createObjectBuilder().add("open", setup.isOpen()).build()).build();
    }

    @POST
    @Path("first-admin")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createFirstAdmin(FirstAdminRequest request) {
        if (request == null) {
            return Problem.of(Response.Status.BAD_REQUEST, "invalid-input",
                    "Send setupToken, username, displayName and password as JSON.").build();
        }
        StaffAccount admin = setup.createFirstAdmin(request.setupToken(), request.username(), request.displayName(), request.password());
        return Response.status(Response.Status.CREATED)
                .entity(Json.createObjectBuilder().add("username", admin.getUsername()).add("roles", "ADMIN").build())
                .build();
    }
}
