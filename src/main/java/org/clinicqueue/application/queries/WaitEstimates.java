package org.clinicqueue.application.queries;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clinicqueue.application.settings.HospitalClock;
import org.clinicqueue.application.settings.Settings;
import org.clinicqueue.domain.queue.ClinicService;
import org.clinicqueue.domain.queue.Counter;
import org.clinicqueue.domain.queue.CounterStatus;
import org.clinicqueue.domain.queue.Priority;
import org.clinicqueue.domain.queue.QueueEntry;
import org.clinicqueue.domain.queue.QueueOrder;
import org.clinicqueue.domain.queue.Ticket;
import org.clinicqueue.domain.queue.TicketStatus;
import org.clinicqueue.domain.queue.WaitEstimator;
import org.clinicqueue.domain.settings.SettingKey;

/**
 * Feeds the domain's {@link QueueOrder} and {@link WaitEstimator} with what the database knows now: the
 * waiting tickets, the measured service times of recent patients, and the counters open for a queue.
 */
@Dependent
public class WaitEstimates {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Settings settings;

    @Inject
    private HospitalClock clock;

    /** The call order now, under the hospital's rule for appointments and walk-ins. */
    public QueueOrder order() {
        return QueueOrder.at(clock.now(), settings.get(SettingKey.APPOINTMENT_INTERLEAVE));
    }

