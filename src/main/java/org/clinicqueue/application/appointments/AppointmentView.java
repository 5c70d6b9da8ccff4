package org.clinicqueue.application.appointments;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An appointment as its holder (the patient with the link) or staff see it. The public view never carries the
 * full phone number (only its last digits).
 *
 * @param stage            the visit's progress: BOOKED, WAITING, WITH_DOCTOR, DONE, MISSED, CANCELLED
 * @param date             the slot's date and {@code time} its start, in the hospital's time zone
 * @param expectedAt       when the patient can expect to be seen: the slot, moved by the doctor's announced
 *                         delay on the day
 * @param patientMayChange whether the patient may still move or cancel it themselves (before the cut-off)
 * @param changeUntil      the patient's cut-off
 * @param manageUrl        the appointment's own page ({@code /a/{code}}), as in the SMS and the QR code
 * @param ticketStatusUrl  once checked in: the token's live status page
 */
public record AppointmentView(String code, String reference, String status, String stage,
                              Long doctorId, String doctorName, String specialisation, String roomName,
                              String serviceCode, String serviceName,
                              Instant start, Instant end, LocalDate date, String time, String timeZone,
                              String patientName, String phone, String language, String reason,
                              Instant expectedAt, int doctorLateMinutes, boolean patientMayChange, Instant changeUntil,
                              Instant bookedAt, String bookedBy, int rescheduleCount,
                              Instant cancelledAt, String cancelReason, Instant checkedInAt, boolean keptSlotPriority,
                              String ticketNumber, String ticketTrackingId, String ticketStatus, String ticketStatusUrl,
                              String manageUrl) {
}
