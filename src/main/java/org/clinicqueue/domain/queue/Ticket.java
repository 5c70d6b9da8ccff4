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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.clinicqueue.domain.ConflictException;
import org.clinicqueue.domain.InvalidInputException;

/**
 * A patient's token. Its number belongs to the service and business day it was issued on (restarting at 1
 * each day, and after a supervisor closes the day's session early) and never changes, even when the patient
 * is transferred to another service: it is what they hold in their hand. The tracking id is the unguessable
 * key of the patient's live status page.
 *
 * <p>The methods are the ticket's state machine; each refuses a move that makes no sense from the current
 * status with a {@link ConflictException} that says why.
 */
@Entity
@Table(name = "ticket")
@NamedQuery(name = "Ticket.findByTrackingId", query = "select t from Ticket t where t.trackingId = :trackingId")
@NamedQuery(name = "Ticket.waitingInServices",
        query = "select t from Ticket t where t.status = org.clinicqueue.domain.queue.TicketStatus.WAITING and t.service in :services")
@NamedQuery(name = "Ticket.countWaiting",
        query = "select count(t) from Ticket t where t.status = org.clinicqueue.domain.queue.TicketStatus.WAITING and t.service = :service")
@NamedQuery(name = "Ticket.activeForPhone",
        query = "select count(t) from Ticket t where t.phone = :phone and t.service = :service and t.status in :statuses")
@NamedQuery(name = "Ticket.waitingAssignedTo",
        query = "select t from Ticket t where t.status = org.clinicqueue.domain.queue.TicketStatus.WAITING and t.assignedCounter = :counter")
