package org.clinicqueue.application.sms;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends queued messages soon after their transaction committed, on the managed executor. At most a few sends
 * run at once, so a slow gateway cannot take every executor thread (the cluster topic uses them too);
 * messages that find no free slot, or whose send failed, are picked up by {@link SmsRetrySweeper}.
 */
@ApplicationScoped
public class SmsDispatcher {

    static final int MAX_CONCURRENT_SENDS = 4;
    private static final Logger LOG = Logger.getLogger(SmsDispatcher.class.getName());

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private SmsDelivery delivery;

    private final AtomicInteger inFlight = new AtomicInteger();

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) SmsQueued queued) {
        submit(queued.messageId());
    }

    public void submitAll(Collection<Long> messageIds) {
        messageIds.forEach(this::submit);
    }

    private void submit(long messageId) {
        if (inFlight.incrementAndGet() > MAX_CONCURRENT_SENDS) {
            inFlight.decrementAndGet();
            return;
        }
        try {
            executor.execute(() -> {
                try {
                    delivery.deliver(messageId);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "SMS #" + messageId + " could not be sent now; it will be retried", e);
                } finally {
                    inFlight.decrementAndGet();
                }
            });
        } catch (RejectedExecutionException e) {
            inFlight.decrementAndGet();
        }
    }
}
