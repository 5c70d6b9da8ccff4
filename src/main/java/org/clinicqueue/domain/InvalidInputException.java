package org.clinicqueue.domain;

/** The request itself is wrong (a missing name, a malformed phone number...): HTTP 400. */
public class InvalidInputException extends ClinicQueueException {

    public InvalidInputException(String message) {
        super("invalid-input", message);
    }

    public InvalidInputException(String code, String message) {
        super(code, message);
    }
}