    public List<QueueEntry> waitingIn(Collection<ClinicService> services) {
        if (services.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select new org.clinicqueue.domain.queue.QueueEntry(t.id, t.service.id, t.priority, ac.id, "
                        + "t.queuedAt, t.onHold, t.callableAfter, t.appointmentAt) from Ticket t left join t.assignedCounter ac "
                        + "where t.status = :waiting and t.service in :services", QueueEntry.class)
                .setParameter("waiting", TicketStatus.WAITING)
                .setParameter("services", services)
                .getResultList();
    }

    /**
     * The estimate of a waiting ticket; zero ahead and zero minutes once it is called or ended. For a ticket of
     * the shared queue the people ahead are counted by the database, so one status read does not load the queue.
     */
    public Estimate forTicket(Ticket ticket) {
        return estimate(ticket, false, new HashMap<>(), new HashMap<>(), new HashMap<>());
    }

    /**
     * The estimates of many tickets at once (the phones following a queue): each queue's waiting list, open
     * counters and average are read once, not once per ticket.
     */
    public Map<Long, Estimate> forTickets(Collection<Ticket> tickets) {
        Map<Set<ClinicService>, List<QueueEntry>> waitingLists = new HashMap<>();
        Map<ClinicService, Integer> openCounts = new HashMap<>();
        Map<ClinicService, Double> averages = new HashMap<>();
        Map<Long, Estimate> result = new HashMap<>();
        for (Ticket ticket : tickets) {
            result.put(ticket.getId(), estimate(ticket, true, waitingLists, openCounts, averages));
        }
        return result;
    }

    private Estimate estimate(Ticket ticket, boolean batch, Map<Set<ClinicService>, List<QueueEntry>> waitingLists,
                              Map<ClinicService, Integer> openCounts, Map<ClinicService, Double> averages) {
        if (ticket.getStatus() != TicketStatus.WAITING) {
            return new Estimate(0, 0, false);
        }
        Counter counter = ticket.getAssignedCounter();
        QueueOrder order = order();
        int ahead;
        if (counter == null && !batch && !hasWaitingAppointments(ticket.getService())) {
            ahead = aheadInSharedQueue(ticket);
        } else {
            Set<ClinicService> services = new LinkedHashSet<>();
            services.add(ticket.getService());
            if (counter != null) {
                services.addAll(counter.getServices());
            }
            List<QueueEntry> waiting = waitingLists.computeIfAbsent(services, this::waitingIn);
            QueueEntry me = waiting.stream().filter(e -> e.ticketId().equals(ticket.getId())).findFirst().orElse(ticket.toQueueEntry());
            ahead = order.peopleAheadOf(me, waiting);
        }
        int open = counter == null ? openCounts.computeIfAbsent(ticket.getService(), this::openCounters) : (counter.getStatus().isOpen() ? 1 : 0);
        int late = counter == null ? 0 : counter.getLateMinutes();
        int minutes = WaitEstimator.estimateMinutes(ahead, Math.max(open, 1),
                averages.computeIfAbsent(ticket.getService(), this::averageServiceMinutes),
                late, counter != null && counter.getStatus() == CounterStatus.ON_BREAK);
        if (ticket.getAppointmentAt() != null) {
            // An appointment is not seen before its slot (plus the doctor's delay), however short the line.
            minutes = Math.max(minutes, WaitEstimator.minutesUntil(ticket.getAppointmentAt().plusSeconds(60L * late), clock.now()));
        }
        return new Estimate(ahead, minutes, open == 0);
    }

    /**
     * Whether checked-in appointments wait in the service: then positions in the shared queue depend on the
     * moment (a due appointment moves ahead), and are counted with {@link QueueOrder} rather than by the database.
     */
    private boolean hasWaitingAppointments(ClinicService service) {
        return em.createQuery("select count(t) from Ticket t where t.service = :service and t.status = :waiting "
                        + "and t.appointmentAt is not null", Long.class)
                .setParameter("service", service)
                .setParameter("waiting", TicketStatus.WAITING)
                .getSingleResult() > 0;
    }

    /**
     * {@link QueueOrder#peopleAhead} for a ticket of the shared queue of a service without checked-in
     * appointments, counted by the database instead of loading the queue: those waiting in the same service
     * with a higher priority, or the same priority and an earlier join time (ties broken by id).
     * {@code QueueEngineIT} checks that both agree.
     */
    int aheadInSharedQueue(Ticket ticket) {
        List<Priority> higher = Arrays.stream(Priority.values()).filter(p -> p.rank() > ticket.getPriority().rank()).toList();
        String sameOrLater = "(t.priority = :priority and (t.queuedAt < :queuedAt or (t.queuedAt = :queuedAt and t.id < :id)))";
        var query = em.createQuery("select count(t) from Ticket t where t.service = :service and t.status = :waiting "
                        + "and t.id <> :id and (" + (higher.isEmpty() ? "" : "t.priority in :higher or ") + sameOrLater + ")", Long.class)
                .setParameter("service", ticket.getService())
                .setParameter("waiting", TicketStatus.WAITING)
                .setParameter("id", ticket.getId())
                .setParameter("priority", ticket.getPriority())
                .setParameter("queuedAt", ticket.getQueuedAt());
        if (!higher.isEmpty()) {
            query.setParameter("higher", higher);
        }
        return query.getSingleResult().intValue();
    }

    /** What a patient joining the service now (normal priority, shared queue) can expect. */
    public Estimate forNewcomer(ClinicService service) {
        int waiting = em.createNamedQuery("Ticket.countWaiting", Long.class).setParameter("service", service).getSingleResult().intValue();
        int open = openCounters(service);
        return new Estimate(waiting, WaitEstimator.estimateMinutes(waiting, Math.max(open, 1), averageServiceMinutes(service), 0, false), open == 0);
    }

    public double averageServiceMinutes(ClinicService service) {
        int samples = settings.get(SettingKey.ESTIMATE_SAMPLE_SIZE);
        List<Object[]> rows = em.createQuery("select t.serviceStartedAt, t.finishedAt from Ticket t where t.service = :service "
                        + "and t.status = :done and t.serviceStartedAt is not null order by t.finishedAt desc", Object[].class)
                .setParameter("service", service)
                .setParameter("done", TicketStatus.DONE)
                .setMaxResults(samples)
                .getResultList();
        List<Duration> times = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            times.add(Duration.between((Instant) row[0], (Instant) row[1]));
        }
        return WaitEstimator.averageServiceMinutes(times, service.getExpectedMinutes());
    }

    public int openCounters(ClinicService service) {
        return em.createQuery("select count(distinct c) from Counter c join c.services s where s = :service "
                        + "and c.active = true and c.status in :open", Long.class)
                .setParameter("service", service)
                .setParameter("open", List.of(CounterStatus.AVAILABLE, CounterStatus.SERVING))
                .getSingleResult().intValue();
    }
}
