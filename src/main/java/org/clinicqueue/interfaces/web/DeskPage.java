package org.clinicqueue.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.clinicqueue.application.calling.CounterDesk;
import org.clinicqueue.application.catalog.ServiceCatalog;
import org.clinicqueue.application.counters.CounterAvailability;
import org.clinicqueue.application.desk.CounterWorkspace;
import org.clinicqueue.application.desk.DeskChoices;
import org.clinicqueue.application.desk.DeskView;
import org.clinicqueue.application.queries.CounterView;
import org.clinicqueue.application.queries.QueueQueries;
import org.clinicqueue.application.queries.TicketView;
import org.clinicqueue.application.transfers.TicketTransfers;
import org.clinicqueue.domain.queue.ClinicService;
import org.clinicqueue.domain.queue.CounterStatus;

/**
 * {@code /console/desk/index.xhtml}: the counter desk of a clerk or doctor. Every button is one call of
 * {@link CounterDesk}, {@link CounterAvailability} or {@link TicketTransfers}, which decide whether it is
 * allowed; the page then reads the desk again through {@link CounterWorkspace}. It also rereads whenever
 * {@link ConsolePush} says the queue changed.
 */
@Named
@ViewScoped
public class DeskPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DeskChoices choices;

    @Inject
    private CounterWorkspace workspace;

    @Inject
    private CounterDesk desk;

    @Inject
    private CounterAvailability availability;

    @Inject
    private TicketTransfers transfers;

    @Inject
    private QueueQueries queries;

    @Inject
    private ServiceCatalog catalog;

    private Long counterId;
    private DeskView view;
    private List<CounterView> counters;
    private List<ClinicService> services;

    private String outcomeNote;
    private String holdReason;
    private Integer lateMinutes;
    private String statusReason;

    private Long selectedTicketId;
    private String callReason;

    private String transferService;
    private String transferCounter;
    private boolean transferKeepPlace = true;
    private String transferReason;

    @PostConstruct
    void init() {
        counters = queries.counters().stream().filter(CounterView::active).toList();
        services = catalog.all().stream().filter(ClinicService::isActive).toList();
        counterId = choices.remembered().orElse(null);
        refresh();
    }

    /** Rereads the desk; called after each action and by the live update. */
    public void refresh() {
        view = counterId == null ? null : Feedback.attempt(() -> workspace.view(counterId), null);
        if (view != null && lateMinutes == null) {
            lateMinutes = view.counter().lateMinutes();
        }
    }

    public void chooseCounter() {
        if (Feedback.attempt(() -> choices.choose(counterId), null) == null) {
            counterId = null;
        }
        lateMinutes = null;
        refresh();
    }

    public void callNext() {
        Optional<TicketView> called = Feedback.attempt(() -> desk.callNext(counterId), null);
        if (called != null && called.isEmpty()) {
            Feedback.info(Messages.text("desk.nobodyWaiting"));
        }
        refresh();
    }

    public void recall() {
        act(() -> desk.recall(counterId), "desk.recalled");
    }

    public void start() {
        act(() -> desk.startService(counterId), null);
    }

    public void complete() {
        if (act(() -> desk.complete(counterId, outcomeNote), "desk.completed")) {
            outcomeNote = null;
        }
    }

    public void noShow() {
        act(() -> desk.markNoShow(counterId), "desk.noShowMarked");
    }

    public void hold() {
        if (act(() -> desk.hold(counterId, holdReason), "desk.heldDone")) {
            holdReason = null;
        }
    }

    public void bringBack(Long ticketId) {
        act(() -> desk.bringBack(counterId, ticketId), null);
    }

    /** Opens the "call this patient" dialog for a row of the waiting list. */
    public void prepareCall(Long ticketId) {
        selectedTicketId = ticketId;
        callReason = null;
    }

    public void callSelected() {
        if (act(() -> desk.callSpecific(counterId, selectedTicketId, callReason), null)) {
            selectedTicketId = null;
            callReason = null;
        }
    }

    public void prepareTransfer() {
        transferService = view == null || view.current() == null ? null : view.current().serviceCode();
        transferCounter = null;
        transferKeepPlace = true;
        transferReason = null;
    }

    public void transfer() {
        Long ticketId = view == null || view.current() == null ? null : view.current().id();
        if (act(() -> transfers.transfer(ticketId, transferService, transferCounter, transferKeepPlace, transferReason), "desk.transferred")) {
            transferReason = null;
        }
    }

    public void available() {
        changeStatus(CounterStatus.AVAILABLE);
    }

    public void onBreak() {
        changeStatus(CounterStatus.ON_BREAK);
    }

    public void close() {
        changeStatus(CounterStatus.CLOSED);
    }

    public void runLate() {
        act(() -> availability.runLate(counterId, lateMinutes == null ? 0 : lateMinutes, statusReason), "desk.lateSaved");
    }

    private void changeStatus(CounterStatus status) {
        if (act(() -> availability.changeStatus(counterId, status, statusReason), "desk.statusSaved")) {
            statusReason = null;
        }
    }

    private boolean act(Runnable action, String successKey) {
        boolean done = Feedback.run(action, successKey == null ? null : Messages.text(successKey));
        refresh();
        return done;
    }

    public boolean isHasPatient() {
        return view != null && view.current() != null;
    }

    public TicketView getSelectedTicket() {
        return view == null || selectedTicketId == null ? null
                : view.waiting().stream().filter(t -> t.id().equals(selectedTicketId)).findFirst().orElse(null);
    }

    public Long getCounterId() {
        return counterId;
    }

    public void setCounterId(Long counterId) {
        this.counterId = counterId;
    }

    public DeskView getView() {
        return view;
    }

    public List<CounterView> getCounters() {
        return counters;
    }

    public List<ClinicService> getServices() {
        return services;
    }

    public String getOutcomeNote() {
        return outcomeNote;
    }

    public void setOutcomeNote(String outcomeNote) {
        this.outcomeNote = outcomeNote;
    }

    public String getHoldReason() {
        return holdReason;
    }

    public void setHoldReason(String holdReason) {
        this.holdReason = holdReason;
    }

    public Integer getLateMinutes() {
        return lateMinutes;
    }

    public void setLateMinutes(Integer lateMinutes) {
        this.lateMinutes = lateMinutes;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public void setStatusReason(String statusReason) {
        this.statusReason = statusReason;
    }

    public Long getSelectedTicketId() {
        return selectedTicketId;
    }

    public String getCallReason() {
        return callReason;
    }

    public void setCallReason(String callReason) {
        this.callReason = callReason;
    }

    public String getTransferService() {
        return transferService;
    }

    public void setTransferService(String transferService) {
        this.transferService = transferService;
    }

    public String getTransferCounter() {
        return transferCounter;
    }

    public void setTransferCounter(String transferCounter) {
        this.transferCounter = transferCounter;
    }

    public boolean isTransferKeepPlace() {
        return transferKeepPlace;
    }

    public void setTransferKeepPlace(boolean transferKeepPlace) {
        this.transferKeepPlace = transferKeepPlace;
    }

    public String getTransferReason() {
        return transferReason;
    }

    public void setTransferReason(String transferReason) {
        this.transferReason = transferReason;
    }
}
