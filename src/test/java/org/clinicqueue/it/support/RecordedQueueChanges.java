package org.clinicqueue.it.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.clinicqueue.application.history.QueueChange;

/** Records the queue's events the way a screen receives them: only after the transaction committed. */
@ApplicationScoped
public class RecordedQueueChanges {

    private final List<QueueChange> received = new CopyOnWriteArrayList<>();

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) QueueChange change) {
        received.add(change);
    }

    public List<QueueChange> forTicket(String number) {
        return received.stream().filter(c -> number.equals(c.ticketNumber())).toList();
    }

    public List<QueueChange> forService(String code) {
        return received.stream().filter(c -> code.equals(c.serviceCode())
                || (c.waitingCounts() != null && c.waitingCounts().containsKey(code))).toList();
    }
}
