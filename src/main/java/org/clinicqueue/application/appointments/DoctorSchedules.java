package org.clinicqueue.application.appointments;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.clinicqueue.application.history.QueueHistory;
import org.clinicqueue.application.settings.HospitalClock;
import org.clinicqueue.domain.InvalidInputException;
import org.clinicqueue.domain.NotFoundException;
import org.clinicqueue.domain.appointment.Appointment;
import org.clinicqueue.domain.appointment.AppointmentStatus;
import org.clinicqueue.domain.appointment.DatedException;
import org.clinicqueue.domain.appointment.Doctor;
import org.clinicqueue.domain.appointment.DoctorSchedule;
import org.clinicqueue.domain.appointment.ExceptionKind;
import org.clinicqueue.domain.appointment.ScheduleException;
import org.clinicqueue.domain.appointment.SlotCalculator;
import org.clinicqueue.domain.appointment.WorkingDay;
import org.clinicqueue.domain.audit.AuditAction;
import org.clinicqueue.domain.staff.Role;

/**
 * Admins and supervisors edit doctors' weekly schedules and dated exceptions. Each change locks the doctor's
 * row (every doctor's, in id order, for a hospital holiday), so no booking slips into a slot while it is
 * taken away, and answers with the upcoming bookings that no longer fit. Leave and holidays also tell those
 * patients by SMS, with the link to choose another time; staff move the others from the list.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.SUPERVISOR})
public class DoctorSchedules {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ScheduleReader schedules;

    @Inject
    private AppointmentViews views;

    @Inject
    private AppointmentMessages messages;

    @Inject
    private QueueHistory history;

    @Inject
    private HospitalClock clock;

    @Resource
    private SessionContext session;

    @RolesAllowed({Role.Names.ADMIN, Role.Names.SUPERVISOR, Role.Names.RECEPTION, Role.Names.OPERATOR})
    public WeekView week(Long doctorId) {
        return weekOf(schedules.doctor(doctorId));
    }

    /** Replaces the weekly hours (and, if given, the slot length). Bookings that no longer fit are listed. */
    public ScheduleChange replaceWeek(Long doctorId, Integer slotMinutes, List<WorkingDay> days) {
        if (days == null) {
            throw new InvalidInputException("invalid-schedule", "Send the working days (an empty list: no regular hours).");
        }
        Doctor doctor = schedules.lockDoctor(doctorId);
        String before = describe(weekOf(doctor));
        if (slotMinutes != null) {
            doctor.changeSlotMinutes(slotMinutes);
        }
        doctor.replaceWeek(days);
        WeekView after = weekOf(doctor);
        history.configuration(AuditAction.SCHEDULE_CHANGED, "schedule of " + doctor.getName(), before + " → " + describe(after));
        return new ScheduleChange(after, null, affected(List.of(doctor), clock.today(), null).stream().map(a -> views.of(a, true)).toList());
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.SUPERVISOR, Role.Names.RECEPTION, Role.Names.OPERATOR})
    public List<ExceptionView> exceptions(LocalDate from, LocalDate to, Long doctorId) {
        LocalDate first = from == null ? clock.today() : from;
        LocalDate last = to == null ? first.plusDays(90) : to;
        return em.createNamedQuery("ScheduleException.between", ScheduleException.class)
                .setParameter("from", first).setParameter("to", last)
                .getResultList().stream()
                .filter(e -> doctorId == null || e.getDoctor() == null || e.getDoctor().getId().equals(doctorId))
                .map(ExceptionView::of)
                .toList();
    }

    /**
     * Adds leave, a holiday (no doctor: for everyone) or an extra session. Upcoming bookings it takes away are
     * returned, and their patients told by SMS.
     */
    public ScheduleChange addException(Long doctorId, DatedException what, String reason) {
        if (what == null) {
            throw new InvalidInputException("invalid-exception", "Send kind, firstDate (and lastDate, startsAt, endsAt) as JSON.");
        }
        List<Doctor> doctors = lockDoctors(doctorId);
        Doctor doctor = doctorId == null ? null : doctors.get(0);
        ScheduleException exception = new ScheduleException(doctor, what, reason, clock.now(), session.getCallerPrincipal().getName());
        em.persist(exception);
        em.flush();
        history.configuration(AuditAction.SCHEDULE_EXCEPTION_ADDED, exception.describe(), exception.getReason());
        List<AppointmentView> affected = new ArrayList<>();
        if (what.kind().removesSlots()) {
            for (Appointment a : affected(doctors, what.firstDate(), what.lastDate())) {
                messages.doctorAway(a, exception.getId());
                affected.add(views.of(a, true));
            }
        }
        return new ScheduleChange(null, ExceptionView.of(exception), affected);
    }

    /** The leave was cancelled, the holiday moved: the slots come back (nothing is deleted). */
    public ScheduleChange withdrawException(Long exceptionId) {
        ScheduleException exception = exceptionId == null ? null : em.find(ScheduleException.class, exceptionId);
        if (exception == null) {
            throw new NotFoundException("There is no schedule exception with id " + exceptionId + ".");
        }
        lockDoctors(exception.getDoctor() == null ? null : exception.getDoctor().getId());
        exception.withdraw(clock.now(), session.getCallerPrincipal().getName());
        history.configuration(AuditAction.SCHEDULE_EXCEPTION_WITHDRAWN, exception.describe(), null);
        return new ScheduleChange(null, ExceptionView.of(exception), List.of());
    }

    /** One doctor, or (for a holiday) every active doctor, locked in id order. */
    private List<Doctor> lockDoctors(Long doctorId) {
        if (doctorId != null) {
            return List.of(schedules.lockDoctor(doctorId));
        }
        List<Long> ids = em.createQuery("select d.id from Doctor d where d.active = true order by d.id", Long.class).getResultList();
        return ids.stream().map(schedules::lockDoctor).toList();
    }

    /** Upcoming booked appointments of the doctors (between the dates, or all from {@code from}) the schedule no longer has. */
    private List<Appointment> affected(List<Doctor> doctors, LocalDate from, LocalDate to) {
        ZoneId zone = clock.zone();
        Instant now = clock.now();
        LocalDate first = from.isBefore(clock.today()) ? clock.today() : from;
        List<Appointment> result = new ArrayList<>();
        for (Doctor doctor : doctors) {
            var query = em.createQuery("select a from Appointment a where a.doctor = :doctor and a.status = :booked "
                            + "and a.slotStart > :now and a.slotDate >= :first" + (to == null ? "" : " and a.slotDate <= :last")
                            + " order by a.slotStart", Appointment.class)
                    .setParameter("doctor", doctor)
                    .setParameter("booked", AppointmentStatus.BOOKED)
                    .setParameter("now", now)
                    .setParameter("first", first);
            if (to != null) {
                query.setParameter("last", to);
            }
            List<Appointment> candidates = query.getResultList();
            if (candidates.isEmpty()) {
                continue;
            }
            LocalDate last = candidates.get(candidates.size() - 1).getSlotDate();
            DoctorSchedule schedule = schedules.schedule(doctor, first, last.isBefore(first) ? first : last);
            candidates.stream().filter(a -> SlotCalculator.slotAt(schedule, a.getSlotStart(), zone).isEmpty()).forEach(result::add);
        }
        return result;
    }

    private static WeekView weekOf(Doctor doctor) {
        return new WeekView(doctor.getId(), doctor.getName(), doctor.getSlotMinutes(), doctor.week().stream().map(WeekView.Day::of).toList());
    }

    private static String describe(WeekView week) {
        StringBuilder text = new StringBuilder(week.slotMinutes() + " min");
        for (WeekView.Day d : week.days()) {
            text.append("; ").append(d.day(), 0, 3).append(' ').append(d.hours());
            if (!d.breaks().isEmpty()) {
                text.append(" breaks ").append(String.join(",", d.breaks()));
            }
        }
        return text.toString();
    }

}
