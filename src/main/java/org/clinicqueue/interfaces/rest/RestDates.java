package org.clinicqueue.interfaces.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.clinicqueue.domain.InvalidInputException;

/** Dates in query parameters ({@code ?date=2026-03-02}): a malformed one is a 400 with a readable message. */
final class RestDates {

    private RestDates() {
    }

    static LocalDate optional(String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("invalid-date", "'" + text + "' is not a date; write " + name + " as 2026-03-02.");
        }
    }

    static LocalDate required(String text, String name) {
        LocalDate date = optional(text, name);
        if (date == null) {
            throw new InvalidInputException("invalid-date", "Give " + name + " as 2026-03-02.");
        }
        return date;
    }
}
