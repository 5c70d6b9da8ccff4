package org.clinicqueue.application.appointments;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import org.clinicqueue.application.history.QueueHistory;
import org.clinicqueue.application.issuing.IssueTicketRequest;
import org.clinicqueue.application.issuing.IssuedTicket;
import org.clinicqueue.application.issuing.TicketIssuer;
import org.clinicqueue.application.queries.QueueQueries;
import org.clinicqueue.application.queries.TicketStatusView;
import org.clinicqueue.application.settings.HospitalClock;
import org.clinicqueue.application.settings.Settings;
import org.clinicqueue.domain.ConflictException;
import org.clinicqueue.domain.NotFoundException;
import org.clinicqueue.domain.appointment.Appointment;
import org.clinicqueue.domain.appointment.AppointmentRules;
import org.clinicqueue.domain.appointment.AppointmentStatus;
import org.clinicqueue.domain.audit.AuditAction;
import org.clinicqueue.domain.queue.Channel;
import org.clinicqueue.domain.queue.Priority;
import org.clinicqueue.domain.queue.Ticket;
import org.clinicqueue.domain.settings.SettingKey;
import org.clinicqueue.domain.staff.Role;

/**
 * The patient arrived: the appointment becomes a token in the live queue. The token is issued by
 * {@link TicketIssuer} (channel APPOINTMENT, for the doctor's room) inside this transaction, so the
 * appointment is checked in exactly when its token exists. On time, or late by no more than the grace
 * (setting {@code appointments.late-grace-minutes}), the token keeps the slot's place in the queue (see
 * {@link org.clinicqueue.domain.queue.QueueOrder}); later, it queues like a walk-in arriving now.
 *
 * <p>Staff only (reception, the doctor, a kiosk signed in with a staff account): the QR code on the
 * patient's confirmation, the reference or a phone search find the appointment.
 */
@Stateless
@RolesAllowed({Role.Names.RECEPTION, Role.Names.SUPERVISOR, Role.Names.ADMIN, Role.Names.OPERATOR})
public class AppointmentCheckIn {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AppointmentCodes codes;

    @Inject
    private ScheduleReader schedules;

    @Inject
    private SlotRules slots;

    @Inject
    private TicketIssuer issuer;

    @Inject
    private QueueQueries queries;

    @Inject
    private AppointmentViews views;

    @Inject
    private QueueHistory history;

    @Inject
    private HospitalClock clock;

    @Inject
    private Settings settings;

    /** @param key the appointment's code, its link (a scanned QR code), or its reference */
    public CheckedIn checkIn(String key) {
        Appointment appointment = codes.byAnyKey(key)
                .orElseThrow(() -> new NotFoundException("There is no appointment '" + key + "'. Check the reference or search by phone."));
        schedules.lockDoctor(appointment.getDoctor().getId());
        em.refresh(appointment, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.now();
        if (appointment.getStatus() == AppointmentStatus.BOOKED && !AppointmentRules.isCheckInDay(appointment.getSlotStart(), now, clock.zone())) {
            throw new ConflictException("not-today", "Appointment " + appointment.getReference() + " is on "
                    + slots.describe(appointment.getSlotStart()) + "; check-in opens that day.");
        }
        if (appointment.getStatus() != AppointmentStatus.BOOKED) {
            throw new ConflictException("not-booked", "Appointment " + appointment.getReference() + " is " + appointment.describeStatus()
                    + (appointment.getStatus() == AppointmentStatus.NO_SHOW ? "; issue a walk-in token instead." : "."));
        }
        boolean keepsPlace = AppointmentRules.keepsSlotPriority(appointment.getSlotStart(), now,
                Duration.ofMinutes(settings.get(SettingKey.APPOINTMENT_LATE_GRACE_MINUTES)));

        IssuedTicket issued = issuer.issue(new IssueTicketRequest(appointment.getService().getCode(), appointment.getPatientName(),
                appointment.getPhone(), appointment.getLanguage(), Priority.NORMAL, null, Channel.APPOINTMENT,
                appointment.getDoctor().getRoom().getCode()));
        Ticket ticket = em.find(Ticket.class, issued.ticketId());
        if (keepsPlace) {
            ticket.placeAtAppointment(appointment.getSlotStart());
        }
        appointment.checkIn(ticket, keepsPlace, now);
        history.appointment(AuditAction.APPOINTMENT_CHECKED_IN, appointment, null, "token " + ticket.displayNumber()
                + (keepsPlace ? ", placed at " + slots.describe(appointment.getSlotStart())
                        : ", arrived after the late grace: queued as a walk-in"));
        em.flush();
        TicketStatusView status = queries.ticketStatus(ticket.getTrackingId());
        return new CheckedIn(views.of(appointment, true), ticket.getId(), ticket.displayNumber(), ticket.getTrackingId(),
                views.of(appointment, true).ticketStatusUrl(), appointment.getDoctor().getRoom().getName(),
                status.peopleAhead(), status.estimatedWaitMinutes(), keepsPlace);
    }
}
