package org.clinicqueue.it.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.clinicqueue.application.history.QueueBroadcast;
import org.clinicqueue.application.history.QueueChange;
import org.clinicqueue.domain.audit.AuditAction;

/** Records the queue's events the way a screen receives them: only after the transaction committed. */
@ApplicationScoped
public class RecordedQueueChanges {

    private final List<QueueChange> received = new CopyOnWriteArrayList<>();
    private final List<QueueChange> broadcast = new CopyOnWriteArrayList<>();

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) QueueChange change) {
        received.add(change);
    }

    void onBroadcast(@Observes QueueBroadcast delivered) {
        broadcast.add(delivered.change());
    }

    /** Waits up to five seconds for a change of this kind and ticket to come back through the cluster topic. */
    public Optional<QueueChange> awaitBroadcast(AuditAction kind, Long ticketId) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            Optional<QueueChange> found = broadcast.stream()
                    .filter(c -> c.kind() == kind && ticketId.equals(c.ticketId())).findFirst();
            if (found.isPresent()) {
                return found;
            }
            Thread.sleep(50);
        }
        return Optional.empty();
    }

    public List<QueueChange> forTicket(String number) {
        return received.stream().filter(c -> number.equals(c.ticketNumber())).toList();
    }

    public List<QueueChange> forService(String code) {
        return received.stream().filter(c -> code.equals(c.serviceCode())
                || (c.services() != null && c.services().contains(code))).toList();
    }
}
