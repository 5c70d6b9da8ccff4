package org.clinicqueue.application.appointments;

import java.util.List;
import org.clinicqueue.domain.appointment.Doctor;

/** A doctor as the booking pages, the API and the console show them (no account details but the username). */
public record DoctorView(Long id, String name, String specialisation, String username, String roomCode, String roomName,
                         Long roomId, List<ServiceRef> services, int slotMinutes, boolean active) {

    /** A service the doctor sees patients for. */
    public record ServiceRef(String code, String name) {
    }

    public static DoctorView of(Doctor d) {
        return new DoctorView(d.getId(), d.getName(), d.getSpecialisation(), d.getAccount().getUsername(), d.getRoom().getCode(),
                d.getRoom().getName(), d.getRoom().getId(),
                d.getServices().stream().map(s -> new ServiceRef(s.getCode(), s.getName())).toList(), d.getSlotMinutes(), d.isActive());
    }
}
