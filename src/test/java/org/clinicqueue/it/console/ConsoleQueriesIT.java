package org.clinicqueue.it.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.clinicqueue.application.audit.AuditFilter;
import org.clinicqueue.application.audit.AuditLine;
import org.clinicqueue.application.audit.AuditQueries;
import org.clinicqueue.application.calling.CounterDesk;
import org.clinicqueue.application.counters.CounterAvailability;
import org.clinicqueue.application.desk.CounterWorkspace;
import org.clinicqueue.application.desk.DeskChoices;
import org.clinicqueue.application.desk.DeskView;
import org.clinicqueue.application.issuing.IssueTicketRequest;
import org.clinicqueue.application.issuing.IssuedTicket;
import org.clinicqueue.application.issuing.TicketIssuer;
import org.clinicqueue.application.queries.TicketView;
import org.clinicqueue.application.reception.TicketSearch;
import org.clinicqueue.application.settings.Settings;
import org.clinicqueue.application.staff.StaffAccounts;
import org.clinicqueue.application.supervision.BoardView;
import org.clinicqueue.application.supervision.ServiceLoad;
import org.clinicqueue.application.supervision.SupervisorBoard;
import org.clinicqueue.application.transfers.TicketTransfers;
import org.clinicqueue.domain.ConflictException;
import org.clinicqueue.domain.InvalidInputException;
import org.clinicqueue.domain.audit.AuditAction;
import org.clinicqueue.domain.queue.Channel;
import org.clinicqueue.domain.queue.Counter;
import org.clinicqueue.domain.queue.CounterStatus;
import org.clinicqueue.domain.queue.Priority;
import org.clinicqueue.domain.settings.SettingKey;
import org.clinicqueue.domain.staff.Role;
import org.clinicqueue.it.support.DemoAccounts;
import org.clinicqueue.it.support.Deployments;
import org.clinicqueue.it.support.QueueFixture;
import org.clinicqueue.it.support.SignedIn;
import org.clinicqueue.it.support.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The application-layer reads and bookkeeping the staff console needs (desk choice and screen, supervisor
 * board, ticket search, audit search, account audit), in the real container against the real database,
 * each under the role that uses it and refused to the others.
 */
@ExtendWith(ArquillianExtension.class)
class ConsoleQueriesIT {

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
    DeskChoices choices;

    @Inject
    CounterWorkspace workspace;

    @Inject
    SupervisorBoard board;

    @Inject
    TicketSearch search;

    @Inject
    AuditQueries audit;

    @Inject
    StaffAccounts accounts;

    @Inject
    Settings settings;

    @Inject
    TestDatabase db;

    static <T> T asClerk(Callable<T> work) throws Exception {
        return SignedIn.as(DemoAccounts.CLERK, DemoAccounts.CLERK_PASSWORD, work);
    }

    static <T> T asReception(Callable<T> work) throws Exception {
        return SignedIn.as(DemoAccounts.RECEPTION, DemoAccounts.RECEPTION_PASSWORD, work);
    }

    static <T> T asSupervisor(Callable<T> work) throws Exception {
        return SignedIn.as(DemoAccounts.SUPERVISOR, DemoAccounts.SUPERVISOR_PASSWORD, work);
    }

