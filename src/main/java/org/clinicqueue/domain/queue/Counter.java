package org.clinicqueue.domain.queue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.clinicqueue.domain.ConflictException;
import org.clinicqueue.domain.InvalidInputException;

/**
 * A desk or a doctor's room where patients are called to. It serves one or more services, is staffed by one
 * person at a time, and is AVAILABLE, SERVING (a patient is called or in service), ON_BREAK or CLOSED.
 * A doctor running late records by how many minutes, which the wait estimates of their patients include.
 */
@Entity
@Table(name = "service_counter")
@NamedQuery(name = "Counter.findAll", query = "select c from Counter c order by c.name")
@NamedQuery(name = "Counter.findByCode", query = "select c from Counter c where c.code = :code")
@NamedQuery(name = "Counter.findServing", query = "select distinct c from Counter c join c.services s where s = :service and c.active = true")
public class Counter {

    public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9-]{0,19}");
    public static final int MAX_LATE_MINUTES = 240;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String code;

    @Column(nullable = false, length = 80)
    private String name;

    @Column(name = "spoken_name", length = 200)
    private String spokenName;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "counter_service", joinColumns = @JoinColumn(name = "counter_id"),
            inverseJoinColumns = @JoinColumn(name = "service_id"))
    private Set<ClinicService> services = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CounterStatus status = CounterStatus.CLOSED;

    @Column(name = "status_since", nullable = false)
    private Instant statusSince;

    @Column(name = "staff_username", length = 64)
    private String staffUsername;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "current_ticket_id")
    private Ticket currentTicket;

    @Column(name = "late_minutes", nullable = false)
    private int lateMinutes;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Counter() {
    }

    public Counter(String code, String name, Collection<ClinicService> services, Instant now) {
        String trimmed = code == null ? "" : code.strip();
        if (!CODE.matcher(trimmed).matches()) {
            throw new InvalidInputException("A counter code has 1 to 20 capital letters, digits or '-', starting with a letter (e.g. ROOM-3).");
        }
        this.code = trimmed;
        rename(name, null);
        serve(services);
        this.statusSince = now;
    }

    public void rename(String newName, String newSpokenName) {
        String trimmed = newName == null ? "" : newName.strip();
        if (trimmed.isEmpty() || trimmed.length() > 80) {
            throw new InvalidInputException("A counter name has 1 to 80 characters.");
        }
        this.name = trimmed;
        this.spokenName = newSpokenName == null || newSpokenName.isBlank() ? null : newSpokenName.strip();
    }

    public void serve(Collection<ClinicService> newServices) {
        if (newServices == null || newServices.isEmpty()) {
            throw new InvalidInputException("A counter must serve at least one service.");
        }
        this.services = new LinkedHashSet<>(newServices);
    }

    public boolean serves(ClinicService service) {
        return services.stream().anyMatch(s -> s == service || (s.getId() != null && s.getId().equals(service.getId())));
    }

    /** Same counter, whether loaded from the database or not yet stored. */
    public boolean isSameAs(Counter other) {
        return other != null && (this == other || (id != null && id.equals(other.getId())));
    }

    /** Someone starts working here (or takes over). Coming back from a break or closure resumes calls. */
    public void open(String staff, Instant now) {
        requireActive();
        this.staffUsername = staff;
        if (status != CounterStatus.SERVING) {
            changeStatus(CounterStatus.AVAILABLE, now);
        }
    }

    public void takeBreak(Instant now) {
        requireNoPatient("going on break");
        changeStatus(CounterStatus.ON_BREAK, now);
    }

    public void close(Instant now) {
        requireNoPatient("closing");
        changeStatus(CounterStatus.CLOSED, now);
        this.staffUsername = null;
        this.lateMinutes = 0;
    }

    public void runLate(int minutes) {
        if (minutes < 0 || minutes > MAX_LATE_MINUTES) {
            throw new InvalidInputException("Running late takes 0 to " + MAX_LATE_MINUTES + " minutes.");
        }
        this.lateMinutes = minutes;
    }

    /** The counter now has this patient (called, then in service) until it is finished, held or transferred. */
    public void attend(Ticket ticket, Instant now) {
        requireActive();
        if (!status.isOpen()) {
            throw new ConflictException("counter-not-open", name + " is " + status.name().toLowerCase().replace('_', ' ')
                    + "; set it to available first.");
        }
        if (currentTicket != null && currentTicket != ticket) {
            throw new ConflictException("counter-busy", name + " is already serving " + currentTicket.displayNumber()
                    + "; complete, hold or transfer that patient first.");
        }
        this.currentTicket = ticket;
        changeStatus(CounterStatus.SERVING, now);
    }

    /** The current patient left the counter (done, no-show, held, transferred or cancelled). */
    public void release(Instant now) {
        this.currentTicket = null;
        if (status == CounterStatus.SERVING) {
            changeStatus(CounterStatus.AVAILABLE, now);
        }
    }

    public void deactivate(Instant now) {
        requireNoPatient("deactivating");
        close(now);
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    private void changeStatus(CounterStatus newStatus, Instant now) {
        if (newStatus != status) {
            this.status = newStatus;
            this.statusSince = now;
        }
    }

    private void requireNoPatient(String what) {
        if (currentTicket != null) {
            throw new ConflictException("counter-busy", "Complete, hold or transfer " + currentTicket.displayNumber()
                    + " before " + what + " " + name + ".");
        }
    }

    private void requireActive() {
        if (!active) {
            throw new ConflictException("counter-inactive", name + " has been deactivated.");
        }
    }

    public String spokenNameOrName() {
        return spokenName == null ? name : spokenName;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getSpokenName() {
        return spokenName;
    }

    public Set<ClinicService> getServices() {
        return Collections.unmodifiableSet(services);
    }

    public CounterStatus getStatus() {
        return status;
    }

    public Instant getStatusSince() {
        return statusSince;
    }

    public String getStaffUsername() {
        return staffUsername;
    }

    public Ticket getCurrentTicket() {
        return currentTicket;
    }

    public int getLateMinutes() {
        return lateMinutes;
    }

    public boolean isActive() {
        return active;
    }
}
