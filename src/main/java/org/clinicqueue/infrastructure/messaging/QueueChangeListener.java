package org.clinicqueue.infrastructure.messaging;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clinicqueue.application.history.QueueBroadcast;

/**
 * Every node's consumer of the cluster topic (non-durable: a node that is down has no screens to update).
 * One session only, so changes reach this node's screens in the order they were published.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = QueueChangePublisher.TOPIC),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "NonDurable"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll
public class QueueChangeListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(QueueChangeListener.class.getName());

    @Inject
    private Event<QueueBroadcast> broadcasts;

    @Override
    public void onMessage(Message message) {
        try {
            String body = ((TextMessage) message).getText();
            broadcasts.fire(new QueueBroadcast(QueueChangePublisher.parse(body)));
        } catch (JMSException | RuntimeException e) {
            // One bad message or a failing screen must not stop the deliveries that follow.
            LOG.log(Level.WARNING, "Could not deliver a queue change to this node's screens", e);
        }
    }
}
