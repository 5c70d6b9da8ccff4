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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.clinicqueue.domain.ConflictException;
import org.clinicqueue.domain.InvalidInputException;
import org.clinicqueue.domain.queue.Channel;
import org.clinicqueue.domain.queue.ClinicService;
import org.clinicqueue.domain.queue.PatientDetails;
import org.clinicqueue.domain.queue.Ticket;

/**
 * A patient's booking of one slot of one doctor, for one of the doctor's services. It has two keys: the
 * {@code code}, 128 random bits, in the links of the confirmation SMS and the QR code (whoever holds it may
 * see, move and cancel the booking, as the tracking id does for a ticket), and the short {@code reference}
 * ({@code K7M2-Q9XD}) people read out at reception, which only staff can look up.
 *
 * <p>The database refuses two active bookings of one doctor's slot: a stored column that holds the slot's
 * start while the booking holds it (every status but CANCELLED) and NULL otherwise carries a unique key with
 * the doctor (see {@code V7__appointments.sql}).
 */
@Entity
@Table(name = "appointment")
@NamedQuery(name = "Appointment.findByCode", query = "select a from Appointment a where a.code = :code")
@NamedQuery(name = "Appointment.findByReference", query = "select a from Appointment a where a.reference = :reference")
@NamedQuery(name = "Appointment.takenStarts", query = "select a.slotStart from Appointment a where a.doctor = :doctor "
        + "and a.slotStart >= :from and a.slotStart < :to and a.status <> org.clinicqueue.domain.appointment.AppointmentStatus.CANCELLED")
@NamedQuery(name = "Appointment.ofDoctorBetween", query = "select a from Appointment a where a.doctor = :doctor "
        + "and a.slotStart >= :from and a.slotStart < :to order by a.slotStart, a.id")
@NamedQuery(name = "Appointment.between", query = "select a from Appointment a join fetch a.doctor "
        + "where a.slotStart >= :from and a.slotStart < :to order by a.slotStart, a.id")
public class Appointment {