public class Ticket {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The service that issued the number (its prefix is part of the number); never changes. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "origin_service_id")
    private ClinicService originService;

    @Column(name = "number_prefix", nullable = false, length = 5)
    private String numberPrefix;

    /** The queue the ticket waits in now; changes on transfer. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id")
    private ClinicService service;

    @Column(name = "business_date", nullable = false)
    private LocalDate businessDate;

    @Column(name = "session_no", nullable = false)
    private int sessionNo;

    @Column(nullable = false)
    private int number;

    @Column(name = "tracking_id", nullable = false, unique = true, length = 32)
    private String trackingId;

    @Column(name = "patient_name", nullable = false, length = 100)
    private String patientName;

    @Column(length = 16)
    private String phone;

    @Column(nullable = false, length = 2)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Priority priority;

    @Column(name = "priority_reason", length = 200)
    private String priorityReason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private TicketStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Channel channel;

    /** Only this counter may call the ticket (a doctor's patient, a transfer to a counter, a held patient). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assigned_counter_id")
    private Counter assignedCounter;

    /** The counter that called or serves the ticket now, or served it last. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "serving_counter_id")
    private Counter servingCounter;

    @Column(name = "served_by", length = 64)
    private String servedBy;

    @Column(name = "recall_count", nullable = false)
    private int recallCount;

    @Column(name = "no_show_count", nullable = false)
    private int noShowCount;

    @Column(name = "transfer_count", nullable = false)
    private int transferCount;

    @Column(name = "on_hold", nullable = false)
    private boolean onHold;

    /** A patient who missed their call returns to the queue only after the grace period. */
    @Column(name = "callable_after")
    private Instant callableAfter;

    /** The queue position key: when the patient first joined (kept on transfer unless sent to the back). */
    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "called_at")
    private Instant calledAt;

    @Column(name = "service_started_at")
    private Instant serviceStartedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "end_reason", length = 500)
    private String endReason;

    @Column(name = "outcome_note", length = 1000)
    private String outcomeNote;

    @Column(name = "session_closed", nullable = false)
    private boolean sessionClosed;

    /**
     * The booked slot's start of a patient who checked in for an appointment in time to keep its place: the
     * queue places them by it (see {@link QueueOrder}). Null for walk-ins; cleared on transfer.
     */
    @Column(name = "appointment_at")
    private Instant appointmentAt;

    @Version
    private long version;

    protected Ticket() {
    }

    public Ticket(ClinicService service, LocalDate businessDate, int sessionNo, int number, String trackingId,
                  PatientDetails patient, Priority priority, String priorityReason, Channel channel, Instant now) {
        this.originService = service;
        this.numberPrefix = service.getPrefix();
        this.service = service;
        this.businessDate = businessDate;
        this.sessionNo = sessionNo;
        this.number = number;
        this.trackingId = trackingId;
        this.patientName = patient.name();
        this.phone = patient.phone();
        this.language = patient.language();
        this.priority = priority;
        this.priorityReason = blankToNull(priorityReason);
        this.channel = channel;
        this.status = TicketStatus.WAITING;
        this.queuedAt = now;
        this.issuedAt = now;
    }

    /** Whether a counter could call this ticket now (it may still be another counter's). */
    public boolean isCallable(Instant now) {
        return status == TicketStatus.WAITING && !onHold && (callableAfter == null || !callableAfter.isAfter(now));
    }

    public void callTo(Counter counter, String staff, Instant now) {
        if (status != TicketStatus.WAITING) {
            throw new ConflictException("not-waiting", displayNumber() + " is " + describeStatus() + ", not waiting.");
        }
        if (assignedCounter != null && !assignedCounter.isSameAs(counter)) {
            throw new ConflictException("assigned-elsewhere", displayNumber() + " waits for " + assignedCounter.getName() + ".");
        }
        this.status = TicketStatus.CALLED;
        this.onHold = false;
        this.callableAfter = null;
        this.servingCounter = counter;
        this.servedBy = staff;
        this.calledAt = now;
        this.recallCount = 0;
    }

    public void recall(int limit) {
        requireStatus(TicketStatus.CALLED, "recall");
        if (recallCount >= limit) {
            throw new ConflictException("recall-limit", displayNumber() + " was already recalled " + limit
                    + " times; mark a no-show or call the next patient.");
        }
        recallCount++;
    }

    public void startService(Instant now) {
        requireStatus(TicketStatus.CALLED, "start serving");
        this.status = TicketStatus.IN_SERVICE;
        this.serviceStartedAt = now;
    }

    /** From CALLED (a quick matter, started and finished at once) or IN_SERVICE. */
    public void complete(String note, Instant now) {
        if (status != TicketStatus.CALLED && status != TicketStatus.IN_SERVICE) {
            throw new ConflictException("not-at-counter", displayNumber() + " is " + describeStatus() + "; only a called or served patient can be completed.");
        }
        if (serviceStartedAt == null) {
            serviceStartedAt = now;
        }
        this.status = TicketStatus.DONE;
        this.finishedAt = now;
        this.outcomeNote = limit(blankToNull(note), 1000);
        this.assignedCounter = null;
    }

    /**
     * The patient did not come. The first time, if a grace period is configured, the ticket goes back to the
     * queue and becomes callable again after the grace (keeping its place); otherwise it ends as NO_SHOW.
     *
     * @return true when the ticket went back to the queue
     */
    public boolean markNoShow(Duration grace, Instant now) {
        requireStatus(TicketStatus.CALLED, "mark as no-show");
        noShowCount++;
        if (noShowCount == 1 && !grace.isZero() && !grace.isNegative()) {
            this.status = TicketStatus.WAITING;
            this.callableAfter = now.plus(grace);
            this.assignedCounter = null;
            return true;
        }
        this.status = TicketStatus.NO_SHOW;
        this.finishedAt = now;
        this.endReason = "Did not come when called";
        this.assignedCounter = null;
        return false;
    }

    /** Park the patient (e.g. sent for an X-ray): they wait for the same counter, which is free meanwhile. */
    public void hold(Counter counter) {
        if (status != TicketStatus.CALLED && status != TicketStatus.IN_SERVICE) {
            throw new ConflictException("not-at-counter", displayNumber() + " is " + describeStatus() + "; only a patient at the counter can be put on hold.");
        }
        this.status = TicketStatus.WAITING;
        this.onHold = true;
        this.assignedCounter = counter;
    }

    /** Bring a held patient back: callable again by their counter, in their old place. */
    public void resume() {
        if (status != TicketStatus.WAITING || !onHold) {
            throw new ConflictException("not-on-hold", displayNumber() + " is not on hold.");
        }
        this.onHold = false;
    }

    public void cancel(String reason, Instant now) {
        requireActive("cancel");
        this.status = TicketStatus.CANCELLED;
        this.finishedAt = now;
        this.endReason = limit(blankToNull(reason), 500);
        this.assignedCounter = null;
        this.onHold = false;
    }

    /** The supervisor closed the day's session: a waiting patient's ticket ends, and their phone is told why. */
    public void endWithSession(String reason, Instant now) {
        cancel(reason, now);
        this.sessionClosed = true;
    }

    /**
     * Send the patient to another service, or to a specific counter. They wait again, keeping their place in
     * the queue (the time they first joined) unless sent to the back; the number stays the same.
     */
    public void transferTo(ClinicService target, Counter counter, boolean keepPlace, Instant now) {
        requireActive("transfer");
        if (counter != null && !counter.serves(target)) {
            throw new InvalidInputException("wrong-counter", counter.getName() + " does not serve " + target.getName() + ".");
        }
        this.service = target;
        this.assignedCounter = counter;
        this.status = TicketStatus.WAITING;
        this.onHold = false;
        this.callableAfter = null;
        this.recallCount = 0;
        this.transferCount++;
        // The appointment's place was in the doctor's queue; elsewhere the patient is placed by when they joined.
        this.appointmentAt = null;
        if (!keepPlace) {
            this.queuedAt = now;
        }
    }

    public void changePriority(Priority newPriority, String reason) {
        requireActive("change the priority of");
        if (newPriority == null) {
            throw new InvalidInputException("Choose a priority.");
        }
        if (newPriority != Priority.NORMAL && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("reason-required", "Give a reason for a " + newPriority.name().toLowerCase() + " priority.");
        }
        this.priority = newPriority;
        this.priorityReason = limit(blankToNull(reason), 200);
    }

    /** A counter that goes on break hands its waiting patients to another counter (or the shared queue). */
    public void reassign(Counter counter) {
        if (status != TicketStatus.WAITING) {
            throw new ConflictException("not-waiting", displayNumber() + " is not waiting.");
        }
        this.assignedCounter = counter;
    }

    /** The patient checked in for an appointment and keeps its place: they are placed by the slot's start. */
    public void placeAtAppointment(Instant slotStart) {
        if (status != TicketStatus.WAITING) {
            throw new ConflictException("not-waiting", displayNumber() + " is not waiting.");
        }
        this.appointmentAt = slotStart;
    }

    public QueueEntry toQueueEntry() {
        return new QueueEntry(id, service.getId(), priority, assignedCounter == null ? null : assignedCounter.getId(),
                queuedAt, onHold, callableAfter, appointmentAt);
    }

    public TicketNumber ticketNumber() {
        return new TicketNumber(numberPrefix, number);
    }

    public String displayNumber() {
        return ticketNumber().display();
    }

    private void requireStatus(TicketStatus required, String action) {
        if (status != required) {
            throw new ConflictException("wrong-status", "Cannot " + action + " " + displayNumber() + ": it is " + describeStatus() + ".");
        }
    }

    private void requireActive(String action) {
        if (status.isFinal()) {
            throw new ConflictException("ticket-ended", "Cannot " + action + " " + displayNumber() + ": it has already ended (" + describeStatus() + ").");
        }
    }

    private String describeStatus() {
        return status.name().toLowerCase().replace('_', ' ');
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String limit(String text, int max) {
        if (text != null && text.length() > max) {
            throw new InvalidInputException("too-long", "The text must not be longer than " + max + " characters.");
        }
        return text;
    }

    public Long getId() {
        return id;
    }

    public ClinicService getOriginService() {
        return originService;
    }

    public ClinicService getService() {
        return service;
    }

    public LocalDate getBusinessDate() {
        return businessDate;
    }

    public int getSessionNo() {
        return sessionNo;
    }

    public int getNumber() {
        return number;
    }

    public String getTrackingId() {
        return trackingId;
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

    public Priority getPriority() {
        return priority;
    }

    public String getPriorityReason() {
        return priorityReason;
    }

    public TicketStatus getStatus() {
        return status;
    }

    public Channel getChannel() {
        return channel;
    }

    public Counter getAssignedCounter() {
        return assignedCounter;
    }

    public Counter getServingCounter() {
        return servingCounter;
    }

    public String getServedBy() {
        return servedBy;
    }

    public int getRecallCount() {
        return recallCount;
    }

    public int getNoShowCount() {
        return noShowCount;
    }

    public int getTransferCount() {
        return transferCount;
    }

    public boolean isOnHold() {
        return onHold;
    }

    public Instant getCallableAfter() {
        return callableAfter;
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getCalledAt() {
        return calledAt;
    }

    public Instant getServiceStartedAt() {
        return serviceStartedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public String getEndReason() {
        return endReason;
    }

    public String getOutcomeNote() {
        return outcomeNote;
    }

    public boolean isSessionClosed() {
        return sessionClosed;
    }

    public Instant getAppointmentAt() {
        return appointmentAt;
    }
}
