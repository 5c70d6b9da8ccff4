package org.clinicqueue.application.appointments;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.clinicqueue.application.history.QueueHistory;
import org.clinicqueue.application.settings.HospitalClock;
import org.clinicqueue.application.settings.Settings;
import org.clinicqueue.application.verification.PhoneProof;
import org.clinicqueue.application.verification.PhoneVerification;
import org.clinicqueue.application.verification.VerifiedPhoneRule;
import org.clinicqueue.domain.ConflictException;
import org.clinicqueue.domain.InvalidInputException;
import org.clinicqueue.domain.NotFoundException;
import org.clinicqueue.domain.appointment.Appointment;
import org.clinicqueue.domain.appointment.AppointmentRules;
import org.clinicqueue.domain.appointment.AppointmentStatus;
import org.clinicqueue.domain.appointment.Doctor;
import org.clinicqueue.domain.appointment.Slot;
import org.clinicqueue.domain.audit.AuditAction;
import org.clinicqueue.domain.queue.Channel;
import org.clinicqueue.domain.queue.ClinicService;
import org.clinicqueue.domain.queue.PatientDetails;
import org.clinicqueue.domain.settings.SettingKey;
import org.clinicqueue.domain.verification.OtpPolicy;

/**
 * Booking, moving and cancelling appointments, for patients (public, with the code sent to their phone, or
 * the appointment's own link) and for staff (reception books for patients; any staff member moves or
 * cancels). Every change locks the doctor's row first (then the appointment's), so two bookings of one doctor
 * never interleave: two people can never hold the same slot, and the unique key of {@code V7__appointments.sql}
 * refuses it in the database even if this were bypassed. Each change is audited and confirmed by SMS.
 *
 * <p>Patients may move or cancel their booking until the cut-off before it (setting
 * {@code appointments.change-cutoff-minutes}); staff may until the patient checks in.
 */
@Stateless
@PermitAll
public class AppointmentBooking {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ScheduleReader schedules;

    @Inject
    private SlotRules slots;

    @Inject
    private AppointmentCodes codes;

    @Inject
    private AppointmentViews views;

    @Inject
    private AppointmentMessages messages;

    @Inject
    private PhoneVerification verification;

    @Inject
    private VerifiedPhoneRule verifiedPhones;

    @Inject
    private QueueHistory history;

    @Inject
    private HospitalClock clock;

    @Inject
    private Settings settings;

    @Resource
    private SessionContext session;

    public AppointmentView book(BookingRequest request) {
        if (request == null) {
            throw new InvalidInputException("Send doctorId, start, patientName and phone (and the code sent to the phone) as JSON.");
        }
        boolean staff = StaffCaller.isStaff(session);
        PatientDetails patient = PatientDetails.of(request.patientName(), request.phone(), request.language());
        if (!staff && patient.phone() == null) {
            throw new InvalidInputException("phone-required", "Enter your mobile number: the confirmation and reminder are sent there.");
        }
        // Checked (and a wrong try counted) in a transaction of its own, before anything is locked.
        PhoneProof proof = staff ? null : checkCode(patient.phone(), request.code());

        Doctor doctor = schedules.lockDoctor(request.doctorId());
        ClinicService service = serviceOf(doctor, request.serviceCode());
        Slot slot = slots.requireFree(doctor, request.start());
        Instant now = clock.now();
        if (!staff) {
            requireOnePerPhoneAndDay(doctor, patient.phone(), slot, null);
            requireFewUpcoming(patient.phone(), now);
            verifiedPhones.consume(patient.phone(), proof, now);
        }
        Appointment appointment = new Appointment(codes.newCode(), codes.newReference(), doctor, service, slot,
                slots.dateOf(slot.start()), patient, request.reason(), staff ? Channel.RECEPTION : Channel.PHONE,
                StaffCaller.name(session), now);
        em.persist(appointment);
        flushHoldingTheSlot(doctor, slot);
        history.appointment(AuditAction.APPOINTMENT_BOOKED, appointment, null,
                doctor.getName() + ", " + slots.describe(slot.start()) + ", " + service.getCode() + (staff ? "" : ", booked online"));
        messages.booked(appointment);
        return views.of(appointment, staff);
    }

    /** @param key the appointment's code (anyone holding its link), or for staff also its reference */
    public AppointmentView reschedule(String key, RescheduleRequest request) {
        if (request == null || request.start() == null) {
            throw new InvalidInputException("invalid-slot", "Send the new start (and optionally another doctorId) as JSON.");
        }
        boolean staff = StaffCaller.isStaff(session);
        Appointment appointment = find(key, staff);
        Long newDoctorId = request.doctorId() == null ? appointment.getDoctor().getId() : request.doctorId();
        for (Long id : new TreeSet<>(List.of(appointment.getDoctor().getId(), newDoctorId))) {
            schedules.lockDoctor(id); // in id order: two moves between the same doctors never wait on each other
        }
        em.refresh(appointment, LockModeType.PESSIMISTIC_WRITE);
        if (!staff) {
            requireBeforeCutoff(appointment, "move");
        }
        Doctor newDoctor = schedules.doctor(newDoctorId);
        Slot slot = slots.requireFree(newDoctor, request.start());
        if (!staff && appointment.getPhone() != null) {
            requireOnePerPhoneAndDay(newDoctor, appointment.getPhone(), slot, appointment.getId());
        }
        String before = appointment.getDoctor().getName() + ", " + slots.describe(appointment.getSlotStart());
        appointment.reschedule(newDoctor, slot, slots.dateOf(slot.start()), clock.now());
        flushHoldingTheSlot(newDoctor, slot);
        history.appointment(AuditAction.APPOINTMENT_RESCHEDULED, appointment, blankToNull(request.changeReason()),
                before + " → " + newDoctor.getName() + ", " + slots.describe(slot.start()));
        messages.rescheduled(appointment);
        return views.of(appointment, staff);
    }

