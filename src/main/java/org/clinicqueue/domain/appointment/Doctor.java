package org.clinicqueue.domain.appointment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.clinicqueue.domain.InvalidInputException;
import org.clinicqueue.domain.queue.ClinicService;
import org.clinicqueue.domain.queue.Counter;
import org.clinicqueue.domain.staff.StaffAccount;

/**
 * A doctor patients can book: a staff member (who signs in to see their own day) with a room (the counter
 * patients are called to) and the services they see patients for, with a weekly schedule and a slot length.
 *
 * <p>Bookings of one doctor are serialised by locking this row ({@code SELECT ... FOR UPDATE}), as issuing
 * locks the service's row: two patients never get the same slot, and the checks made before the insert
 * (the slot exists and is free, one booking per phone and day) cannot race.
 */
@Entity
@Table(name = "doctor")
@NamedQuery(name = "Doctor.findAll", query = "select d from Doctor d order by d.name")
@NamedQuery(name = "Doctor.findActive", query = "select d from Doctor d where d.active = true order by d.name")
@NamedQuery(name = "Doctor.findByUsername", query = "select d from Doctor d where d.account.username = :username")
public class Doctor {

    public static final int MAX_NAME = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "staff_account_id")
    private StaffAccount account;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(length = MAX_NAME)
    private String specialisation;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "counter_id")
    private Counter room;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "doctor_service", joinColumns = @JoinColumn(name = "doctor_id"),
            inverseJoinColumns = @JoinColumn(name = "service_id"))
    private Set<ClinicService> services = new LinkedHashSet<>();

    @Column(name = "slot_minutes", nullable = false)
    private int slotMinutes;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "doctor_working_day", joinColumns = @JoinColumn(name = "doctor_id"))
    private List<WorkingDayRow> workingDays = new ArrayList<>();

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Doctor() {
    }

    public Doctor(StaffAccount account, String name, String specialisation, Counter room, Collection<ClinicService> services, int slotMinutes) {
        if (account == null) {
            throw new InvalidInputException("invalid-doctor", "A doctor is a staff member: choose their account.");
        }
        this.account = account;
        describe(name, specialisation);
        workIn(room, services);
        this.slotMinutes = DoctorSchedule.requireSlotMinutes(slotMinutes);
    }

    public void describe(String newName, String newSpecialisation) {
        String trimmed = newName == null ? "" : newName.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            throw new InvalidInputException("invalid-doctor", "A doctor's name has 1 to " + MAX_NAME + " characters.");
        }
        String speciality = newSpecialisation == null || newSpecialisation.isBlank() ? null : newSpecialisation.strip();
        if (speciality != null && speciality.length() > MAX_NAME) {
            throw new InvalidInputException("invalid-doctor", "The specialisation has at most " + MAX_NAME + " characters.");
        }
        this.name = trimmed;
        this.specialisation = speciality;
    }

    /** The room must serve every one of the doctor's services: checked-in patients wait for that room. */
    public void workIn(Counter newRoom, Collection<ClinicService> newServices) {
        if (newRoom == null) {
            throw new InvalidInputException("invalid-doctor", "Choose the doctor's room (the counter patients are called to).");
        }
        if (newServices == null || newServices.isEmpty()) {
            throw new InvalidInputException("invalid-doctor", "A doctor sees patients for at least one service.");
        }
        for (ClinicService service : newServices) {
            if (!newRoom.serves(service)) {
                throw new InvalidInputException("invalid-doctor", newRoom.getName() + " does not serve " + service.getName()
                        + "; add the service to the room first.");
            }
        }
        this.room = newRoom;
        this.services = new LinkedHashSet<>(newServices);
    }

    public void changeSlotMinutes(int minutes) {
        this.slotMinutes = DoctorSchedule.requireSlotMinutes(minutes);
    }

    /** Replaces the weekly schedule; each day at most once. */
    public void replaceWeek(List<WorkingDay> days) {
        DoctorSchedule.of(slotMinutes, days, List.of()); // checks for a day given twice
        this.workingDays = new ArrayList<>(days.stream().sorted(Comparator.comparing(WorkingDay::day)).map(WorkingDayRow::new).toList());
    }

    public List<WorkingDay> week() {
        return workingDays.stream().map(WorkingDayRow::toWorkingDay).sorted(Comparator.comparing(WorkingDay::day)).toList();
    }

    public DoctorSchedule schedule(List<DatedException> exceptions) {
        return DoctorSchedule.of(slotMinutes, week(), exceptions);
    }

    public boolean worksOn(DayOfWeek day) {
        return week().stream().anyMatch(d -> d.day() == day);
    }

    public boolean sees(ClinicService service) {
        return services.stream().anyMatch(s -> s == service || (s.getId() != null && s.getId().equals(service.getId())));
    }

    /** Same doctor, whether loaded from the database or not yet stored. */
    public boolean isSameAs(Doctor other) {
        return other != null && (this == other || (id != null && id.equals(other.getId())));
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    public Long getId() {
        return id;
    }

    public StaffAccount getAccount() {
        return account;
    }

    public String getName() {
        return name;
    }

    public String getSpecialisation() {
        return specialisation;
    }

    public Counter getRoom() {
        return room;
    }

    public Set<ClinicService> getServices() {
        return Collections.unmodifiableSet(services);
    }

    public int getSlotMinutes() {
        return slotMinutes;
    }

    public boolean isActive() {
        return active;
    }
}
