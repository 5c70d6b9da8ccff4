package org.clinicqueue.domain.reports;

import java.time.Instant;
import org.clinicqueue.domain.audit.AuditAction;

/**
 * One line of a ticket's audit trail, as much of it as reports need. The engine records every event with
 * the service the ticket is in <em>after</em> the change: for a transfer, the service it was sent to.
 *
 * @param sequence  the audit line's id: orders events recorded in the same instant
 * @param counterId the counter involved, or null
 * @param actor     who acted (the staff member for a call)
 */
public record TicketEvent(long ticketId, Instant at, long sequence, AuditAction action, Long serviceId, Long counterId,
                          String actor) {
}