    public AppointmentView cancel(String key, String reason) {
        boolean staff = StaffCaller.isStaff(session);
        Appointment appointment = find(key, staff);
        schedules.lockDoctor(appointment.getDoctor().getId());
        em.refresh(appointment, LockModeType.PESSIMISTIC_WRITE);
        if (!staff) {
            requireBeforeCutoff(appointment, "cancel");
        }
        appointment.cancel(reason == null || reason.isBlank() ? (staff ? null : "cancelled by the patient") : reason,
                StaffCaller.name(session), clock.now());
        history.appointment(AuditAction.APPOINTMENT_CANCELLED, appointment, appointment.getCancelReason(),
                appointment.getDoctor().getName() + ", " + slots.describe(appointment.getSlotStart()));
        messages.cancelled(appointment);
        return views.of(appointment, staff);
    }

    private Appointment find(String key, boolean staff) {
        return (staff ? codes.byAnyKey(key) : codes.byCode(key))
                .orElseThrow(() -> new NotFoundException("There is no such appointment. Check the link in your SMS."));
    }

    private PhoneProof checkCode(String phone, String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidInputException("code-required", "Enter the " + OtpPolicy.DIGITS + "-digit code we sent to your phone by SMS.");
        }
        return verification.check(phone, code).requireProof();
    }

    private static ClinicService serviceOf(Doctor doctor, String serviceCode) {
        if (serviceCode == null || serviceCode.isBlank()) {
            if (doctor.getServices().size() == 1) {
                return doctor.getServices().iterator().next();
            }
            throw new InvalidInputException("invalid-service", "Choose the service: " + doctor.getName() + " sees patients for "
                    + doctor.getServices().stream().map(ClinicService::getName).toList() + ".");
        }
        String code = serviceCode.strip().toUpperCase(Locale.ROOT);
        return doctor.getServices().stream().filter(s -> s.getCode().equals(code) && s.isActive()).findFirst()
                .orElseThrow(() -> new InvalidInputException("invalid-service", doctor.getName() + " does not see patients for " + serviceCode + "."));
    }

    /** Online, one phone holds one booking per doctor and day (checked under the doctor's lock). */
    private void requireOnePerPhoneAndDay(Doctor doctor, String phone, Slot slot, Long except) {
        long others = em.createQuery("select count(a) from Appointment a where a.phone = :phone and a.doctor = :doctor "
                        + "and a.slotDate = :date and a.status in :active and a.id <> :except", Long.class)
                .setParameter("phone", phone)
                .setParameter("doctor", doctor)
                .setParameter("date", slots.dateOf(slot.start()))
                .setParameter("active", List.of(AppointmentStatus.BOOKED, AppointmentStatus.CHECKED_IN))
                .setParameter("except", except == null ? -1L : except)
                .getSingleResult();
        if (others > 0) {
            throw new ConflictException("already-booked", "This phone number already has an appointment with " + doctor.getName()
                    + " that day. Move that one instead, or ask at reception.");
        }
    }

    private void requireFewUpcoming(String phone, Instant now) {
        int max = settings.get(SettingKey.APPOINTMENT_MAX_PER_PHONE);
        long upcoming = em.createQuery("select count(a) from Appointment a where a.phone = :phone and a.status = :booked "
                        + "and a.slotStart > :now", Long.class)
                .setParameter("phone", phone)
                .setParameter("booked", AppointmentStatus.BOOKED)
                .setParameter("now", now)
                .getSingleResult();
        if (upcoming >= max) {
            throw new ConflictException("too-many-appointments", "This phone number already has " + upcoming
                    + " upcoming appointments, the most that can be booked online. Cancel one, or ask at reception.");
        }
    }

    private void requireBeforeCutoff(Appointment appointment, String what) {
        Duration cutoff = Duration.ofMinutes(settings.get(SettingKey.APPOINTMENT_CHANGE_CUTOFF_MINUTES));
        if (appointment.getStatus() == AppointmentStatus.BOOKED
                && !AppointmentRules.patientMayChange(appointment.getSlotStart(), clock.now(), cutoff)) {
            throw new ConflictException("change-cutoff", "Appointments can be changed or cancelled online until " + describe(cutoff)
                    + " before they start; to " + what + " this one now, please call or ask at reception.");
        }
    }

    /**
     * Writes the booking now, so that the database's own guard (one active booking per doctor and slot) answers
     * here: with a readable 409 rather than an error at commit.
     */
    private void flushHoldingTheSlot(Doctor doctor, Slot slot) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (mentions(e, "uk_appointment_doctor_slot")) {
                throw new ConflictException("slot-taken", "Someone has just booked " + slots.describe(slot.start()) + " with "
                        + doctor.getName() + ". Please choose another time.");
            }
            throw e;
        }
    }

    private static boolean mentions(Throwable e, String constraint) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains(constraint)) {
                return true;
            }
        }
        return false;
    }

    static String describe(Duration d) {
        long minutes = d.toMinutes();
        if (minutes % 60 == 0 && minutes >= 60) {
            return minutes / 60 + (minutes == 60 ? " hour" : " hours");
        }
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
