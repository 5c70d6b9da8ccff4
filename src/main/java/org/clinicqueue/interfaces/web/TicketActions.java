package org.clinicqueue.interfaces.web;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.Serializable;
import org.clinicqueue.application.queries.TicketView;
import org.clinicqueue.application.transfers.TicketTransfers;
import org.clinicqueue.domain.queue.Priority;

/**
 * The dialog that reception and supervisors use on one chosen ticket: cancel it, change its priority, or
 * move it to another service or counter, each with a reason. Part of the page that shows it (dependent on
 * its view), so the dialog's input lives as long as the page. {@link TicketTransfers} decides and audits.
 */
@Dependent
public class TicketActions implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Kind { CANCEL, PRIORITY, TRANSFER }

    @Inject
    private TicketTransfers transfers;

    private Kind kind;
    private TicketView ticket;
    private String reason;
    private Priority priority;
    private String targetService;
    private String targetCounter;
    private boolean keepPlace = true;

    public void prepareCancel(TicketView chosen) {
        prepare(Kind.CANCEL, chosen);
    }

    public void preparePriority(TicketView chosen) {
        prepare(Kind.PRIORITY, chosen);
        priority = Priority.valueOf(chosen.priority());
    }

    public void prepareTransfer(TicketView chosen) {
        prepare(Kind.TRANSFER, chosen);
        targetService = chosen.serviceCode();
    }

    /** @return whether the change was made (a refusal is shown as a message and changes nothing) */
    public boolean apply() {
        if (ticket == null || kind == null) {
            return false;
        }
        Long id = ticket.id();
        boolean done = switch (kind) {
            case CANCEL -> Feedback.run(() -> transfers.cancel(id, reason), Messages.text("tickets.cancelled").replace("{0}", ticket.number()));
            case PRIORITY -> Feedback.run(() -> transfers.changePriority(id, priority, reason),
                    Messages.text("tickets.priorityChanged").replace("{0}", ticket.number()));
            case TRANSFER -> Feedback.run(() -> transfers.transfer(id, targetService, targetCounter, keepPlace, reason),
                    Messages.text("tickets.transferred").replace("{0}", ticket.number()));
        };
        if (done) {
            kind = null;
            ticket = null;
        }
        return done;
    }

    private void prepare(Kind newKind, TicketView chosen) {
        this.kind = newKind;
        this.ticket = chosen;
        this.reason = null;
        this.priority = null;
        this.targetService = null;
        this.targetCounter = null;
        this.keepPlace = true;
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public Kind getKind() {
        return kind;
    }

    public TicketView getTicket() {
        return ticket;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public String getTargetService() {
        return targetService;
    }

    public void setTargetService(String targetService) {
        this.targetService = targetService;
    }

    public String getTargetCounter() {
        return targetCounter;
    }

    public void setTargetCounter(String targetCounter) {
        this.targetCounter = targetCounter;
    }

    public boolean isKeepPlace() {
        return keepPlace;
    }

    public void setKeepPlace(boolean keepPlace) {
        this.keepPlace = keepPlace;
    }
}
