package org.clinicqueue.application.appointments;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clinicqueue.application.settings.HospitalClock;
import org.clinicqueue.domain.InvalidInputException;
import org.clinicqueue.domain.NotFoundException;
import org.clinicqueue.domain.appointment.Appointment;
import org.clinicqueue.domain.appointment.AppointmentStatus;
import org.clinicqueue.domain.appointment.Doctor;
import org.clinicqueue.domain.appointment.DoctorSchedule;
import org.clinicqueue.domain.appointment.ScheduleException;
import org.clinicqueue.domain.appointment.Slot;
import org.clinicqueue.domain.appointment.SlotCalculator;
import org.clinicqueue.domain.appointment.VisitStage;
import org.clinicqueue.domain.queue.PatientDetails;
import org.clinicqueue.domain.staff.Role;

/** Read-only views of appointments: the patient's own (by its code), staff search, day views and the calendar. */
@Stateless
public class AppointmentQueries {

    private static final int MAX_RESULTS = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AppointmentCodes codes;

    @Inject
    private AppointmentViews views;

    @Inject
    private ScheduleReader schedules;

    @Inject
    private HospitalClock clock;

    @Resource
    private SessionContext session;

    /** The patient's own appointment, by the code in their link only. */
    @PermitAll
    public AppointmentView byCode(String code) {
        return codes.byCode(code).map(a -> views.of(a, StaffCaller.isStaff(session)))
                .orElseThrow(() -> new NotFoundException("There is no such appointment. Check the link in your SMS."));
    }

    /** By code, scanned link or reference. */
    @RolesAllowed({Role.Names.RECEPTION, Role.Names.SUPERVISOR, Role.Names.ADMIN, Role.Names.OPERATOR})
    public AppointmentView find(String key) {
        return codes.byAnyKey(key).map(a -> views.of(a, true))
                .orElseThrow(() -> new NotFoundException("There is no appointment '" + key + "'."));
    }

