package org.clinicqueue.interfaces.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Puts every error the JAX-RS runtime produces by itself (unknown path 404, wrong method 405, unreadable
 * JSON 400, unsupported media type 415...) into the same {@code application/problem+json} shape as the
 * application's own errors, so clients parse one format.
 */
@Provider
public class ProblemResponseFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400 || Problem.PROBLEM_JSON.isCompatible(response.getMediaType())) {
            return;
        }
        String title = Response.Status.fromStatusCode(status) == null
                ? "Error" : Response.Status.fromStatusCode(status).getReasonPhrase();
        Response problem = Problem.of(status, title, "http-" + status, detailFor(status, response.getEntity())).build();
        response.setEntity(problem.getEntity(), null, Problem.PROBLEM_JSON);
    }

    private static String detailFor(int status, Object entity) {
        return switch (status) {
            case 400 -> "The request could not be read; send valid JSON with the documented fields.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that HTTP method.";
            case 406 -> "This address cannot answer in the requested format; accept application/json.";
            case 415 -> "Send the request body as application/json.";
            default -> entity instanceof String text && !text.isBlank() && text.length() < 300 ? text : "The request failed.";
        };
    }
}
