package org.clinicqueue.application.queries;

import java.time.Instant;
import org.clinicqueue.domain.queue.Counter;
import org.clinicqueue.domain.queue.Ticket;

/** A ticket as staff see it (console, staff API). Patients see {@link TicketStatusView} instead. */
public record TicketView(Long id, String number, String trackingId, String patientName, String phone, String language,
                         String priority, String priorityReason, String status, String channel,
                         String serviceCode, String serviceName, String originServiceCode,
                         Long assignedCounterId, String assignedCounterName, Long counterId, String counterName,
                         String servedBy, int recallCount, int transferCount, boolean onHold, Instant callableAfter,
                         Instant issuedAt, Instant queuedAt, Instant calledAt, Instant serviceStartedAt, Instant finishedAt,
                         String endReason, String outcomeNote) {

    public static TicketView of(Ticket t) {
        Counter assigned = t.getAssignedCounter();
        Counter serving = t.getServingCounter();
        return new TicketView(t.getId(), t.displayNumber(), t.getTrackingId(), t.getPatientName(), t.getPhone(), t.getLanguage(),
                t.getPriority().name(), t.getPriorityReason(), t.getStatus().name(), t.getChannel().name(),
                t.getService().getCode(), t.getService().getName(), t.getOriginService().getCode(),
                assigned == null ? null : assigned.getId(), assigned == null ? null : assigned.getName(),
                serving == null ? null : serving.getId(), serving == null ? null : serving.getName(),
                t.getServedBy(), t.getRecallCount(), t.getTransferCount(), t.isOnHold(), t.getCallableAfter(),
                t.getIssuedAt(), t.getQueuedAt(), t.getCalledAt(), t.getServiceStartedAt(), t.getFinishedAt(),
                t.getEndReason(), t.getOutcomeNote());
    }
}
