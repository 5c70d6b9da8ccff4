package org.clinicqueue.interfaces.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.clinicqueue.domain.ClinicQueueException;
import org.clinicqueue.domain.ConflictException;
import org.clinicqueue.domain.InvalidInputException;
import org.clinicqueue.domain.NotAllowedException;
import org.clinicqueue.domain.NotFoundException;

/** A refused business rule becomes 400, 401/403, 404 or 409 with the rule's own message. */
@Provider
public class ClinicQueueExceptionMapper implements ExceptionMapper<ClinicQueueException> {

    @Context
    private SecurityContext security;

    @Override
    public Response toResponse(ClinicQueueException e) {
        if (e instanceof NotAllowedException && security.getUserPrincipal() == null) {
            return Problem.of(Response.Status.UNAUTHORIZED, e.getCode(), e.getMessage())
                    .header(HttpHeaders.WWW_AUTHENTICATE, StaffApiAuthentication.CHALLENGE).build();
        }
        return Problem.of(statusOf(e), e.getCode(), e.getMessage()).build();
    }

    static Response.Status statusOf(ClinicQueueException e) {
        if (e instanceof InvalidInputException) {
            return Response.Status.BAD_REQUEST;
        }
        if (e instanceof NotFoundException) {
            return Response.Status.NOT_FOUND;
        }
        if (e instanceof ConflictException) {
            return Response.Status.CONFLICT;
        }
        if (e instanceof NotAllowedException) {
            return Response.Status.FORBIDDEN;
        }
        return Response.Status.BAD_REQUEST;
    }
}