    public static final int MAX_REASON = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(nullable = false, unique = true, length = 9)
    private String reference;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "doctor_id")
    private Doctor doctor;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "service_id")
    private ClinicService service;

    @Column(name = "slot_start", nullable = false)
    private Instant slotStart;

    @Column(name = "slot_end", nullable = false)
    private Instant slotEnd;

    /** The slot's date in the hospital's time zone when it was booked: the day views' key. */
    @Column(name = "slot_date", nullable = false)
    private LocalDate slotDate;

    @Column(name = "patient_name", nullable = false, length = 100)
    private String patientName;

    @Column(length = 16)
    private String phone;

    @Column(nullable = false, length = 2)
    private String language;

    @Column(length = MAX_REASON)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private AppointmentStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Channel channel;

    @Column(name = "booked_at", nullable = false)
    private Instant bookedAt;

    @Column(name = "booked_by", nullable = false, length = 64)
    private String bookedBy;

    /** When the slot was last chosen (booking or rescheduling): reminders compare against it. */
    @Column(name = "slot_chosen_at", nullable = false)
    private Instant slotChosenAt;

    @Column(name = "reschedule_count", nullable = false)
    private int rescheduleCount;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancelled_by", length = 64)
    private String cancelledBy;

    @Column(name = "cancel_reason", length = 300)
    private String cancelReason;

    @Column(name = "checked_in_at")
    private Instant checkedInAt;

    /** Whether the arrival kept the slot's place in the queue (on time, or within the late grace). */
    @Column(name = "kept_slot_priority", nullable = false)
    private boolean keptSlotPriority;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ticket_id")
    private Ticket ticket;

    @Column(name = "no_show_at")
    private Instant noShowAt;

    /** Set when the reminder of the current slot was queued (claimed under the row's lock: once, on one node). */
    @Column(name = "reminder_sent_at")
    private Instant reminderSentAt;

    @Version
    private long version;

    protected Appointment() {
    }

    public Appointment(String code, String reference, Doctor doctor, ClinicService service, Slot slot, LocalDate slotDate,
                       PatientDetails patient, String reason, Channel channel, String bookedBy, Instant now) {
        if (!doctor.sees(service)) {
            throw new InvalidInputException("invalid-service", doctor.getName() + " does not see patients for " + service.getName() + ".");
        }
        this.code = code;
        this.reference = reference;
        this.doctor = doctor;
        this.service = service;
        this.slotStart = slot.start();
        this.slotEnd = slot.end();
        this.slotDate = slotDate;
        this.patientName = patient.name();
        this.phone = patient.phone();
        this.language = patient.language();
        this.reason = cleanReason(reason);
        this.channel = channel;
        this.status = AppointmentStatus.BOOKED;
        this.bookedAt = now;
        this.bookedBy = bookedBy;
        this.slotChosenAt = now;
    }

    /** Another slot (of the same or another doctor of the service); the reminder is due again for the new time. */
    public void reschedule(Doctor newDoctor, Slot slot, LocalDate newSlotDate, Instant now) {
        requireBooked("reschedule");
        if (!newDoctor.sees(service)) {
            throw new InvalidInputException("invalid-service", newDoctor.getName() + " does not see patients for " + service.getName() + ".");
        }
        if (newDoctor.isSameAs(doctor) && slot.start().equals(slotStart)) {
            throw new InvalidInputException("same-slot", "That is the time already booked; choose another.");
        }
        this.doctor = newDoctor;
        this.slotStart = slot.start();
        this.slotEnd = slot.end();
        this.slotDate = newSlotDate;
        this.slotChosenAt = now;
        this.reminderSentAt = null;
        this.rescheduleCount++;
    }

    public void cancel(String why, String by, Instant now) {
        requireBooked("cancel");
        String text = why == null || why.isBlank() ? null : why.strip();
        if (text != null && text.length() > 300) {
            throw new InvalidInputException("too-long", "The reason must not be longer than 300 characters.");
        }
        this.status = AppointmentStatus.CANCELLED;
        this.cancelledAt = now;
        this.cancelledBy = by;
        this.cancelReason = text;
    }

    /** The patient arrived: their token is {@code issued}. */
    public void checkIn(Ticket issued, boolean keepsSlotPriority, Instant now) {
        requireBooked("check in");
        this.status = AppointmentStatus.CHECKED_IN;
        this.ticket = issued;
        this.checkedInAt = now;
        this.keptSlotPriority = keepsSlotPriority;
    }

    public void markNoShow(Instant now) {
        requireBooked("mark as no-show");
        this.status = AppointmentStatus.NO_SHOW;
        this.noShowAt = now;
    }

    public void markReminded(Instant now) {
        this.reminderSentAt = now;
    }

    private void requireBooked(String action) {
        if (status != AppointmentStatus.BOOKED) {
            throw new ConflictException("appointment-" + status.name().toLowerCase().replace('_', '-'),
                    "Cannot " + action + " appointment " + reference + ": it is " + describeStatus() + ".");
        }
    }

    public String describeStatus() {
        return switch (status) {
            case BOOKED -> "booked";
            case CHECKED_IN -> "already checked in";
            case CANCELLED -> "cancelled";
            case NO_SHOW -> "marked as missed (no-show)";
        };
    }

    static String cleanReason(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        String text = reason.strip().replaceAll("[\\p{Cc}\\p{Cf}&&[^\\n]]", "");
        if (text.length() > MAX_REASON) {
            throw new InvalidInputException("too-long", "The reason for the visit must not be longer than " + MAX_REASON + " characters.");
        }
        return text;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getReference() {
        return reference;
    }

    public Doctor getDoctor() {
        return doctor;
    }

    public ClinicService getService() {
        return service;
    }

    public Instant getSlotStart() {
        return slotStart;
    }

    public Instant getSlotEnd() {
        return slotEnd;
    }

    public LocalDate getSlotDate() {
        return slotDate;
    }

    public String getPatientName() {
        return patientName;
    }

    public String getPhone() {
        return phone;
    }

    public String getLanguage() {
        return language;
    }

    public String getReason() {
        return reason;
    }

    public AppointmentStatus getStatus() {
        return status;
    }

    public Channel getChannel() {
        return channel;
    }

    public Instant getBookedAt() {
        return bookedAt;
    }

    public String getBookedBy() {
        return bookedBy;
    }

    public Instant getSlotChosenAt() {
        return slotChosenAt;
    }

    public int getRescheduleCount() {
        return rescheduleCount;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelledBy() {
        return cancelledBy;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public Instant getCheckedInAt() {
        return checkedInAt;
    }

    public boolean isKeptSlotPriority() {
        return keptSlotPriority;
    }

    public Ticket getTicket() {
        return ticket;
    }

    public Instant getNoShowAt() {
        return noShowAt;
    }

    public Instant getReminderSentAt() {
        return reminderSentAt;
    }
}
