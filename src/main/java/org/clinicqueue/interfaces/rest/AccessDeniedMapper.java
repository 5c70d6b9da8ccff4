package org.clinicqueue.interfaces.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The EJB layer refused the caller: 401 with a Basic challenge when nobody signed in, 403 when the signed-in
 * account lacks the role. The role check itself lives on the EJBs, never here.
 */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {

    @Context
    private SecurityContext security;

    @Override
    public Response toResponse(EJBAccessException e) {
        if (security.getUserPrincipal() == null) {
            return Problem.of(Response.Status.UNAUTHORIZED, "authentication-required",
                            "Sign in with a staff account (HTTP Basic) to use this endpoint.")
                    .header(HttpHeaders.WWW_AUTHENTICATE, StaffApiAuthentication.CHALLENGE)
                    .build();
        }
        return Problem.of(Response.Status.FORBIDDEN, "forbidden",
                "Your account (" + security.getUserPrincipal().getName() + ") may not do this.").build();
    }
}
