package org.clinicqueue.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.clinicqueue.application.issuing.IssueTicketRequest;
import org.clinicqueue.application.issuing.IssuedTicket;
import org.clinicqueue.application.issuing.TicketIssuer;
import org.clinicqueue.application.queries.CounterView;
import org.clinicqueue.application.queries.QueueQueries;
import org.clinicqueue.application.queries.ServiceStatus;
import org.clinicqueue.application.queries.TicketView;
import org.clinicqueue.application.reception.TicketSearch;
import org.clinicqueue.domain.queue.Channel;
import org.clinicqueue.domain.queue.Priority;

/**
 * {@code /console/reception/index.xhtml}: reception issues tickets for walk-in patients (then prints them
 * from {@link PrintedTicketPage}) and finds a ticket to cancel it, change its priority or transfer it. The
 * services with their waiting counts and the search results follow the queue live.
 */
@Named
@ViewScoped
public class ReceptionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Languages a ticket may be announced and shown in; the patient's page falls back to English. */
    public static final List<String> PATIENT_LANGUAGES = List.of("en", "hi", "bn", "mr", "ta", "te", "gu", "kn", "ml", "pa", "ur");

    @Inject
    private TicketIssuer issuer;

    @Inject
    private QueueQueries queries;

    @Inject
    private TicketSearch search;

    private List<ServiceStatus> services;
    private List<CounterView> counters;

    private String serviceCode;
    private String patientName;
    private String phone;
    private String language = "en";
    private Priority priority = Priority.NORMAL;
    private String priorityReason;
    private IssuedTicket lastIssued;

    private String searchText;
    private List<TicketView> found = List.of();

    @Inject
    private TicketActions actions;

    @PostConstruct
    void init() {
        counters = queries.counters().stream().filter(CounterView::active).toList();
        refresh();
    }

    /** Rereads the services' waiting counts and the search results; also called by the live update. */
    public void refresh() {
        services = queries.services();
        if (searchText != null && !searchText.isBlank()) {
            List<TicketView> again = Feedback.attempt(() -> search.find(searchText), null);
            found = again == null ? List.of() : again;
        }
    }

    public void issue() {
        IssuedTicket issued = Feedback.attempt(() -> issuer.issue(new IssueTicketRequest(serviceCode, patientName, phone, language,
                priority, priorityReason, Channel.RECEPTION, null)), null);
        if (issued != null) {
            lastIssued = issued;
            Feedback.info(Messages.text("reception.issued").replace("{0}", issued.number()));
            patientName = null;
            phone = null;
            priority = Priority.NORMAL;
            priorityReason = null;
        }
        refresh();
    }

    public void find() {
        List<TicketView> result = Feedback.attempt(() -> search.find(searchText), null);
        found = result == null ? List.of() : result;
        if (result != null && result.isEmpty()) {
            Feedback.info(Messages.text("reception.nothingFound"));
        }
    }

    /** The cancel, priority and transfer dialogs (shared with the supervisor board). */
    public TicketActions getActions() {
        return actions;
    }

    public void applyAction() {
        actions.apply();
        refresh();
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public List<String> getLanguages() {
        return PATIENT_LANGUAGES;
    }

    public List<ServiceStatus> getServices() {
        return services;
    }

    public List<CounterView> getCounters() {
        return counters;
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public void setServiceCode(String serviceCode) {
        this.serviceCode = serviceCode;
    }

    public String getPatientName() {
        return patientName;
    }

    public void setPatientName(String patientName) {
        this.patientName = patientName;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public String getPriorityReason() {
        return priorityReason;
    }

    public void setPriorityReason(String priorityReason) {
        this.priorityReason = priorityReason;
    }

    public IssuedTicket getLastIssued() {
        return lastIssued;
    }

    public String getSearchText() {
        return searchText;
    }

    public void setSearchText(String searchText) {
        this.searchText = searchText;
    }

    public List<TicketView> getFound() {
        return found;
    }
}
