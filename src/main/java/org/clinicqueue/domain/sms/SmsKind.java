package org.clinicqueue.domain.sms;

import java.util.Set;

/**
 * The messages ClinicQueue sends, with the placeholders each template may use and those it must contain
 * (a ticket message without its status link, or a call without the counter, would be useless).
 */
public enum SmsKind {
    VERIFICATION_CODE(Set.of("code", "validMinutes"), Set.of("code")),
    TICKET_ISSUED(Set.of("number", "service", "ahead", "minutes", "link"), Set.of("number", "link")),
    TURN_APPROACHING(Set.of("number", "service", "ahead", "minutes", "link"), Set.of("number")),
    CALLED(Set.of("number", "service", "counter", "link"), Set.of("number", "counter")),
    MISSED_TURN(Set.of("number", "service", "counter", "link"), Set.of("number")),
    SERVICE_COMPLETE(Set.of("number", "service", "link"), Set.of("link")),
    /** Appointments (issue 8): {@code {link}} opens the booking's own page (details, QR code, move, cancel). */
    APPOINTMENT_BOOKED(Set.of("reference", "doctor", "service", "date", "time", "room", "link"), Set.of("date", "time", "link")),
    APPOINTMENT_RESCHEDULED(Set.of("reference", "doctor", "service", "date", "time", "room", "link"), Set.of("date", "time", "link")),
    /** {@code {link}} here is the booking page, to book again. */
    APPOINTMENT_CANCELLED(Set.of("reference", "doctor", "service", "date", "time", "link"), Set.of("date", "time")),
    APPOINTMENT_REMINDER(Set.of("reference", "doctor", "service", "date", "time", "room", "link"), Set.of("date", "time")),
    /** The doctor will not be there (leave entered after the booking): choose another time. */
    APPOINTMENT_DOCTOR_AWAY(Set.of("reference", "doctor", "service", "date", "time", "link"), Set.of("date", "time", "link"));

    private final Set<String> placeholders;
    private final Set<String> required;

    SmsKind(Set<String> placeholders, Set<String> required) {
        this.placeholders = placeholders;
        this.required = required;
    }

    public Set<String> placeholders() {
        return placeholders;
    }

    public Set<String> required() {
        return required;
    }

    /** Codes must not stay readable once a real gateway has delivered them. */
    public boolean isSecret() {
        return this == VERIFICATION_CODE;
    }
}
