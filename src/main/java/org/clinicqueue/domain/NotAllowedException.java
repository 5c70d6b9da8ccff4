package org.clinicqueue.domain;

/**
 * The caller may not do this particular thing, although they may use the operation in general (a patient
 * asking for an emergency priority, a clerk acting at somebody else's counter): HTTP 403, or 401 when nobody
 * signed in.
 */
public class NotAllowedException extends ClinicQueueException {

    public NotAllowedException(String code, String message) {
        super(code, message);
    }
}
