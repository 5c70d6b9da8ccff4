package org.clinicqueue.domain;

import java.time.Duration;

/**
 * A limit that protects patients and the SMS budget was reached (a code was asked for too soon, too many
 * codes for one phone...): HTTP 429 with {@code Retry-After}. Says when trying again will work.
 */
public class TooManyRequestsException extends ClinicQueueException {

    private final Duration retryAfter;

    public TooManyRequestsException(String code, String message, Duration retryAfter) {
        super(code, message);
        this.retryAfter = retryAfter.isNegative() ? Duration.ZERO : retryAfter;
    }

    /** How long until the same request would be accepted (at least one second when positive). */
    public Duration getRetryAfter() {
        return retryAfter;
    }
}
