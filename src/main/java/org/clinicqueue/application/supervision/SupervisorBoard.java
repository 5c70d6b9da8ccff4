package org.clinicqueue.application.supervision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clinicqueue.application.queries.CounterView;
import org.clinicqueue.application.queries.Estimate;
import org.clinicqueue.application.queries.TicketView;
import org.clinicqueue.application.queries.WaitEstimates;
import org.clinicqueue.application.reports.GroupFigures;
import org.clinicqueue.application.reports.Report;
import org.clinicqueue.application.settings.HospitalClock;
import org.clinicqueue.application.settings.Settings;
import org.clinicqueue.domain.queue.ClinicService;
import org.clinicqueue.domain.queue.Counter;
import org.clinicqueue.domain.queue.ServiceDayFigures;
import org.clinicqueue.domain.queue.ServiceDayFigures.TicketTimes;
import org.clinicqueue.domain.queue.Ticket;
import org.clinicqueue.domain.queue.TicketStatus;
import org.clinicqueue.domain.settings.SettingKey;
import org.clinicqueue.domain.staff.Role;

/**
 * What the supervisor board shows: for every active service its waiting patients, longest and average wait,
 * patients served today and the estimate a newcomer gets; every active counter; and the patients waiting
 * longer than the configurable alert limit. "Today" starts at midnight in the hospital's time zone. Served
 * today and the average wait are today's report ({@link TodaysReport}), so board and reports agree; who waits
 * now and for how long is read live.
 */
@Stateless
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class SupervisorBoard {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private WaitEstimates estimates;

    @Inject
    private HospitalClock clock;

    @Inject
    private Settings settings;

    @Inject
    private TodaysReport today;

    public BoardView overview() {
        Instant now = clock.now();
        Instant startOfDay = clock.today().atStartOfDay(clock.zone()).toInstant();
        int alertMinutes = settings.get(SettingKey.WAIT_ALERT_MINUTES);
        Map<Long, List<TicketTimes>> timesByService = ticketTimesSince(startOfDay);
        Report report = today.current();
        List<ServiceLoad> services = new ArrayList<>();
        for (ClinicService s : em.createNamedQuery("ClinicService.findActive", ClinicService.class).getResultList()) {
            List<TicketTimes> times = timesByService.getOrDefault(s.getId(), List.of());
            ServiceDayFigures figures = ServiceDayFigures.of(times, startOfDay, now);
            Estimate newcomer = estimates.forNewcomer(s);
            GroupFigures reported = report.service(s.getCode());
            services.add(new ServiceLoad(s.getCode(), s.getName(), newcomer.peopleAhead(), figures.longestWaitMinutes(),
                    averageWaitMinutes(reported), servedToday(reported), newcomer.minutes(), newcomer.paused(),
                    estimates.openCounters(s), figures.longestWaitMinutes() >= alertMinutes));
        }
        List<CounterView> counters = em.createNamedQuery("Counter.findAll", Counter.class).getResultStream()
                .filter(Counter::isActive).map(CounterView::of).toList();
        return new BoardView(services, counters, overdue(now.minusSeconds(alertMinutes * 60L)), alertMinutes);
    }

    private static int averageWaitMinutes(GroupFigures reported) {
        Double average = reported == null || reported.figures().waiting() == null ? null
                : reported.figures().waiting().averageMinutes();
        return average == null ? 0 : (int) Math.round(average);
    }

    private static int servedToday(GroupFigures reported) {
        return reported == null ? 0 : (int) reported.figures().served();
    }

    /** Waiting tickets, and tickets called or finished today, grouped by the service they are in now. */
    private Map<Long, List<TicketTimes>> ticketTimesSince(Instant startOfDay) {
        List<Object[]> rows = em.createQuery("select t.service.id, t.status, t.queuedAt, t.calledAt, t.finishedAt from Ticket t "
                        + "where t.status = :waiting or t.calledAt >= :start or t.finishedAt >= :start", Object[].class)
                .setParameter("waiting", TicketStatus.WAITING)
                .setParameter("start", startOfDay)
                .getResultList();
        Map<Long, List<TicketTimes>> byService = new HashMap<>();
        for (Object[] row : rows) {
            byService.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                    .add(new TicketTimes((TicketStatus) row[1], (Instant) row[2], (Instant) row[3], (Instant) row[4]));
        }
        return byService;
    }

    private List<TicketView> overdue(Instant waitingSinceBefore) {
        return em.createQuery("select t from Ticket t where t.status = :waiting and t.queuedAt <= :limit "
                        + "and t.service.active = true order by t.queuedAt", Ticket.class)
                .setParameter("waiting", TicketStatus.WAITING)
                .setParameter("limit", waitingSinceBefore)
                .setMaxResults(200)
                .getResultStream()
                .map(TicketView::of)
                .sorted(Comparator.comparing(TicketView::queuedAt))
                .toList();
    }
}
