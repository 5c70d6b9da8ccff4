package org.clinicqueue.interfaces.rest;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything else. A concurrent change of the same record (optimistic lock) is a 409 the client may retry;
 * the rest is a 500 whose detail is an incident id to find in the server log, never a stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Exception e) {
        if (e instanceof WebApplicationException refusedByJaxRs) {
            // 404 unknown path, 405, 415...: ProblemResponseFilter gives these the problem format.
            return refusedByJaxRs.getResponse();
        }
        if (causedByConcurrentChange(e)) {
            return Problem.of(Response.Status.CONFLICT, "concurrent-change",
                    "Someone else changed this at the same moment; reload and try again.").build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, e);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "internal-error",
                "Something went wrong on the server (incident " + incident + "). Nothing was changed.").build();
    }

    static boolean causedByConcurrentChange(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof PessimisticLockException
                    || t instanceof org.hibernate.StaleStateException) {
                return true;
            }
        }
        return false;
    }
}
