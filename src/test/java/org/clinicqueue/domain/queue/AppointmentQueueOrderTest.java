package org.clinicqueue.domain.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** How checked-in appointments and walk-ins share a doctor's queue (issue 8), under both interleave rules. */
class AppointmentQueueOrderTest {

    private static final Instant T0 = Instant.parse("2026-03-02T04:00:00Z");
    private static final Long OPD = 1L;
    private static final Long ROOM = 10L;
    private static final Long OTHER_ROOM = 11L;

    private static Instant minute(int m) {
        return T0.plusSeconds(60L * m);
    }

    /** A walk-in who joined at the minute, for the shared queue. */
    private static QueueEntry walkIn(long id, int joined) {
        return new QueueEntry(id, OPD, Priority.NORMAL, null, minute(joined), false, null);
    }

    /** An appointment for the doctor's room: checked in at {@code checkedIn}, slot at {@code slot}. */
    private static QueueEntry appointment(long id, int checkedIn, int slot) {
        return new QueueEntry(id, OPD, Priority.NORMAL, ROOM, minute(checkedIn), false, null, minute(slot));
    }

    private static List<Long> calls(QueueOrder order, List<QueueEntry> waiting) {
        return order.callOrder(waiting, ROOM).stream().map(QueueEntry::ticketId).toList();
    }

    @Nested
    class AppointmentsFirst {

        private QueueOrder at(int m) {
            return QueueOrder.at(minute(m), InterleaveRule.APPOINTMENTS_FIRST);
        }

        @Test
        void anOnTimeAppointmentIsCalledAtItsSlotAheadOfWalkInsWhoCameEarlier() {
            List<QueueEntry> waiting = List.of(walkIn(1, 0), walkIn(2, 5), appointment(3, 10, 30));

            assertThat(calls(at(20), waiting)).as("before the slot: by time, the walk-ins first").containsExactly(1L, 2L, 3L);
            assertThat(calls(at(30), waiting)).as("at the slot: the appointment first").containsExactly(3L, 1L, 2L);
        }

        @Test
        void anEarlyAppointmentIsCalledBeforeItsSlotWhenNobodyJoinedBeforeThatTime() {
            List<QueueEntry> waiting = List.of(appointment(3, 10, 30), walkIn(4, 35));

            assertThat(calls(at(20), waiting)).containsExactly(3L, 4L);
        }

        @Test
        void dueAppointmentsGoInSlotOrderWhateverTheirArrival() {
            List<QueueEntry> waiting = List.of(appointment(1, 25, 15), appointment(2, 5, 30), walkIn(3, 0));

            assertThat(calls(at(31), waiting)).containsExactly(1L, 2L, 3L);
            assertThat(calls(at(20), waiting)).as("only the 15-minute slot is due").containsExactly(1L, 3L, 2L);
        }

        @Test
        void priorityStillComesFirst() {
            QueueEntry emergency = new QueueEntry(9L, OPD, Priority.EMERGENCY, null, minute(40), false, null);
            List<QueueEntry> waiting = List.of(appointment(1, 10, 30), emergency);

            assertThat(calls(at(41), waiting)).containsExactly(9L, 1L);
        }

        @Test
        void heldAndOtherRoomsPatientsAreSkippedButCounted() {
            QueueEntry held = new QueueEntry(5L, OPD, Priority.NORMAL, ROOM, minute(0), true, null, minute(10));
            QueueEntry elsewhere = new QueueEntry(6L, OPD, Priority.NORMAL, OTHER_ROOM, minute(0), false, null, minute(10));
            QueueEntry mine = appointment(7, 0, 20);
            List<QueueEntry> waiting = List.of(held, elsewhere, mine, walkIn(8, 1));

            assertThat(calls(at(25), waiting)).containsExactly(7L, 8L);
            assertThat(at(25).peopleAheadOf(mine, waiting)).as("the held patient keeps their place").isEqualTo(1);
        }

        @Test
        void positionsFollowTheCallOrder() {
            QueueEntry booked = appointment(3, 10, 30);
            List<QueueEntry> waiting = List.of(walkIn(1, 0), walkIn(2, 5), booked, walkIn(4, 31));
            QueueOrder order = at(30);

            assertThat(calls(order, waiting)).containsExactly(3L, 1L, 2L, 4L);
            assertThat(order.peopleAheadOf(booked, waiting)).isZero();
            assertThat(order.peopleAheadOf(walkIn(2, 5), waiting)).as("in the shared queue, the due appointment is ahead").isEqualTo(2);
            assertThat(at(29).peopleAheadOf(walkIn(2, 5), waiting)).as("a minute earlier it was not due").isEqualTo(1);
        }

        @Test
        void aNotYetDueAppointmentWaitsBehindTheRoomsOwnWalkInsButADueOneGoesFirst() {
            QueueEntry referred = new QueueEntry(5L, OPD, Priority.NORMAL, ROOM, minute(12), false, null);
            List<QueueEntry> waiting = List.of(appointment(3, 10, 30), referred);

            assertThat(calls(at(20), waiting)).containsExactly(5L, 3L);
            assertThat(calls(at(30), waiting)).containsExactly(3L, 5L);
        }
    }

    @Nested
    class ByTime {

        private QueueOrder at(int m) {
            return QueueOrder.at(minute(m), InterleaveRule.BY_TIME);
        }

        @Test
        void walkInsWhoWaitedSinceBeforeTheSlotGoFirst() {
            List<QueueEntry> waiting = List.of(walkIn(1, 0), walkIn(2, 35), appointment(3, 10, 30));

            assertThat(calls(at(40), waiting)).containsExactly(1L, 3L, 2L);
        }

        @Test
        void aLateArrivalWithinTheGraceStillUsesTheSlotTime() {
            List<QueueEntry> waiting = List.of(walkIn(1, 32), appointment(3, 40, 30));

            assertThat(calls(at(40), waiting)).containsExactly(3L, 1L);
        }
    }

    @Test
    void theStaticOrdersEqualTheFullRuleWithoutAppointments() {
        List<QueueEntry> waiting = List.of(walkIn(1, 3), walkIn(2, 1), new QueueEntry(3L, OPD, Priority.NORMAL, ROOM, minute(2), false, null));

        assertThat(QueueOrder.callOrder(waiting, ROOM, minute(5)))
                .isEqualTo(QueueOrder.at(minute(5), InterleaveRule.BY_TIME).callOrder(waiting, ROOM));
        assertThat(waiting.stream().sorted(QueueOrder.SERVICE_ORDER).map(QueueEntry::ticketId).toList())
                .isEqualTo(waiting.stream().sorted(QueueOrder.at(minute(5), InterleaveRule.APPOINTMENTS_FIRST).serviceOrder())
                        .map(QueueEntry::ticketId).toList());
    }
}
