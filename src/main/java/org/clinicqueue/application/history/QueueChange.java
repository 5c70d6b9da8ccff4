package org.clinicqueue.application.history;

import java.time.Instant;
import java.util.List;
import org.clinicqueue.domain.audit.AuditAction;

/**
 * A committed change of the queue, as screens need it: fired as a CDI event during the transaction and
 * observed {@code during = TransactionPhase.AFTER_SUCCESS}, so nothing is announced for a change that rolled
 * back. Plain values only (no entities): it is also sent as JSON to the other nodes of a cluster.
 *
 * @param services      the codes of the services whose queue this change touched (a counter change: the
 *                      counter's services); screens use them to know what concerns them
 * @param displayCode   for a supervisor's message to one display; null for all or for other changes
 */
public record QueueChange(
        AuditAction kind,
        Instant at,
        Long ticketId,
        String trackingId,
        String ticketNumber,
        String spokenNumber,
        String patientName,
        String language,
        String ticketStatus,
        String priority,
        String serviceCode,
        String serviceName,
        Long counterId,
        String counterName,
        String counterSpokenName,
        String counterStatus,
        int recallCount,
        String reason,
        List<String> services,
        String displayCode) {

    public boolean isCall() {
        return kind == AuditAction.TICKET_CALLED || kind == AuditAction.TICKET_CALLED_OUT_OF_ORDER
                || kind == AuditAction.TICKET_RECALLED;
    }
}
