package org.clinicqueue.domain;

/**
 * The request is well formed but the current state refuses it (the counter is already serving someone,
 * the daily limit is reached, the ticket was called meanwhile...): HTTP 409.
 */
public class ConflictException extends ClinicQueueException {

    public ConflictException(String code, String message) {
        super(code, message);
    }
}
