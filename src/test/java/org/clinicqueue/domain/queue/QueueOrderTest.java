package org.clinicqueue.domain.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueueOrderTest {

    private static final Instant T0 = Instant.parse("2026-03-02T04:00:00Z");
    private static final Long OPD = 1L;
    private static final Long LAB = 2L;
    private static final Long ROOM_1 = 10L;
    private static final Long ROOM_2 = 11L;

    private static QueueEntry entry(long id, Priority priority, int minute) {
        return new QueueEntry(id, OPD, priority, null, T0.plusSeconds(60L * minute), false, null);
    }

    private static QueueEntry assigned(long id, Long counter, int minute) {
        return new QueueEntry(id, OPD, Priority.NORMAL, counter, T0.plusSeconds(60L * minute), false, null);
    }

    @Test
    void higherPriorityFirstThenWhoeverJoinedFirst() {
        List<QueueEntry> waiting = List.of(
                entry(1, Priority.NORMAL, 0),
                entry(2, Priority.HIGH, 5),
                entry(3, Priority.EMERGENCY, 9),
                entry(4, Priority.HIGH, 2),
                entry(5, Priority.NORMAL, 1));

        assertThat(QueueOrder.callOrder(waiting, ROOM_1, T0.plusSeconds(3600)))
                .extracting(QueueEntry::ticketId).containsExactly(3L, 4L, 2L, 1L, 5L);
    }

    @Test
    void aCountersOwnPatientsComeBeforeTheSharedQueueButNeverBeforeAHigherPriority() {
        List<QueueEntry> waiting = List.of(
                entry(1, Priority.NORMAL, 0),
                assigned(2, ROOM_1, 10),
                assigned(3, ROOM_2, 1),
                entry(4, Priority.HIGH, 20));

        assertThat(QueueOrder.callOrder(waiting, ROOM_1, T0.plusSeconds(3600)))
                .as("room 2's patient is not room 1's to call")
                .extracting(QueueEntry::ticketId).containsExactly(4L, 2L, 1L);
        assertThat(QueueOrder.callOrder(waiting, ROOM_2, T0.plusSeconds(3600)))
                .extracting(QueueEntry::ticketId).containsExactly(4L, 3L, 1L);
    }

    @Test
    void heldPatientsAndThoseInTheirNoShowGraceAreSkippedButKeepTheirPlace() {
        QueueEntry held = new QueueEntry(1L, OPD, Priority.NORMAL, ROOM_1, T0, true, null);
        QueueEntry inGrace = new QueueEntry(2L, OPD, Priority.NORMAL, null, T0.plusSeconds(60), false, T0.plusSeconds(600));
        QueueEntry later = entry(3, Priority.NORMAL, 5);
        List<QueueEntry> waiting = List.of(held, inGrace, later);

        assertThat(QueueOrder.next(waiting, ROOM_1, T0.plusSeconds(300))).map(QueueEntry::ticketId).hasValue(3L);
        assertThat(QueueOrder.next(waiting, ROOM_1, T0.plusSeconds(600))).as("grace over").map(QueueEntry::ticketId).hasValue(2L);
        assertThat(QueueOrder.peopleAhead(later, waiting)).as("they still count as ahead").isEqualTo(2);
    }

    @Test
    void equalTimesAreBrokenByTicketIdSoTheOrderIsStable() {
        List<QueueEntry> waiting = List.of(entry(9, Priority.NORMAL, 0), entry(7, Priority.NORMAL, 0), entry(8, Priority.NORMAL, 0));

        assertThat(QueueOrder.callOrder(waiting, ROOM_1, T0)).extracting(QueueEntry::ticketId).containsExactly(7L, 8L, 9L);
    }

    @Test
    void peopleAheadCountsOnlyTheSameServiceForTheSharedQueue() {
        QueueEntry lab = new QueueEntry(1L, LAB, Priority.NORMAL, null, T0, false, null);
        QueueEntry first = entry(2, Priority.NORMAL, 1);
        QueueEntry urgent = entry(3, Priority.HIGH, 3);
        QueueEntry me = entry(4, Priority.NORMAL, 2);

        assertThat(QueueOrder.peopleAhead(me, List.of(lab, first, urgent, me))).isEqualTo(2);
        assertThat(QueueOrder.peopleAhead(first, List.of(lab, first, urgent, me))).isEqualTo(1);
        assertThat(QueueOrder.peopleAhead(urgent, List.of(lab, first, urgent, me))).isZero();
    }

    @Test
    void peopleAheadOfADoctorsPatientAreThoseTheDoctorCallsFirst() {
        QueueEntry shared = entry(1, Priority.NORMAL, 0);
        QueueEntry mineEarlier = assigned(2, ROOM_1, 5);
        QueueEntry otherRoom = assigned(3, ROOM_2, 0);
        QueueEntry me = assigned(4, ROOM_1, 8);

        assertThat(QueueOrder.peopleAhead(me, List.of(shared, mineEarlier, otherRoom, me)))
                .as("room 1 calls its own first, so the earlier shared patient is not ahead").isEqualTo(1);
    }
}
