package org.clinicqueue.application.issuing;

import org.clinicqueue.domain.queue.Channel;
import org.clinicqueue.domain.queue.Priority;

/**
 * A request for a ticket.
 *
 * @param priority       null means NORMAL; anything else needs a staff caller and a reason
 * @param counterCode    optional: the ticket waits for this counter only (a doctor's room); staff only
 */
public record IssueTicketRequest(String serviceCode, String patientName, String phone, String language,
                                 Priority priority, String priorityReason, Channel channel, String counterCode) {

    public static IssueTicketRequest walkIn(String serviceCode, String patientName, String phone, String language, Channel channel) {
        return new IssueTicketRequest(serviceCode, patientName, phone, language, Priority.NORMAL, null, channel, null);
    }
}
