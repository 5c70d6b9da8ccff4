package org.clinicqueue.application.queries;

import java.time.Instant;
import java.util.List;
import org.clinicqueue.domain.queue.ClinicService;
import org.clinicqueue.domain.queue.Counter;
import org.clinicqueue.domain.queue.Ticket;

/** A counter as staff see it: status, who works there, the current patient. */
public record CounterView(Long id, String code, String name, String spokenName, List<String> serviceCodes,
                          String status, Instant statusSince, String staffUsername, int lateMinutes, boolean active,
                          Long currentTicketId, String currentTicketNumber, String currentPatientName, String currentTicketStatus) {

    public static CounterView of(Counter c) {
        Ticket current = c.getCurrentTicket();
        return new CounterView(c.getId(), c.getCode(), c.getName(), c.getSpokenName(),
                c.getServices().stream().map(ClinicService::getCode).sorted().toList(),
                c.getStatus().name(), c.getStatusSince(), c.getStaffUsername(), c.getLateMinutes(), c.isActive(),
                current == null ? null : current.getId(), current == null ? null : current.displayNumber(),
                current == null ? null : current.getPatientName(), current == null ? null : current.getStatus().name());
    }
}
