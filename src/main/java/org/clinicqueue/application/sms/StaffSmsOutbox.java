package org.clinicqueue.application.sms;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import org.clinicqueue.application.settings.HospitalClock;
import org.clinicqueue.domain.ConflictException;
import org.clinicqueue.domain.InvalidInputException;
import org.clinicqueue.domain.NotFoundException;
import org.clinicqueue.domain.queue.PatientDetails;
import org.clinicqueue.domain.sms.SmsMessage;
import org.clinicqueue.domain.sms.SmsStatus;
import org.clinicqueue.domain.staff.Role;

/**
 * The outbox as staff see it: with the default outbox gateway this is where messages are "delivered" (a
 * receptionist can read a patient their code), with a real gateway it is the delivery log. Supervisors can
 * send a failed message again once the gateway is fixed.
 */
@Stateless
public class StaffSmsOutbox {

    /** A message with its delivery log. */
    public record Details(SmsMessageView message, List<SmsAttemptView> attempts) {
    }

    public static final int MAX_LIST = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private HospitalClock clock;

    @Inject
    private Event<SmsQueued> queued;

    /**
     * Newest first.
     *
     * @param phone  optional: only messages to this number (typed in any usual format)
     * @param status optional: PENDING, SENDING, SENT or FAILED
     */
    @RolesAllowed({Role.Names.RECEPTION, Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public List<SmsMessageView> list(String phone, String status, Integer limit) {
        String number = phone == null || phone.isBlank() ? null : PatientDetails.normalisePhone(phone);
        SmsStatus wanted = parseStatus(status);
        int max = limit == null ? 100 : Math.max(1, Math.min(MAX_LIST, limit));
        TypedQuery<SmsMessage> query = em.createQuery("select m from SmsMessage m where (:phone is null or m.phone = :phone) "
                        + "and (:status is null or m.status = :status) order by m.createdAt desc, m.id desc", SmsMessage.class)
                .setParameter("phone", number)
                .setParameter("status", wanted)
                .setMaxResults(max);
        return query.getResultList().stream().map(SmsMessageView::of).toList();
    }

    @RolesAllowed({Role.Names.RECEPTION, Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public Details details(long id) {
        SmsMessage message = find(id);
        List<SmsAttemptView> attempts = em.createNamedQuery("SmsDeliveryAttempt.forMessage", org.clinicqueue.domain.sms.SmsDeliveryAttempt.class)
                .setParameter("messageId", id).getResultList().stream().map(SmsAttemptView::of).toList();
        return new Details(SmsMessageView.of(message), attempts);
    }

    /** A message that failed for good is queued again (e.g. after the gateway's credentials were fixed). */
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public SmsMessageView retry(long id) {
        SmsMessage message = find(id);
        if (message.getStatus() != SmsStatus.FAILED) {
            throw new ConflictException("not-failed", "Only a message that failed can be sent again; this one is "
                    + message.getStatus().name().toLowerCase(Locale.ROOT) + ".");
        }
        message.retryNow(clock.now());
        queued.fire(new SmsQueued(id));
        return SmsMessageView.of(message);
    }

    private SmsMessage find(long id) {
        SmsMessage message = em.find(SmsMessage.class, id);
        if (message == null) {
            throw new NotFoundException("There is no message with id " + id + ".");
        }
        return message;
    }

    private static SmsStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return SmsStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("invalid-status", "The status must be PENDING, SENDING, SENT or FAILED.");
        }
    }
}
