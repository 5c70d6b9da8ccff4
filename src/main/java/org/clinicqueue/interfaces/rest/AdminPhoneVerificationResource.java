package org.clinicqueue.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.clinicqueue.application.verification.PhoneVerificationSwitch;
import org.clinicqueue.domain.InvalidInputException;

/**
 * {@code GET/PUT /api/admin/services/{code}/phone-verification} with {@code {"required": true}}: whether
 * patients joining this service from their phone must first type a code sent by SMS (PUT: ADMIN).
 */
@Path("admin/services/{code}/phone-verification")
@Produces(MediaType.APPLICATION_JSON)
public class AdminPhoneVerificationResource {

    public record SwitchBody(Boolean required) {
    }

    @Inject
    private PhoneVerificationSwitch verification;

    @GET
    public PhoneVerificationSwitch.State get(@PathParam("code") String code) {
        return verification.get(code);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public PhoneVerificationSwitch.State set(@PathParam("code") String code, SwitchBody body) {
        if (body == null || body.required() == null) {
            throw new InvalidInputException("Send {\"required\": true} or {\"required\": false}.");
        }
        return verification.set(code, body.required());
    }
}
