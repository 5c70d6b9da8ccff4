package org.clinicqueue.application.issuing;

import java.time.Instant;

/** What the patient (or the clerk printing the ticket) is told once the ticket exists. */
public record IssuedTicket(Long ticketId, String number, String trackingId, String serviceCode, String serviceName,
                           String patientName, String priority, String status, Instant issuedAt,
                           int peopleAhead, int estimatedWaitMinutes, boolean servicePaused) {

    IssuedTicket withEstimate(int ahead, int minutes, boolean paused) {
        return new IssuedTicket(ticketId, number, trackingId, serviceCode, serviceName, patientName, priority, status, issuedAt,
                ahead, minutes, paused);
    }
}
