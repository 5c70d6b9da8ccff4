package org.clinicqueue.infrastructure.messaging;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clinicqueue.application.history.QueueChange;

/**
 * Publishes each queue change to the cluster topic once its transaction has committed (never for a rollback).
 *
 * <p>The send happens on a managed executor thread, outside the committing request: the clerk's "next" is not
 * held up by messaging, and a JMS problem cannot undo a committed change. Messages are non-persistent: they
 * are live notifications; a screen that misses one catches up from the state snapshot it gets on connect.
 */
@ApplicationScoped
public class QueueChangePublisher {

    public static final String TOPIC = "java:/jms/topic/ClinicQueueEvents";
    static final String KIND = "kind";
    private static final Logger LOG = Logger.getLogger(QueueChangePublisher.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();

    @Resource
    private ManagedExecutorService executor;

    @Resource(lookup = TOPIC)
    private Topic topic;

    /** The pooled connection factory: creating a context per send borrows a pooled connection. */
    @Resource(lookup = "java:/JmsXA")
    private ConnectionFactory connections;

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) QueueChange change) {
        String body = JSON.toJson(change);
        try {
            executor.execute(() -> send(change, body));
        } catch (RejectedExecutionException e) {
            LOG.warning(() -> "Queue change not broadcast (executor saturated): " + change.kind());
        }
    }

    private void send(QueueChange change, String body) {
        try (JMSContext jms = connections.createContext()) {
            jms.createProducer()
                    .setDeliveryMode(DeliveryMode.NON_PERSISTENT)
                    .setProperty(KIND, change.kind().name())
                    .send(topic, body);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Queue change not broadcast: " + change.kind(), e);
        }
    }

    static QueueChange parse(String body) {
        return JSON.fromJson(body, QueueChange.class);
    }
}
