package org.clinicqueue.application.queries;

import java.time.Instant;

/**
 * What a patient's phone is told about their own ticket: no phone number, no other patient's data.
 *
 * @param counterName     where to go, once called
 * @param sessionClosed   the supervisor closed the day's session; the ticket ended with it
 */
public record TicketStatusView(String number, String serviceCode, String serviceName, String patientName, String language,
                               String status, int peopleAhead, int estimatedWaitMinutes, boolean servicePaused,
                               boolean onHold, String counterName, String counterSpokenName, Instant issuedAt,
                               Instant calledAt, Instant finishedAt, boolean sessionClosed, String endReason) {
}
