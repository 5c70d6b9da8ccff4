package org.clinicqueue.domain.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.clinicqueue.domain.queue.CounterBreakRedistributor.Candidate;
import org.clinicqueue.domain.queue.CounterBreakRedistributor.Move;
import org.junit.jupiter.api.Test;

class CounterBreakRedistributorTest {

    private static final Instant T0 = Instant.parse("2026-03-02T04:00:00Z");
    private static final Long OPD = 1L;
    private static final Long LAB = 2L;
    private static final Long LEAVING = 10L;

    private static QueueEntry patient(long id, Long service, Priority priority, int minute) {
        return new QueueEntry(id, service, priority, LEAVING, T0.plusSeconds(60L * minute), false, null);
    }

    @Test
    void patientsSpreadOverTheLeastLoadedCountersInQueueOrder() {
        List<QueueEntry> leaving = List.of(
                patient(1, OPD, Priority.NORMAL, 0), patient(2, OPD, Priority.NORMAL, 1),
                patient(3, OPD, Priority.NORMAL, 2), patient(4, OPD, Priority.HIGH, 3),
                patient(5, OPD, Priority.NORMAL, 4));
        List<Candidate> others = List.of(new Candidate(20L, List.of(OPD), 2), new Candidate(21L, List.of(OPD), 0));

        List<Move> moves = CounterBreakRedistributor.plan(leaving, LEAVING, others);

        assertThat(moves).extracting(m -> m.ticket().ticketId()).as("queue order kept: the HIGH patient first")
                .containsExactly(4L, 1L, 2L, 3L, 5L);
        assertThat(moves).extracting(Move::toCounterId).containsExactly(
                Optional.of(21L), Optional.of(21L), Optional.of(20L), Optional.of(21L), Optional.of(20L));
    }

    @Test
    void onlyCountersServingThePatientsServiceTakeThem() {
        List<QueueEntry> leaving = List.of(patient(1, LAB, Priority.NORMAL, 0), patient(2, OPD, Priority.NORMAL, 1));
        List<Candidate> others = List.of(new Candidate(20L, List.of(OPD), 5), new Candidate(30L, List.of(LAB), 9));

        List<Move> moves = CounterBreakRedistributor.plan(leaving, LEAVING, others);

        assertThat(moves).extracting(Move::toCounterId).containsExactly(Optional.of(30L), Optional.of(20L));
    }

    @Test
    void withNoOpenCounterForTheirServicePatientsReturnToTheSharedQueue() {
        List<QueueEntry> leaving = List.of(patient(1, LAB, Priority.NORMAL, 0));

        List<Move> moves = CounterBreakRedistributor.plan(leaving, LEAVING,
                List.of(new Candidate(20L, List.of(OPD), 0), new Candidate(LEAVING, List.of(LAB), 0)));

        assertThat(moves).extracting(Move::toCounterId).containsExactly(Optional.empty());
    }
}
