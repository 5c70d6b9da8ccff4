package org.clinicqueue.application.sms;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.clinicqueue.application.settings.HospitalClock;
import org.clinicqueue.domain.sms.PhoneMask;
import org.clinicqueue.domain.sms.SmsDeliveryAttempt;
import org.clinicqueue.domain.sms.SmsMessage;
import org.clinicqueue.domain.sms.SmsRetryPolicy;
import org.clinicqueue.domain.sms.SmsStatus;

/**
 * The short transactions around a send: claiming a message (so one node sends it) and recording what the
 * gateway answered. The send itself happens between them, with no transaction open.
 */
@Stateless
@PermitAll
public class SmsDeliveryStore {

    private static final Logger LOG = Logger.getLogger(SmsDeliveryStore.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private HospitalClock clock;

    /** @return the message to send now, or empty when it is not due or another sender has it */
    public Optional<SmsClaim> claim(long messageId) {
        SmsMessage message = em.find(SmsMessage.class, messageId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.now();
        if (message == null || !message.claim(now, now.plus(SmsRetries.lease()))) {
            return Optional.empty();
        }
        return Optional.of(new SmsClaim(message.getId(), message.getPhone(), message.getBody(), message.getKind(), message.getAttempts()));
    }

    public void record(SmsClaim claim, String gateway, boolean keepsCopy, SmsSendResult result, long durationMillis) {
        SmsMessage message = em.find(SmsMessage.class, claim.messageId(), LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.now();
        SmsRetryPolicy policy = SmsRetries.policy();
        SmsDeliveryAttempt.Outcome outcome;
        if (result.delivered()) {
            message.delivered(gateway, now, keepsCopy);
            outcome = SmsDeliveryAttempt.Outcome.DELIVERED;
        } else if (policy.mayRetry(claim.attemptNo(), result.retryable())) {
            message.failed(gateway, result.detail(), true, now.plus(policy.delayAfter(claim.attemptNo())));
            outcome = SmsDeliveryAttempt.Outcome.RETRY;
        } else {
            message.failed(gateway, result.detail(), false, null);
            outcome = SmsDeliveryAttempt.Outcome.FAILED;
        }
        em.persist(new SmsDeliveryAttempt(claim.messageId(), claim.attemptNo(), now, durationMillis, gateway, outcome, result.detail()));
        SmsDeliveryAttempt.Outcome logged = outcome;
        // Never the text: it may hold a one-time code.
        LOG.info(() -> "SMS #" + claim.messageId() + " (" + claim.kind() + " to " + PhoneMask.mask(claim.phone()) + ") attempt "
                + claim.attemptNo() + " via " + gateway + ": " + logged + (result.detail() == null ? "" : " (" + result.detail() + ")"));
    }

    /** Messages due for a (re)try, and those whose sender's lease ran out (the node died mid-send). */
    public List<Long> due(int max) {
        Instant now = clock.now();
        return em.createQuery("select m.id from SmsMessage m where (m.status = :pending and m.nextAttemptAt <= :now) "
                        + "or (m.status = :sending and m.leaseUntil < :now) order by m.nextAttemptAt", Long.class)
                .setParameter("pending", SmsStatus.PENDING)
                .setParameter("sending", SmsStatus.SENDING)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
    }
}
