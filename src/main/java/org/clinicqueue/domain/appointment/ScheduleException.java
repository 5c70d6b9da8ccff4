package org.clinicqueue.domain.appointment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.clinicqueue.domain.ConflictException;
import org.clinicqueue.domain.InvalidInputException;

/**
 * A dated exception to a doctor's weekly schedule (leave, an extra session) or to every doctor's (a hospital
 * holiday, stored without a doctor). Withdrawn, never deleted, so the audit trail and the reasons stay.
 */
@Entity
@Table(name = "schedule_exception")
@NamedQuery(name = "ScheduleException.forDoctorBetween", query = "select e from ScheduleException e "
        + "where (e.doctor = :doctor or e.doctor is null) and e.withdrawnAt is null "
        + "and e.firstDate <= :to and e.lastDate >= :from order by e.firstDate, e.id")
@NamedQuery(name = "ScheduleException.between", query = "select e from ScheduleException e left join fetch e.doctor "
        + "where e.withdrawnAt is null and e.firstDate <= :to and e.lastDate >= :from order by e.firstDate, e.id")
public class ScheduleException {

    public static final int MAX_REASON = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Null: every doctor (a hospital holiday). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "doctor_id")
    private Doctor doctor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ExceptionKind kind;

    @Column(name = "first_date", nullable = false)
    private LocalDate firstDate;

    @Column(name = "last_date", nullable = false)
    private LocalDate lastDate;

    @Column(name = "starts_at")
    private LocalTime startsAt;

    @Column(name = "ends_at")
    private LocalTime endsAt;

    @Column(length = MAX_REASON)
    private String reason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by", length = 64)
    private String withdrawnBy;

    protected ScheduleException() {
    }

    public ScheduleException(Doctor doctor, DatedException what, String reason, Instant now, String by) {
        if (doctor == null && what.kind() != ExceptionKind.HOLIDAY) {
            throw new InvalidInputException("invalid-exception", "Leave and extra sessions belong to a doctor; only holidays may be for everyone.");
        }
        String text = reason == null || reason.isBlank() ? null : reason.strip();
        if (text != null && text.length() > MAX_REASON) {
            throw new InvalidInputException("invalid-exception", "The reason has at most " + MAX_REASON + " characters.");
        }
        this.doctor = doctor;
        this.kind = what.kind();
        this.firstDate = what.firstDate();
        this.lastDate = what.lastDate();
        this.startsAt = what.times() == null ? null : what.times().start();
        this.endsAt = what.times() == null ? null : what.times().end();
        this.reason = text;
        this.createdAt = now;
        this.createdBy = by;
    }

    public void withdraw(Instant now, String by) {
        if (withdrawnAt != null) {
            throw new ConflictException("exception-withdrawn", "This exception was already withdrawn.");
        }
        this.withdrawnAt = now;
        this.withdrawnBy = by;
    }

    public DatedException toDated() {
        return new DatedException(kind, firstDate, lastDate, startsAt == null ? null : new TimeRange(startsAt, endsAt));
    }

    public String describe() {
        String dates = firstDate.equals(lastDate) ? firstDate.toString() : firstDate + " to " + lastDate;
        return kind.name().toLowerCase().replace('_', ' ') + " " + dates + (startsAt == null ? "" : " " + startsAt + "-" + endsAt)
                + (doctor == null ? " (all doctors)" : " (" + doctor.getName() + ")");
    }

    public Long getId() {
        return id;
    }

    public Doctor getDoctor() {
        return doctor;
    }

    public ExceptionKind getKind() {
        return kind;
    }

    public LocalDate getFirstDate() {
        return firstDate;
    }

    public LocalDate getLastDate() {
        return lastDate;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }

    public String getReason() {
        return reason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }
}
