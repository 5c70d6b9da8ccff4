package org.clinicqueue.application.appointments;

import java.util.List;

/**
 * What an admin gives for a doctor.
 *
 * @param username    the doctor's staff account (they sign in to see their own day)
 * @param counterCode the room their patients are called to; it must serve every one of {@code serviceCodes}
 * @param active      null keeps the current state (a new doctor is active)
 */
public record DoctorDefinition(String username, String name, String specialisation, String counterCode,
                               List<String> serviceCodes, Integer slotMinutes, Boolean active) {
}
