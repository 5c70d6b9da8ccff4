package org.clinicqueue.application.appointments;

import java.time.Instant;

/**
 * Moving a booking to another slot.
 *
 * @param doctorId     another doctor of the same service, or null for the same doctor
 * @param changeReason why (staff; goes to the audit trail)
 */
public record RescheduleRequest(Instant start, Long doctorId, String changeReason) {
}
