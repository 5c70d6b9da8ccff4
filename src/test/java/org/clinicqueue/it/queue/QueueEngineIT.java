package org.clinicqueue.it.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.clinicqueue.application.calling.CounterDesk;
import org.clinicqueue.application.counters.CounterAvailability;
import org.clinicqueue.application.daysession.DaySessionCloser;
import org.clinicqueue.application.history.QueueChange;
import org.clinicqueue.application.issuing.IssueTicketRequest;
import org.clinicqueue.application.issuing.IssuedTicket;
import org.clinicqueue.application.issuing.TicketIssuer;
import org.clinicqueue.application.catalog.ServiceCatalog;
import org.clinicqueue.application.queries.QueueQueries;
import org.clinicqueue.application.queries.ServiceStatus;
import org.clinicqueue.application.queries.TicketStatusView;
import org.clinicqueue.application.queries.TicketView;
import org.clinicqueue.application.queries.WaitEstimates;
import org.clinicqueue.application.transfers.TicketTransfers;
import org.clinicqueue.domain.ConflictException;
import org.clinicqueue.domain.InvalidInputException;
import org.clinicqueue.domain.NotAllowedException;
import org.clinicqueue.domain.audit.AuditAction;
import org.clinicqueue.domain.queue.Channel;
import org.clinicqueue.domain.queue.ClinicService;
import org.clinicqueue.domain.queue.Counter;
import org.clinicqueue.domain.queue.CounterStatus;
import org.clinicqueue.domain.queue.Priority;
import org.clinicqueue.domain.queue.QueueEntry;
import org.clinicqueue.domain.queue.QueueOrder;
import org.clinicqueue.it.support.DemoAccounts;
import org.clinicqueue.it.support.Deployments;
import org.clinicqueue.it.support.QueueFixture;
import org.clinicqueue.it.support.RecordedQueueChanges;
import org.clinicqueue.it.support.SignedIn;
import org.clinicqueue.it.support.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The queue engine's EJBs in the real container against the real database: the rules, the audit trail, the events. */
@ExtendWith(ArquillianExtension.class)
class QueueEngineIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    QueueFixture fixture;

    @Inject
    TicketIssuer issuer;

    @Inject
    CounterDesk desk;

    @Inject
    CounterAvailability availability;

    @Inject
    TicketTransfers transfers;

    @Inject
    DaySessionCloser sessions;

    @Inject
    QueueQueries queries;

    @Inject
    RecordedQueueChanges changes;

    @Inject
    WaitEstimates estimates;

    @Inject
    ServiceCatalog catalog;

    @Inject
    TestDatabase db;

    static <T> T asClerk(Callable<T> work) throws Exception {
        return SignedIn.as(DemoAccounts.CLERK, DemoAccounts.CLERK_PASSWORD, work);
    }

    static <T> T asDoctor(Callable<T> work) throws Exception {
        return SignedIn.as(DemoAccounts.DOCTOR, DemoAccounts.DOCTOR_PASSWORD, work);
    }

    static <T> T asReception(Callable<T> work) throws Exception {
        return SignedIn.as(DemoAccounts.RECEPTION, DemoAccounts.RECEPTION_PASSWORD, work);
    }

    static <T> T asSupervisor(Callable<T> work) throws Exception {
        return SignedIn.as(DemoAccounts.SUPERVISOR, DemoAccounts.SUPERVISOR_PASSWORD, work);
    }

    @Test
    void aPatientIsIssuedCalledServedAndCompletedWithAuditAndEventsAfterCommit() throws Exception {
        String service = fixture.service();
        Counter counter = fixture.counter(service);

        IssuedTicket first = fixture.walkIn(service, "Ravi Kumar");
        IssuedTicket second = fixture.walkIn(service, "Meena Iyer");
        assertThat(first.number()).isEqualTo("T-001");
        assertThat(second.number()).isEqualTo("T-002");
        assertThat(second.peopleAhead()).isEqualTo(1);
        assertThat(second.estimatedWaitMinutes()).as("1 ahead x 10 configured minutes, one counter").isEqualTo(10);
        assertThat(first.trackingId()).hasSize(22).isNotEqualTo(second.trackingId());

        TicketView called = asClerk(() -> desk.callNext(counter.getId())).orElseThrow();
        assertThat(called.number()).isEqualTo("T-001");
        assertThat(called.counterName()).isEqualTo(counter.getName());
        asClerk(() -> desk.startService(counter.getId()));
        TicketView done = asClerk(() -> desk.complete(counter.getId(), "Prescription given"));

        assertThat(done.status()).isEqualTo("DONE");
        assertThat(done.servedBy()).isEqualTo("clerk");
        assertThat(queries.ticketStatus(second.trackingId()).peopleAhead()).isZero();
        assertThat(db.list("SELECT action FROM audit_event WHERE ticket_id = ? ORDER BY id", first.ticketId()))
                .containsExactly("TICKET_ISSUED", "TICKET_CALLED", "SERVICE_STARTED", "TICKET_COMPLETED");
        assertThat(db.single("SELECT actor FROM audit_event WHERE ticket_id = ? AND action = 'TICKET_CALLED'", first.ticketId()))
                .isEqualTo("clerk");
        assertThat(db.single("SELECT actor FROM audit_event WHERE ticket_id = ? AND action = 'TICKET_ISSUED'", first.ticketId()))
                .as("nobody signed in at a kiosk").isEqualTo("patient");

        List<QueueChange> events = changes.forTicket("T-001").stream().filter(c -> c.serviceCode().equals(service)).toList();
        assertThat(events).extracting(QueueChange::kind).containsExactly(
                AuditAction.TICKET_ISSUED, AuditAction.TICKET_CALLED, AuditAction.SERVICE_STARTED, AuditAction.TICKET_COMPLETED);
        QueueChange call = events.get(1);
        assertThat(call.patientName()).isEqualTo("Ravi Kumar");
        assertThat(call.spokenNumber()).isEqualTo("T 1");
        assertThat(call.counterSpokenName()).isEqualTo(counter.getName());
        assertThat(call.services()).containsExactly(service);
    }

    @Test
    void committedChangesComeBackThroughTheClusterTopicAsBroadcasts() throws Exception {
        String service = fixture.service();
        Counter counter = fixture.counter(service);
        IssuedTicket ticket = fixture.walkIn(service, "Broadcast Me");

        asClerk(() -> desk.callNext(counter.getId()));

        QueueChange delivered = changes.awaitBroadcast(AuditAction.TICKET_CALLED, ticket.ticketId()).orElseThrow();
        assertThat(delivered.ticketNumber()).isEqualTo("T-001");
        assertThat(delivered.patientName()).isEqualTo("Broadcast Me");
        assertThat(delivered.counterName()).isEqualTo(counter.getName());
        assertThat(delivered.at()).isNotNull();
        assertThat(delivered.services()).containsExactly(service);
    }

    @Test
    void aRefusedActionChangesNothingAndAnnouncesNothing() throws Exception {
        String service = fixture.service();
        Counter counter = fixture.counter(service);
        IssuedTicket ticket = fixture.walkIn(service, "Asha Patel");
        int eventsBefore = changes.forService(service).size();

        assertThatThrownBy(() -> asClerk(() -> desk.complete(counter.getId(), null)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("call the next patient first");
        asClerk(() -> desk.callNext(counter.getId()));
        assertThatThrownBy(() -> asClerk(() -> desk.callNext(counter.getId())))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already serving T-001");

        assertThat(changes.forService(service).stream().filter(c -> c.kind() == AuditAction.TICKET_COMPLETED)).isEmpty();
        assertThat(changes.forService(service).size()).as("only the one call was announced").isEqualTo(eventsBefore + 2);
        assertThat(db.single("SELECT status FROM ticket WHERE id = ?", ticket.ticketId())).isEqualTo("CALLED");
    }

    @Test
    void theDatabaseCountOfPeopleAheadAgreesWithTheDomainRule() throws Exception {
        String service = fixture.service();
        Counter room = fixture.counter(service);
        asClerk(() -> availability.changeStatus(room.getId(), CounterStatus.AVAILABLE, null));
        List<IssuedTicket> tickets = new ArrayList<>();
        tickets.add(fixture.walkIn(service, "Normal One"));
        tickets.add(fixture.forCounter(service, "Assigned", room.getCode()));
        tickets.add(asReception(() -> issuer.issue(new IssueTicketRequest(service, "High One", null, "en", Priority.HIGH, "pregnant", Channel.RECEPTION, null))));
        tickets.add(fixture.walkIn(service, "Normal Two"));
        tickets.add(asReception(() -> issuer.issue(new IssueTicketRequest(service, "Emergency", null, "en", Priority.EMERGENCY, "injury", Channel.RECEPTION, null))));
        tickets.add(fixture.walkIn(service, "Normal Three"));
        asClerk(() -> desk.callNext(room.getId()));
        asClerk(() -> desk.hold(room.getId(), "x-ray"));

        List<QueueEntry> waiting = estimates.waitingIn(List.of(serviceCatalogEntity(service)));
        for (IssuedTicket ticket : tickets) {
            QueueEntry entry = waiting.stream().filter(e -> e.ticketId().equals(ticket.ticketId())).findFirst().orElse(null);
            if (entry != null && entry.assignedCounterId() == null) {
                assertThat(queries.ticketStatus(ticket.trackingId()).peopleAhead()).as(ticket.patientName())
                        .isEqualTo(QueueOrder.peopleAhead(entry, waiting));
            }
        }
        assertThat(queries.ticketStatus(tickets.get(5).trackingId()).peopleAhead())
                .as("the held emergency, the high, and the three normal ones who came earlier (one of them the room's)").isEqualTo(5);
    }

    private ClinicService serviceCatalogEntity(String code) throws Exception {
        return SignedIn.asAdmin(() -> catalog.require(code));
    }

    @Test
    void nobodyWaitingMeansCallNextReturnsNothing() throws Exception {
        Counter counter = fixture.counter(fixture.service());

        assertThat(asClerk(() -> desk.callNext(counter.getId()))).isEmpty();
    }

    @Test
    void priorityPatientsAreCalledFirstAndOnlyStaffMayGivePriority() throws Exception {
        String service = fixture.service();
        Counter counter = fixture.counter(service);
        fixture.walkIn(service, "First Normal");
        IssuedTicket urgent = asReception(() -> issuer.issue(new IssueTicketRequest(service, "Old Man", null, "hi",
                Priority.HIGH, "Aged 82", Channel.RECEPTION, null)));

        assertThat(urgent.peopleAhead()).isZero();
        assertThat(asClerk(() -> desk.callNext(counter.getId())).orElseThrow().number()).isEqualTo(urgent.number());
        assertThatThrownBy(() -> issuer.issue(new IssueTicketRequest(service, "Sneaky", null, "en", Priority.EMERGENCY,
                "me first", Channel.PHONE, null))).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> asReception(() -> issuer.issue(new IssueTicketRequest(service, "No Reason", null, "en",
                Priority.HIGH, " ", Channel.RECEPTION, null)))).isInstanceOf(InvalidInputException.class).hasMessageContaining("reason");
    }

    @Test
    void badInputIsRefusedAndTakesNoNumber() throws Exception {
        String service = fixture.service();

        assertThatThrownBy(() -> fixture.walkIn(service, "Ravi\u202Eevil")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> issuer.issue(IssueTicketRequest.walkIn(service, "Ravi", "12", "en", Channel.PHONE)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("phone");
        assertThatThrownBy(() -> fixture.walkIn("NOPE", "Ravi")).hasMessageContaining("There is no service 'NOPE'");

        assertThat(fixture.walkIn(service, "Ravi").number()).as("no number was used by the refusals").isEqualTo("T-001");
    }

    @Test
    void theDailyLimitIsRespectedExceptForEmergencies() throws Exception {
        String service = fixture.service(2, 5);
        fixture.walkIn(service, "One");
        fixture.walkIn(service, "Two");

        assertThatThrownBy(() -> fixture.walkIn(service, "Three"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("all 2 tickets for today");
        IssuedTicket emergency = asReception(() -> issuer.issue(new IssueTicketRequest(service, "Accident", null, "en",
                Priority.EMERGENCY, "Bleeding", Channel.RECEPTION, null)));
        assertThat(emergency.number()).as("no gap from the refusal").isEqualTo("T-003");
    }

    @Test
    void onePhoneHoldsOneActiveTicketPerService() throws Exception {
        String service = fixture.service();
        String other = fixture.service();
        Counter counter = fixture.counter(service);
        issuer.issue(IssueTicketRequest.walkIn(service, "Ravi", "+91 98765 43210", "en", Channel.PHONE));

        assertThatThrownBy(() -> issuer.issue(IssueTicketRequest.walkIn(service, "Ravi again", "+919876543210", "en", Channel.PHONE)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already has a ticket");
        assertThat(issuer.issue(IssueTicketRequest.walkIn(other, "Ravi", "+919876543210", "en", Channel.PHONE)).number()).isEqualTo("T-001");

        asClerk(() -> desk.callNext(counter.getId()));
        asClerk(() -> desk.complete(counter.getId(), null));
        assertThat(issuer.issue(IssueTicketRequest.walkIn(service, "Ravi", "+919876543210", "en", Channel.PHONE)).number())
                .as("allowed again once the first ticket ended").isEqualTo("T-002");
    }

    @Test
    void aClosedServiceRefusesNewTicketsWithItsHours() throws Exception {
        LocalTime now = LocalTime.now(ZoneId.of("Asia/Kolkata"));
        String service = fixture.serviceOpenBetween(now.plusHours(2).withSecond(0).withNano(0), now.plusHours(3).withSecond(0).withNano(0));

        assertThatThrownBy(() -> fixture.walkIn(service, "Too Early"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("is closed now");
        assertThat(queries.services()).filteredOn(s -> s.code().equals(service)).extracting(ServiceStatus::open).containsExactly(false);
    }

    @Test
    void aTransferKeepsTheNumberThePlaceAndTheHistory() throws Exception {
        String opd = fixture.service();
        String lab = fixture.service();
        Counter room = fixture.counter(opd);
        Counter labDesk = fixture.counter(lab);
        fixture.walkIn(lab, "Already In Lab");
        IssuedTicket ticket = fixture.walkIn(opd, "Ravi Kumar");
        Thread.sleep(5);
        IssuedTicket laterLab = fixture.walkIn(lab, "Later Lab Arrival");

        asClerk(() -> desk.callNext(room.getId()));
        TicketView moved = asClerk(() -> transfers.transfer(ticket.ticketId(), lab, null, true, "Needs blood test"));

        assertThat(moved.number()).isEqualTo("T-001");
        assertThat(moved.serviceCode()).isEqualTo(lab);
        assertThat(moved.status()).isEqualTo("WAITING");
        assertThat(asClerk(() -> queries.counter(room.getId())).status()).as("the room is free again").isEqualTo("AVAILABLE");
        assertThat(queries.ticketStatus(ticket.trackingId()).peopleAhead()).as("ahead of the later lab arrival").isEqualTo(1);
        assertThat(queries.ticketStatus(laterLab.trackingId()).peopleAhead()).isEqualTo(2);
        assertThat(db.single("SELECT details FROM audit_event WHERE ticket_id = ? AND action = 'TICKET_TRANSFERRED'", ticket.ticketId()))
                .asString().contains(opd + " at " + room.getName() + " → " + lab);
        assertThat(db.single("SELECT reason FROM audit_event WHERE ticket_id = ? AND action = 'TICKET_TRANSFERRED'", ticket.ticketId()))
                .isEqualTo("Needs blood test");

        assertThat(asClerk(() -> desk.callNext(labDesk.getId())).orElseThrow().patientName()).isEqualTo("Already In Lab");
        asClerk(() -> desk.complete(labDesk.getId(), null));
        assertThat(asClerk(() -> desk.callNext(labDesk.getId())).orElseThrow().patientName()).isEqualTo("Ravi Kumar");
    }

    @Test
    void aNoShowComesBackOnceAfterTheGrace() throws Exception {
        String service = fixture.service();
        Counter counter = fixture.counter(service);
        IssuedTicket ticket = fixture.walkIn(service, "Absent Patient");

        asClerk(() -> desk.callNext(counter.getId()));
        TicketView afterNoShow = asClerk(() -> desk.markNoShow(counter.getId()));

        assertThat(afterNoShow.status()).isEqualTo("WAITING");
        assertThat(afterNoShow.callableAfter()).isBetween(Instant.now().plusSeconds(9 * 60), Instant.now().plusSeconds(11 * 60));
        assertThat(asClerk(() -> desk.callNext(counter.getId()))).as("not callable during the grace").isEmpty();

        db.update("UPDATE ticket SET callable_after = ? WHERE id = ?", Instant.now().minusSeconds(1), ticket.ticketId());
        asClerk(() -> desk.callNext(counter.getId())).orElseThrow();
        assertThat(asClerk(() -> desk.markNoShow(counter.getId())).status()).isEqualTo("NO_SHOW");
    }

    @Test
    void aHeldPatientFreesTheCounterAndIsBroughtBackLater() throws Exception {
        String service = fixture.service();
        Counter counter = fixture.counter(service);
        IssuedTicket held = fixture.walkIn(service, "Sent For Xray");
        fixture.walkIn(service, "Next Patient");

        asClerk(() -> desk.callNext(counter.getId()));
        assertThat(asClerk(() -> desk.hold(counter.getId(), "X-ray")).onHold()).isTrue();
        assertThat(asClerk(() -> desk.callNext(counter.getId())).orElseThrow().number()).as("held patient skipped").isEqualTo("T-002");
        asClerk(() -> desk.complete(counter.getId(), null));

        TicketView back = asClerk(() -> desk.bringBack(counter.getId(), held.ticketId()));
        assertThat(back.status()).isEqualTo("CALLED");
        assertThat(back.onHold()).isFalse();
        assertThat(db.list("SELECT action FROM audit_event WHERE ticket_id = ? ORDER BY id", held.ticketId()))
                .containsSubsequence("TICKET_HELD", "TICKET_RESUMED", "TICKET_CALLED");
    }

    @Test
    void recallsAreAnnouncedAndLimited() throws Exception {
        String service = fixture.service();
        Counter counter = fixture.counter(service);
        fixture.walkIn(service, "Hard Of Hearing");
        asClerk(() -> desk.callNext(counter.getId()));

        for (int i = 1; i <= 3; i++) {
            assertThat(asClerk(() -> desk.recall(counter.getId())).recallCount()).isEqualTo(i);
        }
        assertThatThrownBy(() -> asClerk(() -> desk.recall(counter.getId()))).isInstanceOf(ConflictException.class);
        assertThat(changes.forTicket("T-001").stream().filter(c -> c.serviceCode().equals(service))
                .filter(c -> c.kind() == AuditAction.TICKET_RECALLED)).hasSize(3);
    }

    @Test
    void callingOutOfTurnNeedsAReasonWhichIsAudited() throws Exception {
        String service = fixture.service();
        Counter counter = fixture.counter(service);
        fixture.walkIn(service, "First");
        IssuedTicket second = fixture.walkIn(service, "Wheelchair");

        assertThatThrownBy(() -> asClerk(() -> desk.callSpecific(counter.getId(), second.ticketId(), "")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(asClerk(() -> desk.callSpecific(counter.getId(), second.ticketId(), "Wheelchair user")).number()).isEqualTo("T-002");
        assertThat(db.single("SELECT reason FROM audit_event WHERE ticket_id = ? AND action = 'TICKET_CALLED_OUT_OF_ORDER'",
                second.ticketId())).isEqualTo("Wheelchair user");
    }

    @Test
    void aCounterOnBreakHandsItsPatientsToTheLeastLoadedOpenCounters() throws Exception {
        String service = fixture.service();
        Counter leaving = fixture.counter(service);
        Counter busy = fixture.counter(service);
        Counter idle = fixture.counter(service);
        for (Counter c : List.of(leaving, busy, idle)) {
            asClerk(() -> availability.changeStatus(c.getId(), CounterStatus.AVAILABLE, null));
        }
        fixture.forCounter(service, "Busy Own", busy.getCode());
        List<IssuedTicket> mine = List.of(
                fixture.forCounter(service, "P1", leaving.getCode()),
                fixture.forCounter(service, "P2", leaving.getCode()),
                fixture.forCounter(service, "P3", leaving.getCode()));

        asSupervisor(() -> availability.changeStatus(leaving.getId(), CounterStatus.ON_BREAK, "Lunch"));

        List<Object> assigned = db.list("SELECT assigned_counter_id FROM ticket WHERE id IN (?, ?, ?) ORDER BY id",
                mine.get(0).ticketId(), mine.get(1).ticketId(), mine.get(2).ticketId());
        assertThat(assigned.stream().map(o -> ((Number) o).longValue()).toList())
                .as("P1 to the idle counter, P2 ties and goes to the first listed, P3 evens out")
                .containsExactly(idle.getId(), busy.getId(), idle.getId());
        assertThat(db.single("SELECT COUNT(*) FROM audit_event WHERE action = 'TICKET_REASSIGNED' AND reason LIKE ?",
                leaving.getName() + " went on break")).hasToString("3");
        assertThat(asClerk(() -> desk.callNext(idle.getId())).orElseThrow().number()).isEqualTo(mine.get(0).number());

        asClerk(() -> availability.changeStatus(leaving.getId(), CounterStatus.AVAILABLE, null));
        assertThat(db.single("SELECT assigned_counter_id FROM ticket WHERE id = ?", mine.get(1).ticketId()))
                .as("moved patients stay where they are").hasToString(String.valueOf(busy.getId()));
    }

    @Test
    void withNoOtherCounterOpenThePatientsReturnToTheSharedQueueAndTheServiceShowsPaused() throws Exception {
        String service = fixture.service();
        Counter only = fixture.counter(service);
        asClerk(() -> availability.changeStatus(only.getId(), CounterStatus.AVAILABLE, null));
        IssuedTicket ticket = fixture.forCounter(service, "Lonely", only.getCode());

        asClerk(() -> availability.changeStatus(only.getId(), CounterStatus.CLOSED, "End of shift"));

        assertThat(db.single("SELECT assigned_counter_id FROM ticket WHERE id = ?", ticket.ticketId())).isNull();
        TicketStatusView status = queries.ticketStatus(ticket.trackingId());
        assertThat(status.servicePaused()).isTrue();
        assertThat(queries.services()).filteredOn(s -> s.code().equals(service)).extracting(ServiceStatus::paused).containsExactly(true);
    }

    @Test
    void aLateDoctorPushesTheirPatientsEstimates() throws Exception {
        String service = fixture.service(null, 10);
        Counter room = fixture.counter(service);
        asDoctor(() -> availability.changeStatus(room.getId(), CounterStatus.AVAILABLE, null));
        fixture.forCounter(service, "Before Me", room.getCode());
        IssuedTicket mine = fixture.forCounter(service, "Me", room.getCode());
        assertThat(queries.ticketStatus(mine.trackingId()).estimatedWaitMinutes()).isEqualTo(10);

        asDoctor(() -> availability.runLate(room.getId(), 25, "Emergency surgery"));

        assertThat(queries.ticketStatus(mine.trackingId()).estimatedWaitMinutes()).isEqualTo(35);
        assertThat(asClerk(() -> queries.counter(room.getId())).lateMinutes()).isEqualTo(25);
    }

    @Test
    void theEstimateFollowsMeasuredServiceTimes() throws Exception {
        String service = fixture.service(null, 10);
        Counter counter = fixture.counter(service);
        for (int i = 0; i < 3; i++) {
            IssuedTicket t = fixture.walkIn(service, "Done " + i);
            asClerk(() -> desk.callNext(counter.getId()));
            asClerk(() -> desk.complete(counter.getId(), null));
            db.update("UPDATE ticket SET service_started_at = ?, finished_at = ? WHERE id = ?",
                    Instant.now().minusSeconds(600), Instant.now().minusSeconds(600 - 4 * 60), t.ticketId());
        }
        fixture.walkIn(service, "Waiting 1");
        fixture.walkIn(service, "Waiting 2");

        IssuedTicket third = fixture.walkIn(service, "Waiting 3");

        assertThat(third.peopleAhead()).isEqualTo(2);
        assertThat(third.estimatedWaitMinutes()).as("2 ahead x 4 measured minutes").isEqualTo(8);
    }

    @Test
    void closingTheDaySessionEndsWaitingTicketsAndRestartsNumbering() throws Exception {
        String service = fixture.service();
        Counter counter = fixture.counter(service);
        fixture.walkIn(service, "At The Counter");
        IssuedTicket waiting1 = fixture.walkIn(service, "Waiting One");
        fixture.walkIn(service, "Waiting Two");
        asClerk(() -> desk.callNext(counter.getId()));

        DaySessionCloser.ClosedSession closed = asSupervisor(() -> sessions.closeSession(service, "Doctor called away"));

        assertThat(closed.endedTickets()).isEqualTo(2);
        TicketStatusView ended = queries.ticketStatus(waiting1.trackingId());
        assertThat(ended.status()).isEqualTo("CANCELLED");
        assertThat(ended.sessionClosed()).isTrue();
        assertThat(ended.endReason()).isEqualTo("Doctor called away");
        assertThat(db.single("SELECT status FROM ticket WHERE number = 1 AND origin_service_id = (SELECT id FROM clinic_service WHERE code = ?)", service))
                .as("the patient at the counter is not affected").isEqualTo("CALLED");
        assertThat(fixture.walkIn(service, "New Session").number()).isEqualTo("T-001");
        assertThat(db.single("SELECT COUNT(*) FROM ticket WHERE origin_service_id = (SELECT id FROM clinic_service WHERE code = ?)", service))
                .as("nothing deleted").hasToString("4");
        assertThatThrownBy(() -> asClerk(() -> sessions.closeSession(service, "not mine"))).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void thePatientCancelsByTrackingIdAndStaffActionsAreRoleChecked() throws Exception {
        String service = fixture.service();
        Counter counter = fixture.counter(service);
        IssuedTicket ticket = fixture.walkIn(service, "Changed Mind");

        assertThat(transfers.cancelByPatient(ticket.trackingId()).status()).isEqualTo("CANCELLED");
        assertThat(queries.ticketStatus(ticket.trackingId()).status()).isEqualTo("CANCELLED");
        assertThatThrownBy(() -> transfers.cancelByPatient(ticket.trackingId())).isInstanceOf(ConflictException.class);

        assertThatThrownBy(() -> asReception(() -> desk.callNext(counter.getId()))).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> desk.callNext(counter.getId())).isInstanceOf(EJBAccessException.class);
        asClerk(() -> availability.changeStatus(counter.getId(), CounterStatus.AVAILABLE, null));
        assertThatThrownBy(() -> asDoctor(() -> desk.callNext(counter.getId())))
                .isInstanceOf(NotAllowedException.class).hasMessageContaining("staffed by clerk");
        assertThat(Optional.ofNullable(asClerk(() -> queries.counter(counter.getId())).staffUsername())).hasValue("clerk");
    }
}
