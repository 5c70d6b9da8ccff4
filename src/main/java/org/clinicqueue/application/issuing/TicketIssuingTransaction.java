package org.clinicqueue.application.issuing;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.Locale;
import org.clinicqueue.application.history.QueueHistory;
import org.clinicqueue.application.settings.HospitalClock;
import org.clinicqueue.application.verification.PhoneProof;
import org.clinicqueue.application.verification.VerifiedPhoneRule;
import org.clinicqueue.domain.ConflictException;
import org.clinicqueue.domain.InvalidInputException;
import org.clinicqueue.domain.NotAllowedException;
import org.clinicqueue.domain.NotFoundException;
import org.clinicqueue.domain.audit.AuditAction;
import org.clinicqueue.domain.queue.Channel;
import org.clinicqueue.domain.queue.ClinicService;
import org.clinicqueue.domain.queue.Counter;
import org.clinicqueue.domain.queue.PatientDetails;
import org.clinicqueue.domain.queue.Priority;
import org.clinicqueue.domain.queue.Ticket;
import org.clinicqueue.domain.staff.Role;

/**
 * One attempt at issuing a ticket, in one transaction: check the request, lock the service, check the rules
 * that must not race (daily limit, one active ticket per phone), take the next number, store the ticket and
 * its audit line. Nothing else happens under the service's lock, because every other patient joining that
 * service waits for it. Called through {@link TicketIssuer}, which retries transient database failures.
 */
@Stateless
@PermitAll
public class TicketIssuingTransaction {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private DailyTicketNumbering numbering;

    @Inject
    private OneTicketPerPhone oneTicketPerPhone;

    @Inject
    private HospitalClock clock;

    @Inject
    private QueueHistory history;

    @Inject
    private VerifiedPhoneRule verifiedPhones;

    @Resource
    private SessionContext session;

    public IssuedTicket issue(IssueTicketRequest request) {
        return issue(request, null);
    }

    /** @param phoneProof see {@link TicketIssuer#issue(IssueTicketRequest, PhoneProof)} */
    public IssuedTicket issue(IssueTicketRequest request, PhoneProof phoneProof) {
        PatientDetails patient = PatientDetails.of(request.patientName(), request.phone(), request.language());
        Priority priority = request.priority() == null ? Priority.NORMAL : request.priority();
        Channel channel = request.channel() == null ? Channel.API : request.channel();
        requireStaffFor(priority, channel, request.counterCode());
        if (priority != Priority.NORMAL && (request.priorityReason() == null || request.priorityReason().isBlank())) {
            throw new InvalidInputException("reason-required", "Give a reason for a " + priority.name().toLowerCase() + " priority.");
        }

        ClinicService service = numbering.lockService(findServiceId(request.serviceCode()));
        Instant now = clock.now();
        LocalDate today = LocalDate.ofInstant(now, clock.zone());
        // A booked appointment was promised its place when the slot was booked: the doctor's schedule, not the
        // walk-in opening hours and daily limit, decides when it is seen (channel APPOINTMENT is staff-only).
        boolean promised = priority == Priority.EMERGENCY || channel == Channel.APPOINTMENT;
        requireOpen(service, ZonedDateTime.ofInstant(now, clock.zone()), promised);
        verifiedPhones.require(service, patient.phone(), phoneProof, isStaff(), now);
        requireWithinDailyLimit(service, today, promised);
        oneTicketPerPhone.require(service, patient.phone());
        Counter counter = findCounterFor(service, request.counterCode());

        DailyTicketNumbering.TakenNumber number = numbering.next(service, today, now);
        Ticket ticket = new Ticket(service, number.businessDate(), number.sessionNo(), number.number(), newTrackingId(),
                patient, priority, request.priorityReason(), channel, now);
        if (counter != null) {
            ticket.reassign(counter);
        }
        em.persist(ticket);
        history.ticket(AuditAction.TICKET_ISSUED, ticket, null, request.priorityReason(),
                channel.name().toLowerCase() + (counter == null ? "" : ", for " + counter.getName()));

        // The estimate is added by TicketIssuer once the service's lock is released.
        return new IssuedTicket(ticket.getId(), ticket.displayNumber(), ticket.getTrackingId(), service.getCode(),
                service.getName(), ticket.getPatientName(), priority.name(), ticket.getStatus().name(), now, 0, 0, false);
    }

    /** Priorities, assigning a counter and the reception channel are for staff; the public get normal tickets. */
    private void requireStaffFor(Priority priority, Channel channel, String counterCode) {
        boolean needsStaff = priority != Priority.NORMAL || channel == Channel.RECEPTION || channel == Channel.APPOINTMENT
                || (counterCode != null && !counterCode.isBlank());
        if (needsStaff && !isStaff()) {
            throw new NotAllowedException("staff-only", "Only staff may set a priority, a counter or the reception channel.");
        }
    }

    private boolean isStaff() {
        return session.isCallerInRole(Role.Names.RECEPTION) || session.isCallerInRole(Role.Names.SUPERVISOR)
                || session.isCallerInRole(Role.Names.ADMIN) || session.isCallerInRole(Role.Names.OPERATOR);
    }

    private Long findServiceId(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidInputException("invalid-service", "Choose a service.");
        }
        return em.createNamedQuery("ClinicService.findByCode", ClinicService.class)
                .setParameter("code", code.strip().toUpperCase(Locale.ROOT))
                .getResultStream().findFirst()
                .map(ClinicService::getId)
                .orElseThrow(() -> new NotFoundException("There is no service '" + code + "'."));
    }

    private static void requireOpen(ClinicService service, ZonedDateTime localNow, boolean promised) {
        if (!service.isActive()) {
            throw new ConflictException("service-inactive", service.getName() + " is not taking patients.");
        }
        if (!promised && !service.isOpenAt(localNow)) {
            throw new ConflictException("service-closed", service.getName() + " is closed now (open " + service.hours().describe() + ").");
        }
    }

    private void requireWithinDailyLimit(ClinicService service, LocalDate today, boolean promised) {
        Integer limit = service.getDailyLimit();
        if (limit == null || promised) {
            return;
        }
        if (numbering.issuedToday(service, today) >= limit) {
            throw new ConflictException("daily-limit", service.getName() + " has given out all " + limit
                    + " tickets for today. Please come back tomorrow or ask at reception.");
        }
    }

    private Counter findCounterFor(ClinicService service, String counterCode) {
        if (counterCode == null || counterCode.isBlank()) {
            return null;
        }
        Counter counter = em.createNamedQuery("Counter.findByCode", Counter.class)
                .setParameter("code", counterCode.strip())
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("There is no counter '" + counterCode + "'."));
        if (!counter.serves(service) || !counter.isActive()) {
            throw new InvalidInputException("wrong-counter", counter.getName() + " does not serve " + service.getName() + ".");
        }
        return counter;
    }

    /** 128 random bits, URL-safe: the key of the patient's status page, impossible to guess or enumerate. */
    static String newTrackingId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
