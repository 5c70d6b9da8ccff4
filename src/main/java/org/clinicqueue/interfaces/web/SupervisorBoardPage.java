package org.clinicqueue.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.clinicqueue.application.counters.CounterAvailability;
import org.clinicqueue.application.daysession.DaySessionCloser;
import org.clinicqueue.application.daysession.DaySessionCloser.ClosedSession;
import org.clinicqueue.application.queries.CounterView;
import org.clinicqueue.application.queries.QueueQueries;
import org.clinicqueue.application.queries.TicketView;
import org.clinicqueue.application.supervision.BoardView;
import org.clinicqueue.application.supervision.SupervisorBoard;
import org.clinicqueue.domain.queue.CounterStatus;

/**
 * {@code /console/supervisor/index.xhtml}: the live overview of every service and counter, the patients
 * waiting beyond the alert limit, and the supervisor's interventions: move a patient (through
 * {@link TicketActions}), put a counter on break or close it (the engine redistributes its patients), and
 * end a service's day session early.
 */
@Named
@ViewScoped
public class SupervisorBoardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SupervisorBoard board;

    @Inject
    private QueueQueries queries;

    @Inject
    private CounterAvailability availability;

    @Inject
    private DaySessionCloser sessions;

    @Inject
    private TicketActions actions;

    private BoardView view;
    private String shownService;
    private List<TicketView> shownWaiting = List.of();

    private Long counterId;
    private CounterStatus counterStatus;
    private String counterReason;

    private String sessionService;
    private String sessionReason;

    @PostConstruct
    void init() {
        refresh();
    }

    /** Rereads the board (and the waiting list being looked at); also called by the live update. */
    public void refresh() {
        view = board.overview();
        if (shownService != null) {
            List<TicketView> waiting = Feedback.attempt(() -> queries.waitingList(shownService), null);
            shownWaiting = waiting == null ? List.of() : waiting;
        }
    }

    public void showWaiting(String serviceCode) {
        shownService = serviceCode;
        refresh();
    }

    public void prepareCounterStatus(CounterView counter, CounterStatus status) {
        counterId = counter.id();
        counterStatus = status;
        counterReason = null;
    }

    public void changeCounterStatus() {
        if (Feedback.run(() -> availability.changeStatus(counterId, counterStatus, counterReason), Messages.text("board.counterChanged"))) {
            counterId = null;
        }
        refresh();
    }

    public void prepareCloseSession(String serviceCode) {
        sessionService = serviceCode;
        sessionReason = null;
    }

    public void closeSession() {
        ClosedSession closed = Feedback.attempt(() -> sessions.closeSession(sessionService, sessionReason), null);
        if (closed != null) {
            Feedback.info(Messages.text("board.sessionClosed").replace("{0}", closed.serviceCode())
                    .replace("{1}", String.valueOf(closed.endedTickets())));
            sessionService = null;
        }
        refresh();
    }

    public void applyAction() {
        actions.apply();
        refresh();
    }

    public TicketActions getActions() {
        return actions;
    }

    public BoardView getView() {
        return view;
    }

    public String getShownService() {
        return shownService;
    }

    public List<TicketView> getShownWaiting() {
        return shownWaiting;
    }

    public CounterStatus getCounterStatus() {
        return counterStatus;
    }

    public String getCounterName() {
        return view == null || counterId == null ? null
                : view.counters().stream().filter(c -> c.id().equals(counterId)).map(CounterView::name).findFirst().orElse(null);
    }

    public String getCounterReason() {
        return counterReason;
    }

    public void setCounterReason(String counterReason) {
        this.counterReason = counterReason;
    }

    public String getSessionService() {
        return sessionService;
    }

    public String getSessionReason() {
        return sessionReason;
    }

    public void setSessionReason(String sessionReason) {
        this.sessionReason = sessionReason;
    }
}
