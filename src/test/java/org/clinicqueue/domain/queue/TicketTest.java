package org.clinicqueue.domain.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.clinicqueue.domain.ConflictException;
import org.clinicqueue.domain.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TicketTest {

    private static final Instant T0 = Instant.parse("2026-03-02T04:00:00Z");

    private ClinicService opd;
    private ClinicService lab;
    private Counter room1;
    private Counter labDesk;
    private Ticket ticket;

    @BeforeEach
    void setUp() {
        opd = new ClinicService("OPD", "OPD", "General OPD");
        lab = new ClinicService("LAB", "LAB", "Lab Tests");
        room1 = new Counter("ROOM-1", "Room 1", List.of(opd), T0);
        labDesk = new Counter("LAB-1", "Lab 1", List.of(lab), T0);
        room1.open("clerk", T0);
        ticket = new Ticket(opd, LocalDate.of(2026, 3, 2), 1, 7, "tracking", PatientDetails.of("Ravi Kumar", null, "hi"),
                Priority.NORMAL, null, Channel.RECEPTION, T0);
    }

    @Test
    void theUsualPathFromWaitingToDone() {
        ticket.callTo(room1, "clerk", T0.plusSeconds(60));
        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.CALLED);
        ticket.startService(T0.plusSeconds(90));
        ticket.complete("BP checked", T0.plusSeconds(400));

        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.DONE);
        assertThat(ticket.getOutcomeNote()).isEqualTo("BP checked");
        assertThat(Duration.between(ticket.getServiceStartedAt(), ticket.getFinishedAt())).hasSeconds(310);
        assertThat(ticket.displayNumber()).isEqualTo("OPD-007");
    }

    @Test
    void recallsStopAtTheLimit() {
        ticket.callTo(room1, "clerk", T0);
        ticket.recall(2);
        ticket.recall(2);
        assertThatThrownBy(() -> ticket.recall(2)).isInstanceOf(ConflictException.class).hasMessageContaining("2 times");
        assertThat(ticket.getRecallCount()).isEqualTo(2);
    }

    @Test
    void aFirstNoShowReturnsToTheQueueAfterTheGraceAndASecondEndsTheTicket() {
        ticket.callTo(room1, "clerk", T0);
        assertThat(ticket.markNoShow(Duration.ofMinutes(10), T0.plusSeconds(60))).isTrue();
        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.WAITING);
        assertThat(ticket.isCallable(T0.plusSeconds(120))).isFalse();
        assertThat(ticket.isCallable(T0.plusSeconds(60 + 600))).isTrue();
        assertThat(ticket.getQueuedAt()).as("keeps its place").isEqualTo(T0);

        ticket.callTo(room1, "clerk", T0.plusSeconds(700));
        assertThat(ticket.markNoShow(Duration.ofMinutes(10), T0.plusSeconds(760))).isFalse();
        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.NO_SHOW);
    }

    @Test
    void withoutGraceANoShowEndsAtOnce() {
        ticket.callTo(room1, "clerk", T0);
        assertThat(ticket.markNoShow(Duration.ZERO, T0)).isFalse();
        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.NO_SHOW);
    }

    @Test
    void aHeldPatientWaitsForTheSameCounterUntilBroughtBack() {
        ticket.callTo(room1, "clerk", T0);
        ticket.hold(room1);
        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.WAITING);
        assertThat(ticket.isCallable(T0)).isFalse();
        assertThat(ticket.getAssignedCounter()).isSameAs(room1);

        ticket.resume();
        assertThat(ticket.isCallable(T0)).isTrue();
        assertThatThrownBy(ticket::resume).isInstanceOf(ConflictException.class);
    }

    @Test
    void aTransferKeepsTheNumberAndByDefaultThePlace() {
        ticket.callTo(room1, "clerk", T0.plusSeconds(60));
        ticket.transferTo(lab, labDesk, true, T0.plusSeconds(600));

        assertThat(ticket.getService()).isSameAs(lab);
        assertThat(ticket.getOriginService()).isSameAs(opd);
        assertThat(ticket.displayNumber()).isEqualTo("OPD-007");
        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.WAITING);
        assertThat(ticket.getQueuedAt()).isEqualTo(T0);
        assertThat(ticket.getAssignedCounter()).isSameAs(labDesk);
        assertThat(ticket.getTransferCount()).isEqualTo(1);
    }

    @Test
    void aTransferToTheBackRestartsTheWaitAndACounterMustServeTheTarget() {
        ticket.transferTo(lab, null, false, T0.plusSeconds(600));
        assertThat(ticket.getQueuedAt()).isEqualTo(T0.plusSeconds(600));

        assertThatThrownBy(() -> ticket.transferTo(lab, room1, true, T0)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("does not serve");
    }

    @Test
    void anEndedTicketCannotBeCalledTransferredOrCancelledAgain() {
        ticket.cancel("Patient left", T0);

        assertThat(ticket.getStatus().isFinal()).isTrue();
        assertThatThrownBy(() -> ticket.callTo(room1, "clerk", T0)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> ticket.transferTo(lab, null, true, T0)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> ticket.cancel("again", T0)).isInstanceOf(ConflictException.class).hasMessageContaining("already ended");
    }

    @Test
    void aTicketWaitingForAnotherCounterCannotBeCalledHere() {
        Counter room2 = new Counter("ROOM-2", "Room 2", List.of(opd), T0);
        ticket.reassign(room2);

        assertThatThrownBy(() -> ticket.callTo(room1, "clerk", T0)).isInstanceOf(ConflictException.class).hasMessageContaining("Room 2");
    }

    @Test
    void raisingThePriorityNeedsAReason() {
        assertThatThrownBy(() -> ticket.changePriority(Priority.HIGH, " ")).isInstanceOf(InvalidInputException.class);
        ticket.changePriority(Priority.HIGH, "Pregnant");
        assertThat(ticket.getPriority()).isEqualTo(Priority.HIGH);
        ticket.changePriority(Priority.NORMAL, null);
        assertThat(ticket.getPriorityReason()).isNull();
    }

    @Test
    void aCounterServesOnePatientAtATimeAndCannotPauseWithAPatient() {
        ticket.callTo(room1, "clerk", T0);
        room1.attend(ticket, T0);

        assertThat(room1.getStatus()).isEqualTo(CounterStatus.SERVING);
        assertThatThrownBy(() -> room1.takeBreak(T0)).isInstanceOf(ConflictException.class).hasMessageContaining("OPD-007");
        room1.release(T0);
        room1.takeBreak(T0);
        assertThat(room1.getStatus()).isEqualTo(CounterStatus.ON_BREAK);
        assertThatThrownBy(() -> room1.attend(ticket, T0)).isInstanceOf(ConflictException.class).hasMessageContaining("on break");
    }
}
