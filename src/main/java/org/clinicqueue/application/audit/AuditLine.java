package org.clinicqueue.application.audit;

import java.time.Instant;
import org.clinicqueue.domain.audit.AuditEvent;

/** One audit line as the console shows it and the CSV export writes it (plain values, no entity). */
public record AuditLine(Long id, Instant occurredAt, String actor, String action, String ticketNumber,
                        String counterName, String serviceCode, String details, String reason) {

    public static AuditLine of(AuditEvent e) {
        return new AuditLine(e.getId(), e.getOccurredAt(), e.getActor(), e.getAction().name(), e.getTicketNumber(),
                e.getCounterName(), e.getServiceCode(), e.getDetails(), e.getReason());
    }
}
