package org.clinicqueue.interfaces.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import org.clinicqueue.domain.InvalidInputException;

/**
 * Request bodies that may be left out entirely ({@code curl -X POST .../complete} with no body and no
 * content type): read as text and parsed only when present, so a missing body is not a 415.
 */
final class OptionalBody {

    private static final Jsonb JSON = JsonbBuilder.create();

    private OptionalBody() {
    }

    static <T> T read(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.fromJson(body, type);
        } catch (JsonbException e) {
            throw new InvalidInputException("unreadable-request", "The request body could not be read; send valid JSON with the documented fields.");
        }
    }
}