    @Test
    void theDeskRemembersEachOperatorsCounterAndOnlyOperatorsChoose() throws Exception {
        Counter first = fixture.counter(fixture.service());
        Counter second = fixture.counter(fixture.service());

        asClerk(() -> choices.choose(first.getId()));
        asClerk(() -> choices.choose(second.getId()));

        assertThat(asClerk(() -> choices.remembered())).contains(second.getId());
        assertThat(db.single("SELECT counter_id FROM desk_choice WHERE username = 'clerk'")).isEqualTo(second.getId());
        assertThat(db.single("SELECT staff_username FROM service_counter WHERE id = ?", second.getId()))
                .as("choosing only remembers; the counter is taken by the first action").isNull();
        assertThatThrownBy(() -> asReception(() -> choices.choose(first.getId()))).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void aDeactivatedCounterIsNeitherChosenNorRemembered() throws Exception {
        Counter counter = fixture.counter(fixture.service());
        SignedIn.as(DemoAccounts.DOCTOR, DemoAccounts.DOCTOR_PASSWORD, () -> choices.choose(counter.getId()));
        db.update("UPDATE service_counter SET active = FALSE WHERE id = ?", counter.getId());

        assertThat(SignedIn.as(DemoAccounts.DOCTOR, DemoAccounts.DOCTOR_PASSWORD, () -> choices.remembered())).isEmpty();
        assertThatThrownBy(() -> SignedIn.as(DemoAccounts.DOCTOR, DemoAccounts.DOCTOR_PASSWORD, () -> choices.choose(counter.getId())))
                .isInstanceOf(ConflictException.class).hasMessageContaining("deactivated");
    }

    @Test
    void theDeskShowsItsPatientWithHistoryAndTheWaitingListInCallOrder() throws Exception {
        String service = fixture.service();
        String lab = fixture.service();
        Counter counter = fixture.counter(service);
        Counter other = fixture.counter(service);
        IssuedTicket normal = fixture.walkIn(service, "Normal First");
        IssuedTicket transferred = fixture.walkIn(lab, "From The Lab");
        IssuedTicket urgent = asReception(() -> issuer.issue(new IssueTicketRequest(service, "Urgent Second", null, "en",
                Priority.EMERGENCY, "chest pain", Channel.RECEPTION, null)));
        IssuedTicket elsewhere = fixture.forCounter(service, "Other Room", other.getCode());
        asReception(() -> transfers.transfer(transferred.ticketId(), service, null, true, "needs a doctor"));

        DeskView before = asClerk(() -> workspace.view(counter.getId()));
        assertThat(before.current()).isNull();
        assertThat(before.waiting()).extracting(TicketView::id)
                .as("emergency first, then by joining time; another counter's patient is not listed")
                .containsExactly(urgent.ticketId(), normal.ticketId(), transferred.ticketId())
                .doesNotContain(elsewhere.ticketId());

        asClerk(() -> desk.callSpecific(counter.getId(), transferred.ticketId(), "lab results ready"));
        DeskView serving = asClerk(() -> workspace.view(counter.getId()));
        assertThat(serving.current().id()).isEqualTo(transferred.ticketId());
        assertThat(serving.currentHistory()).extracting(AuditLine::action)
                .containsExactly("TICKET_ISSUED", "TICKET_TRANSFERRED", "TICKET_CALLED_OUT_OF_ORDER");
        assertThat(serving.currentHistory().get(1).reason()).isEqualTo("needs a doctor");
        assertThat(serving.waiting()).extracting(TicketView::id).containsExactly(urgent.ticketId(), normal.ticketId());

        asClerk(() -> desk.hold(counter.getId(), "sent for an X-ray"));
        DeskView held = asClerk(() -> workspace.view(counter.getId()));
        assertThat(held.current()).isNull();
        assertThat(held.held()).extracting(TicketView::id).containsExactly(transferred.ticketId());
        assertThat(held.waiting()).extracting(TicketView::id).doesNotContain(transferred.ticketId());
        assertThatThrownBy(() -> asReception(() -> workspace.view(counter.getId()))).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void theBoardCountsEachServiceAndFlagsPatientsWaitingBeyondTheLimit() throws Exception {
        String service = fixture.service();
        Counter counter = fixture.counter(service);
        IssuedTicket served = fixture.walkIn(service, "Served Today");
        IssuedTicket longWaiting = fixture.walkIn(service, "Waiting Long");
        fixture.walkIn(service, "Just Came");
        asClerk(() -> desk.callNext(counter.getId()));
        asClerk(() -> desk.complete(counter.getId(), null));
        db.update("UPDATE ticket SET queued_at = DATE_SUB(queued_at, INTERVAL 95 MINUTE) WHERE id = ?", longWaiting.ticketId());

        BoardView view = asSupervisor(() -> board.overview());

        ServiceLoad load = view.services().stream().filter(s -> s.code().equals(service)).findFirst().orElseThrow();
        assertThat(load.waiting()).isEqualTo(2);
        assertThat(load.servedToday()).isEqualTo(1);
        assertThat(load.longestWaitMinutes()).isBetween(95, 97);
        assertThat(load.overdue()).isTrue();
        assertThat(load.openCounters()).isEqualTo(1);
        assertThat(load.estimatedWaitMinutes()).isPositive();
        assertThat(view.alertMinutes()).isEqualTo(settings.get(SettingKey.WAIT_ALERT_MINUTES));
        assertThat(view.overdue()).extracting(TicketView::id).contains(longWaiting.ticketId()).doesNotContain(served.ticketId());
        assertThat(view.counters()).anySatisfy(c -> {
            assertThat(c.id()).isEqualTo(counter.getId());
            assertThat(c.status()).isEqualTo(CounterStatus.AVAILABLE.name());
            assertThat(c.staffUsername()).isEqualTo("clerk");
        });
        assertThatThrownBy(() -> asReception(() -> board.overview())).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> asClerk(() -> board.overview())).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void receptionFindsTicketsByNumberNameOrPhone() throws Exception {
        String service = fixture.service();
        String name = "Search " + UUID.randomUUID().toString().substring(0, 6);
        IssuedTicket ticket = asReception(() -> issuer.issue(new IssueTicketRequest(service, name + " Kumar", "+91 98450 12345", "hi",
                Priority.NORMAL, null, Channel.RECEPTION, null)));

        assertThat(asReception(() -> search.find(name.toLowerCase()))).extracting(TicketView::id).containsExactly(ticket.ticketId());
        assertThat(asReception(() -> search.find("98450-12345"))).extracting(TicketView::id).contains(ticket.ticketId());
        assertThat(asReception(() -> search.find(ticket.number().toLowerCase()))).extracting(TicketView::id).contains(ticket.ticketId());
        assertThat(asSupervisor(() -> search.find(name))).hasSize(1);
        assertThat(asReception(() -> search.find("100%_" + name))).as("% and _ are matched literally").isEmpty();
        assertThatThrownBy(() -> asReception(() -> search.find(" "))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> asClerk(() -> search.find(name))).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void theAuditViewFiltersPagesAndExportsForSupervisorsOnly() throws Exception {
        String service = fixture.service();
        Counter counter = fixture.counter(service);
        IssuedTicket ticket = fixture.walkIn(service, "Audit Me");
        asClerk(() -> desk.callNext(counter.getId()));
        asClerk(() -> desk.recall(counter.getId()));
        asClerk(() -> desk.complete(counter.getId(), "done"));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Kolkata"));

        AuditFilter byTicketOnly = new AuditFilter(null, null, null, ticket.number(), null, null);
        assertThat(asSupervisor(() -> audit.count(byTicketOnly))).as("numbers repeat across services").isGreaterThanOrEqualTo(4);

        AuditFilter byCounter = new AuditFilter(today, today, null, null, counter.getName().toLowerCase(), null);
        List<AuditLine> newestFirst = asSupervisor(() -> audit.search(byCounter, 0, 10));
        assertThat(newestFirst).extracting(AuditLine::action)
                .containsExactly("TICKET_COMPLETED", "TICKET_RECALLED", "TICKET_CALLED", "COUNTER_STATUS_CHANGED");
        assertThat(asSupervisor(() -> audit.search(byCounter, 1, 2))).extracting(AuditLine::action)
                .containsExactly("TICKET_RECALLED", "TICKET_CALLED");

        AuditFilter clerksRecalls = new AuditFilter(today, today, "CLERK", null, counter.getName(), AuditAction.TICKET_RECALLED);
        assertThat(asSupervisor(() -> audit.count(clerksRecalls))).isEqualTo(1);
        assertThat(SignedIn.asAdmin(() -> audit.export(byCounter))).extracting(AuditLine::action).first().isEqualTo("COUNTER_STATUS_CHANGED");

        AuditFilter yesterday = new AuditFilter(today.minusDays(1), today.minusDays(1), null, null, counter.getName(), null);
        assertThat(asSupervisor(() -> audit.count(yesterday))).isZero();
        assertThatThrownBy(() -> asSupervisor(() -> audit.count(new AuditFilter(today, today.minusDays(1), null, null, null, null))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> asSupervisor(() -> audit.search(byCounter, 0, 100_000))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> asReception(() -> audit.count(byCounter))).isInstanceOf(EJBAccessException.class);
        assertThat(asClerk(() -> audit.ticketHistory(ticket.ticketId()))).hasSize(4);
    }

    @Test
    void accountChangesAreAuditedWithoutThePassword() throws Exception {
        String username = "aud-" + UUID.randomUUID().toString().substring(0, 8);

        SignedIn.asAdmin(() -> accounts.create(username, "Audit Person", "first-password-1", EnumSet.of(Role.RECEPTION)));
        SignedIn.asAdmin(() -> accounts.resetPassword(username, "second-password-2"));
        SignedIn.asAdmin(() -> accounts.deactivate(username));

        List<Object> lines = db.list("SELECT CONCAT(action, ' ', actor, ' ', details) FROM audit_event WHERE details LIKE ? ORDER BY id",
                "account " + username + "%");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).toString()).startsWith("ACCOUNT_CREATED admin account " + username);
        assertThat(lines.get(1).toString()).contains("password reset");
        assertThat(lines.get(2).toString()).contains("deactivated");
        assertThat(lines).noneMatch(l -> l.toString().contains("password-"));
    }

    @Test
    void theWaitAlertIsASettingAdminsChange() throws Exception {
        try {
            SignedIn.asAdmin(() -> settings.set(SettingKey.WAIT_ALERT_MINUTES, "45"));
            assertThat(asSupervisor(() -> board.overview()).alertMinutes()).isEqualTo(45);
            assertThatThrownBy(() -> SignedIn.asAdmin(() -> settings.set(SettingKey.WAIT_ALERT_MINUTES, "0")))
                    .isInstanceOf(InvalidInputException.class);
        } finally {
            SignedIn.asAdmin(() -> settings.set(SettingKey.WAIT_ALERT_MINUTES, "30"));
        }
    }
}
