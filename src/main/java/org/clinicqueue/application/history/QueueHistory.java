package org.clinicqueue.application.history;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.clinicqueue.domain.appointment.Appointment;
import org.clinicqueue.domain.audit.AuditAction;
import org.clinicqueue.domain.audit.AuditEvent;
import org.clinicqueue.domain.queue.ClinicService;
import org.clinicqueue.domain.queue.Counter;
import org.clinicqueue.domain.queue.Ticket;

/**
 * Records a change twice, inside the caller's transaction: an {@link AuditEvent} row (who, what, when, why)
 * and a {@link QueueChange} CDI event for the screens, which observers receive only after commit.
 */
@Dependent
public class QueueHistory {

    /** The actor recorded for requests nobody signed in for: patients on their phones and kiosks. */
    public static final String PUBLIC_ACTOR = "patient";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Principal caller;

    @Inject
    private Event<QueueChange> changes;

    /** A change of a ticket (at a counter, if any), touching its service's queue (and any other service named). */
    public void ticket(AuditAction action, Ticket ticket, Counter counter, String reason, String details, ClinicService... alsoTouched) {
        AuditEvent line = new AuditEvent(clock.instant(), actor(), action)
                .ticket(ticket.getId(), ticket.displayNumber())
                .service(ticket.getService().getId(), ticket.getService().getCode())
                .reason(reason)
                .details(details);
        if (counter != null) {
            line.counter(counter.getId(), counter.getName());
        }
        em.persist(line);
        changes.fire(new QueueChange(action, line.getOccurredAt(), ticket.getId(), ticket.getTrackingId(),
                ticket.displayNumber(), ticket.ticketNumber().spoken(), ticket.getPatientName(), ticket.getLanguage(),
                ticket.getStatus().name(), ticket.getPriority().name(), ticket.getService().getCode(),
                ticket.getService().getName(),
                counter == null ? null : counter.getId(), counter == null ? null : counter.getName(),
                counter == null ? null : counter.spokenNameOrName(), counter == null ? null : counter.getStatus().name(),
                ticket.getRecallCount(), reason, codes(ticket.getService(), alsoTouched), null));
    }

    /** A change of a counter (status, delay), touching the services it serves. */
    public void counter(AuditAction action, Counter counter, String reason, String details) {
        AuditEvent line = new AuditEvent(clock.instant(), actor(), action)
                .counter(counter.getId(), counter.getName())
                .reason(reason)
                .details(details);
        em.persist(line);
        changes.fire(new QueueChange(action, line.getOccurredAt(), null, null, null, null, null, null, null, null,
                null, null, counter.getId(), counter.getName(), counter.spokenNameOrName(), counter.getStatus().name(),
                0, reason, codes(null, counter.getServices().toArray(ClinicService[]::new)), null));
    }

    /** A change of a service as a whole (day session closed). */
    public void service(AuditAction action, ClinicService service, String reason, String details) {
        em.persist(new AuditEvent(clock.instant(), actor(), action)
                .service(service.getId(), service.getCode())
                .reason(reason)
                .details(details));
        changes.fire(new QueueChange(action, clock.instant(), null, null, null, null, null, null, null, null,
                service.getCode(), service.getName(), null, null, null, null, 0, reason, codes(service), null));
    }

    /** A supervisor's message for the screens (text null: cleared), for one display or all of them. */
    public void displayMessage(String text, String displayCode) {
        em.persist(new AuditEvent(clock.instant(), actor(), AuditAction.DISPLAY_MESSAGE_CHANGED)
                .details((displayCode == null ? "all displays" : "display " + displayCode) + ": " + (text == null ? "(cleared)" : text)));
        changes.fire(new QueueChange(AuditAction.DISPLAY_MESSAGE_CHANGED, clock.instant(), null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, 0, text, List.of(), displayCode));
    }

    /**
     * A change of an appointment (booked, moved, cancelled, checked in, no-show): an audit line naming the
     * booking's reference, its service and the doctor's room, and an event for the consoles (day views and
     * calendars refresh; screens and phones ignore it, as it names no ticket).
     */
    public void appointment(AuditAction action, Appointment appointment, String reason, String details) {
        ClinicService service = appointment.getService();
        Counter room = appointment.getDoctor().getRoom();
        AuditEvent line = new AuditEvent(clock.instant(), actor(), action)
                .service(service.getId(), service.getCode())
                .counter(room.getId(), room.getName())
                .reason(reason)
                .details("appointment " + appointment.getReference() + (details == null ? "" : ": " + details));
        if (appointment.getTicket() != null) {
            line.ticket(appointment.getTicket().getId(), appointment.getTicket().displayNumber());
        }
        em.persist(line);
        changes.fire(new QueueChange(action, line.getOccurredAt(), null, null, null, null, null, null, null, null,
                service.getCode(), service.getName(), room.getId(), room.getName(), room.spokenNameOrName(), room.getStatus().name(),
                0, reason, codes(service), null));
    }

    /** Configuration changes (services, counters, accounts, settings): an audit line, nothing for the screens. */
    public void configuration(AuditAction action, String subject, String details) {
        em.persist(new AuditEvent(clock.instant(), actor(), action).details(subject + (details == null ? "" : ": " + details)));
    }

    public String actor() {
        String name = caller == null ? null : caller.getName();
        return name == null || name.isBlank() || "anonymous".equals(name) ? PUBLIC_ACTOR : name;
    }

    private static List<String> codes(ClinicService first, ClinicService... more) {
        Set<String> codes = new LinkedHashSet<>();
        if (first != null) {
            codes.add(first.getCode());
        }
        for (ClinicService service : more) {
            codes.add(service.getCode());
        }
        return List.copyOf(codes);
    }
}
