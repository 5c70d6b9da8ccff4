package org.clinicqueue.application.appointments;

import java.time.Instant;

/**
 * A booking, from the patient's phone or from reception.
 *
 * @param serviceCode may be left out when the doctor sees patients for one service only
 * @param start       the chosen slot's start, as the slot list gave it
 * @param phone       required from the public pages (it gets the confirmation and is verified); optional for staff
 * @param code        the one-time code sent to the phone (public bookings); staff need none
 */
public record BookingRequest(Long doctorId, String serviceCode, Instant start, String patientName, String phone,
                             String language, String reason, String code) {
}
