package org.clinicqueue.infrastructure.messaging;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Topic;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clinicqueue.application.history.QueueChange;

/**
 * Publishes each queue change to the cluster topic once its transaction has committed (never for a rollback).
 *
 * <p>The send happens on a managed executor thread, outside the committing request: the clerk's "next" is not
 * held up by messaging, and a JMS problem cannot undo a committed change. Changes leave in commit order. Messages are non-persistent: they
 * are live notifications; a screen that misses one catches up from the state snapshot it gets on connect.
 */
@ApplicationScoped
public class QueueChangePublisher {

    public static final String TOPIC = "java:/jms/topic/ClinicQueueEvents";
    static final String KIND = "kind";
    private static final Logger LOG = Logger.getLogger(QueueChangePublisher.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();

    private static final Object PENDING = QueueChangePublisher.class.getName() + ".pending";

    private final Queue<QueueChange> outbox = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();

    @Resource
    private ManagedExecutorService executor;

    @Resource(lookup = TOPIC)
    private Topic topic;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** The pooled connection factory: creating a context per send borrows a pooled connection. */
    @Resource(lookup = "java:/JmsXA")
    private ConnectionFactory connections;

    /**
     * Collects the changes of a transaction in the order they happened and hands them over in one piece once
     * it committed. (One synchronization per transaction, because the JTA does not promise any order among
     * the after-completion callbacks of separate event observers: a call could otherwise overtake the
     * counter change that came before it.)
     */
    void onChange(@Observes QueueChange change) {
        if (transactions.getTransactionKey() == null) {
            outbox.add(change);
            startDrainingIfIdle();
            return;
        }
        @SuppressWarnings("unchecked")
        List<QueueChange> pending = (List<QueueChange>) transactions.getResource(PENDING);
        if (pending == null) {
            List<QueueChange> changes = new ArrayList<>();
            transactions.putResource(PENDING, changes);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to prepare
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        outbox.addAll(changes);
                        startDrainingIfIdle();
                    }
                }
            });
            pending = changes;
        }
        pending.add(change);
    }

    /**
     * One drainer at a time sends everything queued, in the order the changes committed on this node (a call
     * must not overtake the counter change before it); under load one drain sends many changes with one context.
     */
    private void startDrainingIfIdle() {
        if (!outbox.isEmpty() && draining.compareAndSet(false, true)) {
            try {
                executor.execute(this::drain);
            } catch (RejectedExecutionException e) {
                draining.set(false);
                LOG.warning("Queue changes not broadcast yet: the executor is saturated; they go with the next change");
            }
        }
    }

    private void drain() {
        try (JMSContext jms = connections.createContext()) {
            JMSProducer producer = jms.createProducer().setDeliveryMode(DeliveryMode.NON_PERSISTENT);
            QueueChange change;
            while ((change = outbox.poll()) != null) {
                try {
                    producer.setProperty(KIND, change.kind().name()).send(topic, JSON.toJson(change));
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Queue change not broadcast: " + change.kind(), e);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Queue changes not broadcast: no JMS connection", e);
        } finally {
            draining.set(false);
            startDrainingIfIdle();
        }
    }

    static QueueChange parse(String body) {
        return JSON.fromJson(body, QueueChange.class);
    }
}
