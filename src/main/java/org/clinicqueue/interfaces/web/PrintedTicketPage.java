package org.clinicqueue.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.clinicqueue.application.queries.QueueQueries;
import org.clinicqueue.application.queries.TicketStatusView;
import org.clinicqueue.application.queries.TicketView;

/**
 * {@code /console/reception/ticket.xhtml?id=…}: the paper ticket reception hands over. Number, service,
 * time, the expected wait at the moment of printing, and a QR code of the patient's live status page
 * ({@code /t/{trackingId}}, built by {@link PublicLinks}) so they can follow their turn on their phone.
 */
@Named
@RequestScoped
public class PrintedTicketPage {

    static final int QR_SIZE = 220;

    @Inject
    private QueueQueries queries;

    private Long id;
    private TicketView ticket;
    private TicketStatusView status;
    private String statusLink;
    private String qrCode;

    /** Loads the ticket named by the {@code id} view parameter; an unknown id shows a message instead. */
    public void load() {
        if (id == null) {
            Feedback.error(Messages.text("ticket.unknown"));
            return;
        }
        ticket = Feedback.attempt(() -> queries.ticket(id), null);
        if (ticket != null) {
            status = queries.ticketStatus(ticket.trackingId());
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
            statusLink = PublicLinks.ticketStatus(request, ticket.trackingId());
            qrCode = QrCodes.dataUri(statusLink, QR_SIZE);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public TicketView getTicket() {
        return ticket;
    }

    public TicketStatusView getStatus() {
        return status;
    }

    public String getStatusLink() {
        return statusLink;
    }

    public String getQrCode() {
        return qrCode;
    }
}
