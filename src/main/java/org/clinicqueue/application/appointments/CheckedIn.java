package org.clinicqueue.application.appointments;

/**
 * The answer to a check-in: the appointment, and the token it became (what reception prints or says).
 *
 * @param keptSlotPriority whether the patient arrived in time to keep the slot's place (else: queued as a walk-in)
 */
public record CheckedIn(AppointmentView appointment, Long ticketId, String number, String trackingId, String statusUrl, String roomName,
                        int peopleAhead, int estimatedWaitMinutes, boolean keptSlotPriority) {
}
