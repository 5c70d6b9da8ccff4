package org.clinicqueue.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Builds RFC 9457 problem responses: a readable {@code detail} for people, a stable {@code code} for programs. */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    private Problem() {
    }

    public static Response.ResponseBuilder of(Response.Status status, String code, String detail) {
        return of(status.getStatusCode(), status.getReasonPhrase(), code, detail);
    }

    public static Response.ResponseBuilder of(int status, String title, String code, String detail) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status)
                .add("code", code)
                .add("detail", detail == null ? title : detail);
        return Response.status(status).type(PROBLEM_JSON).entity(body.build().toString());
    }
}
