package org.clinicqueue.application.sms;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clinicqueue.application.history.QueueChange;
import org.clinicqueue.domain.audit.AuditAction;

/**
 * Turns committed queue changes into text messages, on the node that made the change (not on every node,
 * as {@code QueueBroadcast} is delivered), so a cluster sends each message once. Runs on the managed
 * executor after commit: the clerk's "next" never waits for it, and a problem here never undoes a call.
 * Changes are planned one after the other, in the order they committed: a patient's messages keep their
 * order, and "turn approaching" sees the messages already queued for the previous change.
 */
@ApplicationScoped
public class TicketNotifications {

    private static final Logger LOG = Logger.getLogger(TicketNotifications.class.getName());

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private SmsNotificationPlanner planner;

    @Inject
    private SmsOutbox outbox;

    private final Queue<QueueChange> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean planning = new AtomicBoolean();

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) QueueChange change) {
        if (change.kind() == AuditAction.COUNTER_RUNNING_LATE) {
            return;
        }
        pending.add(change);
        startPlanning();
    }

    private void startPlanning() {
        if (pending.isEmpty() || !planning.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.execute(this::planPending);
        } catch (RejectedExecutionException e) {
            planning.set(false);
            LOG.warning(() -> pending.size() + " queue change(s) wait for SMS planning (executor saturated)");
        }
    }

    private void planPending() {
        try {
            for (QueueChange change = pending.poll(); change != null; change = pending.poll()) {
                queueMessagesFor(change);
            }
        } finally {
            planning.set(false);
            startPlanning();
        }
    }

    private void queueMessagesFor(QueueChange change) {
        try {
            for (SmsDraft draft : planner.drafts(change)) {
                try {
                    outbox.queue(draft);
                } catch (RuntimeException e) {
                    // Typically the dedup key: another node queued the same message a moment ago.
                    LOG.log(Level.FINE, "SMS " + draft.dedupKey() + " not queued", e);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not plan the SMS for " + change.kind(), e);
        }
    }
}
