package org.clinicqueue.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clinicqueue.application.appointments.AppointmentView;
import org.clinicqueue.application.appointments.DoctorCatalog;
import org.clinicqueue.application.appointments.DoctorDefinition;
import org.clinicqueue.application.appointments.DoctorSchedules;
import org.clinicqueue.application.appointments.DoctorView;
import org.clinicqueue.application.appointments.ExceptionView;
import org.clinicqueue.application.appointments.ScheduleChange;
import org.clinicqueue.application.appointments.WeekView;
import org.clinicqueue.application.queries.CounterView;
import org.clinicqueue.application.queries.QueueQueries;
import org.clinicqueue.application.settings.HospitalClock;
import org.clinicqueue.domain.appointment.DatedException;
import org.clinicqueue.domain.appointment.ExceptionKind;
import org.clinicqueue.domain.appointment.TimeRange;
import org.clinicqueue.domain.appointment.WorkingDay;

/**
 * {@code /console/supervisor/schedules.xhtml}: supervisors and admins edit a doctor's weekly hours (slot
 * length, working days, breaks) and enter leave, hospital holidays and extra sessions. After a change the
 * page lists the bookings that no longer fit, for staff to move (patients displaced by leave were told by
 * SMS). Admins also add doctors here.
 */
@Named
@ViewScoped
public class SchedulesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One day of the week as the form edits it. */
    public static final class WeekRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final DayOfWeek day;
        private boolean works;
        private String hours;
        private String breaks;

        WeekRow(DayOfWeek day) {
            this.day = day;
        }

        public DayOfWeek getDay() {
            return day;
        }

        public boolean isWorks() {
            return works;
        }

        public void setWorks(boolean works) {
            this.works = works;
        }

        public String getHours() {
            return hours;
        }

        public void setHours(String hours) {
            this.hours = hours;
        }

        public String getBreaks() {
            return breaks;
        }

        public void setBreaks(String breaks) {
            this.breaks = breaks;
        }
    }

    @Inject
    private DoctorCatalog doctors;

    @Inject
    private DoctorSchedules schedules;

    @Inject
    private QueueQueries queries;

    @Inject
    private HospitalClock clock;

    private List<DoctorView> doctorList = List.of();
    private Long doctorId;
    private Integer slotMinutes;
    private List<WeekRow> week = new ArrayList<>();
    private List<ExceptionView> exceptions = List.of();
    private List<AppointmentView> affected = List.of();

    private boolean forEveryone;
    private ExceptionKind kind = ExceptionKind.LEAVE;
    private LocalDate firstDate;
    private LocalDate lastDate;
    private String startsAt;
    private String endsAt;
    private String reason;

    private String newUsername;
    private String newName;
    private String newSpecialisation;
    private String newRoom;
    private List<String> newServices = new ArrayList<>();
    private List<CounterView> rooms = List.of();

    @PostConstruct
    void init() {
        doctorList = doctors.all();
        rooms = queries.counters().stream().filter(CounterView::active).toList();
        if (!doctorList.isEmpty()) {
            doctorId = doctorList.get(0).id();
        }
        chooseDoctor();
    }

    public void chooseDoctor() {
        affected = List.of();
        week = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            week.add(new WeekRow(day));
        }
        if (doctorId != null) {
            WeekView current = Feedback.attempt(() -> schedules.week(doctorId), null);
            if (current != null) {
                slotMinutes = current.slotMinutes();
                Map<String, WeekView.Day> byDay = current.days().stream().collect(Collectors.toMap(WeekView.Day::day, Function.identity()));
                for (WeekRow row : week) {
                    WeekView.Day d = byDay.get(row.day.name());
                    row.works = d != null;
                    row.hours = d == null ? null : d.hours();
                    row.breaks = d == null ? null : String.join(", ", d.breaks());
                }
            }
        }
        loadExceptions();
    }

    public void saveWeek() {
        ScheduleChange change = Feedback.attempt(() -> {
            List<WorkingDay> days = new ArrayList<>();
            for (WeekRow row : week) {
                if (row.works) {
                    days.add(new WorkingDay(row.day, TimeRange.parse(row.hours), TimeRange.parseList(row.breaks)));
                }
            }
            return schedules.replaceWeek(doctorId, slotMinutes, days);
        }, Messages.text("schedules.saved"));
        if (change != null) {
            affected = change.affected();
        }
    }

    public void addException() {
        ScheduleChange change = Feedback.attempt(() -> {
            boolean timed = startsAt != null && !startsAt.isBlank() || endsAt != null && !endsAt.isBlank();
            DatedException what = new DatedException(kind, firstDate, lastDate, timed ? TimeRange.of(startsAt, endsAt) : null);
            return schedules.addException(forEveryone ? null : doctorId, what, reason);
        }, Messages.text("schedules.exceptionAdded"));
        if (change != null) {
            affected = change.affected();
            reason = null;
            startsAt = null;
            endsAt = null;
            loadExceptions();
        }
    }

    public void withdraw(Long exceptionId) {
        if (Feedback.run(() -> schedules.withdrawException(exceptionId), Messages.text("schedules.exceptionWithdrawn"))) {
            loadExceptions();
        }
    }

    public void createDoctor() {
        DoctorView created = Feedback.attempt(() -> doctors.create(new DoctorDefinition(newUsername, newName, newSpecialisation, newRoom,
                newServices, slotMinutes, true)), Messages.text("schedules.doctorAdded"));
        if (created != null) {
            doctorList = doctors.all();
            doctorId = created.id();
            newUsername = null;
            newName = null;
            newSpecialisation = null;
            chooseDoctor();
        }
    }

    private void loadExceptions() {
        LocalDate today = clock.today();
        List<ExceptionView> read = Feedback.attempt(() -> schedules.exceptions(today, today.plusDays(180), doctorId), null);
        exceptions = read == null ? List.of() : read;
    }

    public List<ExceptionKind> getKinds() {
        return List.of(ExceptionKind.values());
    }

    /** The services rooms serve (a doctor's services must be their room's). */
    public List<String> getServiceCodes() {
        return rooms.stream().flatMap(r -> r.serviceCodes().stream()).distinct().sorted().toList();
    }

    public List<DoctorView> getDoctors() {
        return doctorList;
    }

    public Long getDoctorId() {
        return doctorId;
    }

    public void setDoctorId(Long doctorId) {
        this.doctorId = doctorId;
    }

    public Integer getSlotMinutes() {
        return slotMinutes;
    }

    public void setSlotMinutes(Integer slotMinutes) {
        this.slotMinutes = slotMinutes;
    }

    public List<WeekRow> getWeek() {
        return week;
    }

    public List<ExceptionView> getExceptions() {
        return exceptions;
    }

    public List<AppointmentView> getAffected() {
        return affected;
    }

    public boolean isForEveryone() {
        return forEveryone;
    }

    public void setForEveryone(boolean forEveryone) {
        this.forEveryone = forEveryone;
    }

    public ExceptionKind getKind() {
        return kind;
    }

    public void setKind(ExceptionKind kind) {
        this.kind = kind;
    }

    public LocalDate getFirstDate() {
        return firstDate;
    }

    public void setFirstDate(LocalDate firstDate) {
        this.firstDate = firstDate;
    }

    public LocalDate getLastDate() {
        return lastDate;
    }

    public void setLastDate(LocalDate lastDate) {
        this.lastDate = lastDate;
    }

    public String getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(String startsAt) {
        this.startsAt = startsAt;
    }

    public String getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(String endsAt) {
        this.endsAt = endsAt;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getNewUsername() {
        return newUsername;
    }

    public void setNewUsername(String newUsername) {
        this.newUsername = newUsername;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewSpecialisation() {
        return newSpecialisation;
    }

    public void setNewSpecialisation(String newSpecialisation) {
        this.newSpecialisation = newSpecialisation;
    }

    public String getNewRoom() {
        return newRoom;
    }

    public void setNewRoom(String newRoom) {
        this.newRoom = newRoom;
    }

    public List<String> getNewServices() {
        return newServices;
    }

    public void setNewServices(List<String> newServices) {
        this.newServices = newServices;
    }

    public List<CounterView> getRooms() {
        return rooms;
    }
}
