package org.clinicqueue.domain.queue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides where the waiting patients of a counter go when it goes on break or closes.
 *
 * <p>In queue order, each patient goes to the open counter serving their service that has the fewest
 * patients waiting for it at that moment (ties: the counter listed first), so the load evens out and
 * patients who were ahead stay ahead (their priority and join time travel with them). If no open counter
 * serves their service, they return to the service's shared queue, and the service shows as paused.
 */
public final class CounterBreakRedistributor {

    /** A counter that could take patients, with the services it serves and how many wait for it already. */
    public record Candidate(Long counterId, List<Long> serviceIds, int assignedWaiting) {
    }

    /** Where one patient goes: a counter id, or empty for the shared queue. */
    public record Move(QueueEntry ticket, Optional<Long> toCounterId) {
    }

    private CounterBreakRedistributor() {
    }

    public static List<Move> plan(List<QueueEntry> leavingPatients, Long leavingCounterId, List<Candidate> candidates) {
        Map<Long, Integer> load = new LinkedHashMap<>();
        Map<Long, Candidate> byId = new HashMap<>();
        for (Candidate c : candidates) {
            if (!Objects.equals(c.counterId(), leavingCounterId)) {
                load.put(c.counterId(), c.assignedWaiting());
                byId.put(c.counterId(), c);
            }
        }
        List<QueueEntry> inOrder = leavingPatients.stream().sorted(QueueOrder.forCounter(leavingCounterId)).toList();
        List<Move> moves = new ArrayList<>();
        for (QueueEntry patient : inOrder) {
            Optional<Long> target = load.entrySet().stream()
                    .filter(e -> byId.get(e.getKey()).serviceIds().contains(patient.serviceId()))
                    .min(Comparator.comparingInt(Map.Entry<Long, Integer>::getValue))
                    .map(Map.Entry::getKey);
            target.ifPresent(id -> load.merge(id, 1, Integer::sum));
            moves.add(new Move(patient, target));
        }
        return moves;
    }
}
