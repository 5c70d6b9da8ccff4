package org.clinicqueue.domain;

/** The thing asked for does not exist (or the caller may not know that it does): HTTP 404. */
public class NotFoundException extends ClinicQueueException {

    public NotFoundException(String message) {
        super("not-found", message);
    }
}
