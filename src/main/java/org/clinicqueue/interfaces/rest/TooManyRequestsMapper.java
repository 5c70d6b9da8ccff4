package org.clinicqueue.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.clinicqueue.domain.TooManyRequestsException;
import org.clinicqueue.domain.verification.OtpPolicy;

/** A limit was reached (code cooldown, codes per phone per hour): 429 with {@code Retry-After} in seconds. */
@Provider
public class TooManyRequestsMapper implements ExceptionMapper<TooManyRequestsException> {

    @Override
    public Response toResponse(TooManyRequestsException e) {
        return Problem.of(429, "Too Many Requests", e.getCode(), e.getMessage())
                .header("Retry-After", OtpPolicy.seconds(e.getRetryAfter()))
                .build();
    }
}