    /**
     * Reception's search: by phone (that phone's appointments from today on), by code/link/reference, or by part
     * of the name on a date; optionally one doctor's. Cancelled ones are included (marked so).
     */
    @RolesAllowed({Role.Names.RECEPTION, Role.Names.SUPERVISOR, Role.Names.ADMIN, Role.Names.OPERATOR})
    public List<AppointmentView> search(LocalDate date, Long doctorId, String phone, String text) {
        ZoneId zone = clock.zone();
        LocalDate today = clock.today();
        if (text != null && !text.isBlank()) {
            var exact = codes.byAnyKey(text);
            if (exact.isPresent()) {
                return List.of(views.of(exact.get(), true));
            }
        }
        StringBuilder jpql = new StringBuilder("select a from Appointment a where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        String normalisedPhone = PatientDetails.normalisePhone(phone);
        if (normalisedPhone != null) {
            jpql.append(" and a.phone = :phone and a.slotDate >= :from");
            parameters.put("phone", normalisedPhone);
            parameters.put("from", date == null ? today : date);
        } else {
            LocalDate day = date == null ? today : date;
            jpql.append(" and a.slotStart >= :from and a.slotStart < :to");
            parameters.put("from", day.atStartOfDay(zone).toInstant());
            parameters.put("to", day.plusDays(1).atStartOfDay(zone).toInstant());
        }
        if (doctorId != null) {
            jpql.append(" and a.doctor.id = :doctor");
            parameters.put("doctor", doctorId);
        }
        if (text != null && !text.isBlank()) {
            jpql.append(" and lower(a.patientName) like :name");
            parameters.put("name", "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        jpql.append(" order by a.slotStart, a.id");
        var query = em.createQuery(jpql.toString(), Appointment.class).setMaxResults(MAX_RESULTS);
        parameters.forEach(query::setParameter);
        return query.getResultList().stream().map(a -> views.of(a, true)).toList();
    }

    @RolesAllowed({Role.Names.RECEPTION, Role.Names.SUPERVISOR, Role.Names.ADMIN, Role.Names.OPERATOR})
    public DayPlan day(Long doctorId, LocalDate date) {
        return plan(schedules.doctor(doctorId), date == null ? clock.today() : date);
    }

    /** The signed-in doctor's own day. */
    @RolesAllowed({Role.Names.OPERATOR, Role.Names.SUPERVISOR, Role.Names.ADMIN, Role.Names.RECEPTION})
    public DayPlan myDay(LocalDate date) {
        return plan(me(), date == null ? clock.today() : date);
    }

    /** The signed-in staff member's doctor profile, if they are a doctor. */
    @RolesAllowed({Role.Names.OPERATOR, Role.Names.SUPERVISOR, Role.Names.ADMIN, Role.Names.RECEPTION})
    public DoctorView myDoctor() {
        return DoctorView.of(me());
    }

    /** Reception's calendar: the day of every active doctor (of one service, if given). */
    @RolesAllowed({Role.Names.RECEPTION, Role.Names.SUPERVISOR, Role.Names.ADMIN, Role.Names.OPERATOR})
    public List<DayPlan> calendar(LocalDate date, String serviceCode) {
        String code = serviceCode == null || serviceCode.isBlank() ? null : serviceCode.strip().toUpperCase(Locale.ROOT);
        LocalDate day = date == null ? clock.today() : date;
        return em.createNamedQuery("Doctor.findActive", Doctor.class).getResultList().stream()
                .filter(d -> code == null || d.getServices().stream().anyMatch(s -> s.getCode().equals(code)))
                .map(d -> plan(d, day))
                .toList();
    }

    private Doctor me() {
        String username = session.getCallerPrincipal().getName();
        return em.createNamedQuery("Doctor.findByUsername", Doctor.class).setParameter("username", username)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException(username + " is not set up as a doctor; an admin can add you."));
    }

    private DayPlan plan(Doctor doctor, LocalDate date) {
        if (date.isBefore(LocalDate.of(2000, 1, 1)) || date.isAfter(clock.today().plusYears(2))) {
            throw new InvalidInputException("invalid-date", "Choose a date within two years.");
        }
        ZoneId zone = clock.zone();
        Instant now = clock.now();
        DoctorSchedule schedule = schedules.schedule(doctor, date, date);
        List<Appointment> booked = em.createNamedQuery("Appointment.ofDoctorBetween", Appointment.class)
                .setParameter("doctor", doctor)
                .setParameter("from", date.atStartOfDay(zone).toInstant())
                .setParameter("to", date.plusDays(1).atStartOfDay(zone).toInstant())
                .getResultList().stream()
                .filter(a -> a.getStatus() != AppointmentStatus.CANCELLED)
                .toList();
        Map<Instant, Appointment> byStart = new HashMap<>();
        booked.forEach(a -> byStart.put(a.getSlotStart(), a));
        List<DayPlan.Row> rows = new ArrayList<>();
        List<Slot> slots = SlotCalculator.slots(schedule, date, zone);
        for (Slot slot : slots) {
            Appointment a = byStart.remove(slot.start());
            rows.add(new DayPlan.Row(slot.localStart().toLocalTime().toString(), slot.start(), a == null, !slot.start().isAfter(now),
                    false, a == null ? null : views.of(a, true)));
        }
        for (Appointment a : byStart.values()) {
            rows.add(new DayPlan.Row(a.getSlotStart().atZone(zone).toLocalTime().toString(), a.getSlotStart(), false,
                    !a.getSlotStart().isAfter(now), true, views.of(a, true)));
        }
        rows.sort(Comparator.comparing(DayPlan.Row::start));
        List<String> exceptions = em.createNamedQuery("ScheduleException.forDoctorBetween", ScheduleException.class)
                .setParameter("doctor", doctor).setParameter("from", date).setParameter("to", date)
                .getResultList().stream()
                .map(e -> e.describe() + (e.getReason() == null ? "" : ": " + e.getReason()))
                .toList();
        return new DayPlan(DoctorView.of(doctor), date, zone.getId(), SlotCalculator.isDayOff(schedule, date), exceptions, rows,
                counts(rows));
    }

    private static DayPlan.Counts counts(List<DayPlan.Row> rows) {
        int[] n = new int[VisitStage.values().length];
        int free = 0;
        for (DayPlan.Row row : rows) {
            if (row.appointment() != null) {
                n[VisitStage.valueOf(row.appointment().stage()).ordinal()]++;
            } else if (row.free() && !row.past()) {
                free++;
            }
        }
        return new DayPlan.Counts(n[VisitStage.BOOKED.ordinal()], n[VisitStage.WAITING.ordinal()], n[VisitStage.WITH_DOCTOR.ordinal()],
                n[VisitStage.DONE.ordinal()], n[VisitStage.MISSED.ordinal()], free);
    }
}
