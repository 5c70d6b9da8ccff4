package org.clinicqueue.application.audit;

import java.time.LocalDate;
import org.clinicqueue.domain.audit.AuditAction;

/**
 * What the audit view is narrowed to; every part is optional (null or blank: no restriction).
 *
 * @param from         first day, inclusive, in the hospital's time zone
 * @param to           last day, inclusive, in the hospital's time zone
 * @param actor        the staff user name, exactly
 * @param ticketNumber the number as printed ({@code OPD-007}), exactly, any case
 * @param counter      part of the counter's name ("Room 1"), any case
 */
public record AuditFilter(LocalDate from, LocalDate to, String actor, String ticketNumber, String counter, AuditAction action) {

    public static AuditFilter everything() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
