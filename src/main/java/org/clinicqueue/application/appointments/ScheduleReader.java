package org.clinicqueue.application.appointments;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.clinicqueue.domain.NotFoundException;
import org.clinicqueue.domain.appointment.DatedException;
import org.clinicqueue.domain.appointment.Doctor;
import org.clinicqueue.domain.appointment.DoctorSchedule;
import org.clinicqueue.domain.appointment.ScheduleException;

/**
 * Reads what the slot calculation needs from the database: a doctor's schedule with the exceptions of some
 * dates, and the slots already held by bookings. Also takes the doctor's row lock that serialises bookings.
 */
@Dependent
public class ScheduleReader {

    @PersistenceContext
    private EntityManager em;

    public Doctor doctor(Long id) {
        Doctor doctor = id == null ? null : em.find(Doctor.class, id);
        if (doctor == null) {
            throw new NotFoundException("There is no doctor with id " + id + ".");
        }
        return doctor;
    }

    /**
     * Locks the doctor's row for the rest of the transaction (only that row: not the room or the services it
     * refers to), then reads the doctor as the lock holder sees them.
     */
    public Doctor lockDoctor(Long id) {
        if (id == null || em.createNativeQuery("SELECT id FROM doctor WHERE id = ?1 FOR UPDATE").setParameter(1, id).getResultList().isEmpty()) {
            throw new NotFoundException("There is no doctor with id " + id + ".");
        }
        Doctor doctor = em.find(Doctor.class, id);
        em.refresh(doctor);
        return doctor;
    }

    /** The doctor's schedule with the exceptions (their own and the hospital's holidays) between the dates. */
    public DoctorSchedule schedule(Doctor doctor, LocalDate from, LocalDate to) {
        List<DatedException> exceptions = em.createNamedQuery("ScheduleException.forDoctorBetween", ScheduleException.class)
                .setParameter("doctor", doctor)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList().stream()
                .map(ScheduleException::toDated)
                .toList();
        return doctor.schedule(exceptions);
    }

    /** The starts of the slots active bookings hold on that date (hospital time). */
    public Set<Instant> takenStarts(Doctor doctor, LocalDate date, ZoneId zone) {
        return takenStarts(doctor, date.atStartOfDay(zone).toInstant(), date.plusDays(1).atStartOfDay(zone).toInstant());
    }

    public Set<Instant> takenStarts(Doctor doctor, Instant from, Instant to) {
        return new HashSet<>(em.createNamedQuery("Appointment.takenStarts", Instant.class)
                .setParameter("doctor", doctor)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList());
    }
}
