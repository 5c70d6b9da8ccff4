package org.clinicqueue.application.appointments;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clinicqueue.application.catalog.CounterCatalog;
import org.clinicqueue.application.catalog.ServiceCatalog;
import org.clinicqueue.application.history.QueueHistory;
import org.clinicqueue.domain.ConflictException;
import org.clinicqueue.domain.InvalidInputException;
import org.clinicqueue.domain.NotFoundException;
import org.clinicqueue.domain.appointment.Doctor;
import org.clinicqueue.domain.audit.AuditAction;
import org.clinicqueue.domain.queue.ClinicService;
import org.clinicqueue.domain.queue.Counter;
import org.clinicqueue.domain.staff.Role;
import org.clinicqueue.domain.staff.StaffAccount;

/**
 * Who can be booked. Anyone may list the active doctors (the booking page); admins add and change them,
 * each change audited. A new doctor has no working days until their weekly schedule is set.
 */
@Stateless
public class DoctorCatalog {

    /** A new doctor's slot length when none is given. */
    public static final int DEFAULT_SLOT_MINUTES = 15;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ServiceCatalog services;

    @Inject
    private CounterCatalog counters;

    @Inject
    private QueueHistory history;

    /** Active doctors, optionally only those seeing patients for a service. */
    @PermitAll
    public List<DoctorView> active(String serviceCode) {
        String code = serviceCode == null || serviceCode.isBlank() ? null : serviceCode.strip().toUpperCase(Locale.ROOT);
        return em.createNamedQuery("Doctor.findActive", Doctor.class).getResultList().stream()
                .filter(d -> code == null || d.getServices().stream().anyMatch(s -> s.getCode().equals(code) && s.isActive()))
                .map(DoctorView::of)
                .toList();
    }

    @PermitAll
    public DoctorView get(Long id) {
        return DoctorView.of(require(id));
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.SUPERVISOR, Role.Names.RECEPTION, Role.Names.OPERATOR})
    public List<DoctorView> all() {
        return em.createNamedQuery("Doctor.findAll", Doctor.class).getResultList().stream().map(DoctorView::of).toList();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public DoctorView create(DoctorDefinition definition) {
        StaffAccount account = account(definition.username());
        if (!em.createNamedQuery("Doctor.findByUsername", Doctor.class).setParameter("username", account.getUsername())
                .getResultList().isEmpty()) {
            throw new ConflictException("doctor-exists", account.getUsername() + " is already a doctor.");
        }
        Doctor doctor = new Doctor(account, nameOr(definition.name(), account.getDisplayName()), definition.specialisation(),
                room(definition.counterCode()), services(definition.serviceCodes()),
                definition.slotMinutes() == null ? DEFAULT_SLOT_MINUTES : definition.slotMinutes());
        if (Boolean.FALSE.equals(definition.active())) {
            doctor.deactivate();
        }
        em.persist(doctor);
        em.flush();
        history.configuration(AuditAction.DOCTOR_CREATED, "doctor " + doctor.getName(), describe(doctor));
        return DoctorView.of(doctor);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public DoctorView update(Long id, DoctorDefinition definition) {
        Doctor doctor = require(id);
        String before = describe(doctor);
        doctor.describe(nameOr(definition.name(), doctor.getName()), definition.specialisation());
        doctor.workIn(definition.counterCode() == null ? doctor.getRoom() : room(definition.counterCode()),
                definition.serviceCodes() == null ? doctor.getServices() : services(definition.serviceCodes()));
        if (definition.slotMinutes() != null) {
            doctor.changeSlotMinutes(definition.slotMinutes());
        }
        if (definition.active() != null) {
            if (definition.active()) {
                doctor.activate();
            } else {
                doctor.deactivate();
            }
        }
        history.configuration(AuditAction.DOCTOR_CHANGED, "doctor " + doctor.getName(), before + " → " + describe(doctor));
        return DoctorView.of(doctor);
    }

    Doctor require(Long id) {
        Doctor doctor = id == null ? null : em.find(Doctor.class, id);
        if (doctor == null) {
            throw new NotFoundException("There is no doctor with id " + id + ".");
        }
        return doctor;
    }

    private StaffAccount account(String username) {
        if (username == null || username.isBlank()) {
            throw new InvalidInputException("invalid-doctor", "Choose the doctor's staff account (username).");
        }
        return em.createNamedQuery("StaffAccount.findByUsername", StaffAccount.class)
                .setParameter("username", username.strip().toLowerCase(Locale.ROOT))
                .getResultStream().findFirst()
                .filter(StaffAccount::isActive)
                .orElseThrow(() -> new NotFoundException("There is no active staff account '" + username + "'."));
    }

    private Counter room(String counterCode) {
        if (counterCode == null || counterCode.isBlank()) {
            throw new InvalidInputException("invalid-doctor", "Choose the doctor's room (the counter patients are called to).");
        }
        return counters.require(counterCode.strip());
    }

    private List<ClinicService> services(List<String> codes) {
        List<ClinicService> found = new ArrayList<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            found.add(services.require(code));
        }
        return found;
    }

    private static String nameOr(String name, String fallback) {
        return name == null || name.isBlank() ? fallback : name;
    }

    private static String describe(Doctor d) {
        return d.getName() + " (" + d.getAccount().getUsername() + "), " + d.getRoom().getCode() + ", "
                + d.getServices().stream().map(ClinicService::getCode).sorted().toList() + ", " + d.getSlotMinutes() + " min"
                + (d.isActive() ? "" : ", inactive");
    }
}
