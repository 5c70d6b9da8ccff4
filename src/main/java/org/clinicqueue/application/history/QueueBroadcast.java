package org.clinicqueue.application.history;

/**
 * A committed queue change as delivered to this node, whichever node made it: the CDI event that display
 * screens, consoles and patients' phones listen to. Made from {@link QueueChange} after commit and carried
 * between nodes by the JMS topic of {@code wildfly-config/04-messaging.cli}, in the order it was published.
 */
public record QueueBroadcast(QueueChange change) {
}
