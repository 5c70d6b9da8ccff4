package org.clinicqueue.application.appointments;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import org.clinicqueue.domain.appointment.Doctor;
import org.clinicqueue.domain.appointment.TimeRange;
import org.clinicqueue.domain.appointment.WorkingDay;
import org.clinicqueue.domain.staff.Role;

/**
 * The demo's bookable doctor (used only by {@code DemoDataSeeder}, in demo mode): the demo doctor account in
 * their room, Monday to Saturday 09:00-17:00 with lunch 13:00-14:00, 15-minute slots. Left alone if present.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class DemoDoctor {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private DoctorCatalog doctors;

    @Inject
    private DoctorSchedules schedules;

    public void seed(String username, String roomCode, String serviceCode) {
        if (!em.createNamedQuery("Doctor.findByUsername", Doctor.class).setParameter("username", username).getResultList().isEmpty()) {
            return;
        }
        DoctorView doctor = doctors.create(new DoctorDefinition(username, null, "General medicine", roomCode, List.of(serviceCode), 15, true));
        List<WorkingDay> week = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY, DayOfWeek.SATURDAY)) {
            week.add(new WorkingDay(day, TimeRange.parse("09:00-17:00"), List.of(TimeRange.parse("13:00-14:00"))));
        }
        schedules.replaceWeek(doctor.id(), null, week);
    }
}
