package org.clinicqueue.interfaces.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every request and response of the API. Without a resolver RESTEasy builds a new
 * Yasson instance for each body it reads or writes, and building one scans the deployment's resources: a
 * profile of ticket issuing showed that as about a twentieth of the server's CPU. A Jsonb is thread-safe.
 */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSON;
    }
}
