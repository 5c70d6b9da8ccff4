package org.clinicqueue.application.sms;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.clinicqueue.application.settings.HospitalClock;
import org.clinicqueue.domain.sms.SmsMessage;

/**
 * Writes messages to the outbox, in the caller's transaction: the message exists if and only if what it
 * announces committed. Sending happens after commit ({@link SmsDispatcher}).
 */
@Stateless
@PermitAll
public class SmsOutbox {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SmsTemplates templates;

    @Inject
    private HospitalClock clock;

    @Inject
    private Event<SmsQueued> queued;

    /** @return the message's id, or null when a message with the same dedup key exists already */
    public Long queue(SmsDraft draft) {
        if (draft.dedupKey() != null && !em.createQuery("select m.id from SmsMessage m where m.dedupKey = :key", Long.class)
                .setParameter("key", draft.dedupKey()).getResultList().isEmpty()) {
            return null;
        }
        String body = templates.render(draft.kind(), draft.language(), draft.values());
        SmsMessage message = new SmsMessage(draft.phone(), draft.kind(), draft.language() == null ? "en" : draft.language(), body,
                draft.ticketId(), draft.ticketNumber(), draft.dedupKey(), clock.now());
        em.persist(message);
        em.flush();
        queued.fire(new SmsQueued(message.getId()));
        return message.getId();
    }
}
