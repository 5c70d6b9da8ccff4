package org.clinicqueue.interfaces.rest;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A request body that is not valid JSON, or JSON of the wrong shape: the client's mistake, so 400. */
@Provider
public class UnreadableRequestMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException e) {
        return Problem.of(Response.Status.BAD_REQUEST, "unreadable-request",
                "The request body could not be read; send valid JSON with the documented fields.").build();
    }
}
