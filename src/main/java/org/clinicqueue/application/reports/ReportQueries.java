package org.clinicqueue.application.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.clinicqueue.application.settings.HospitalClock;
import org.clinicqueue.application.settings.Settings;
import org.clinicqueue.domain.InvalidInputException;
import org.clinicqueue.domain.NotFoundException;
import org.clinicqueue.domain.queue.ClinicService;
import org.clinicqueue.domain.queue.Counter;
import org.clinicqueue.domain.reports.CellFigures;
import org.clinicqueue.domain.reports.CellKey;
import org.clinicqueue.domain.reports.ReportPeriod;
import org.clinicqueue.domain.settings.SettingKey;
import org.clinicqueue.domain.staff.Role;
import org.clinicqueue.domain.staff.StaffAccount;

/**
 * Reports for supervisors and admins, and the supervisor board's figures for today: the same query.
 *
 * <p>Days with a nightly summary are read from it (a few rows per day, however busy the hospital); the other
 * days up to today are computed live from the audit trail. Both go through the same cells, so a report does
 * not change when its days get summarised, except that median and 90th percentile become estimates from the
 * histograms (the report's {@link ReportSource} says which).
 */
@Stateless
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class ReportQueries {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private HospitalClock clock;

    @Inject
    private Settings settings;

    @Inject
    private VisitHistory history;

    @Inject
    private DailySummaryStore summaries;

    @Inject
    private AppointmentFigures appointments;

    public Report report(ReportRequest request) {
        ZoneId zone = clock.zone();
        LocalDate today = clock.today();
        LocalDate to = request.to() == null ? today : request.to();
        LocalDate from = request.from() == null ? to : request.from();
        ReportPeriod period = new ReportPeriod(from, to, zone);
        int target = request.targetMinutes() == null ? settings.get(SettingKey.REPORT_WAIT_TARGET_MINUTES) : request.targetMinutes();
        if (target < 1 || target > 240) {
            throw new InvalidInputException("invalid-target", "The waiting-time target must be from 1 to 240 minutes.");
        }
        ClinicService service = blank(request.serviceCode()) ? null : service(request.serviceCode());
        Counter counter = blank(request.counterCode()) ? null : counter(request.counterCode());
        String staff = blank(request.staff()) ? null : request.staff().strip().toLowerCase(Locale.ROOT);
        List<Long> serviceIds = service == null ? null : List.of(service.getId());
        Long counterId = counter == null ? null : counter.getId();

        Set<LocalDate> summarized = summaries.summarizedDays(from, to).keySet();
        Map<CellKey, CellFigures> cells = new HashMap<>();
        if (!summarized.isEmpty()) {
            cells.putAll(summaries.cells(from, to, serviceIds, counterId, staff));
        }
        long liveDays = 0;
        LocalDate runStart = null;
        for (LocalDate day = from; !day.isAfter(to) && !day.isAfter(today); day = day.plusDays(1)) {
            boolean live = !summarized.contains(day);
            if (live) {
                liveDays++;
                runStart = runStart == null ? day : runStart;
            }
            boolean runEnds = !live || day.equals(to) || day.equals(today);
            if (runStart != null && runEnds) {
                LocalDate runEnd = live ? day : day.minusDays(1);
                addLive(cells, new ReportPeriod(runStart, runEnd, zone), serviceIds, counterId, staff);
                runStart = null;
            }
        }
        boolean exact = cells.values().stream().allMatch(c -> c.waits().isExact() && c.serviceTimes().isExact());
        ReportSource source = new ReportSource(summarized.size(), liveDays, exact ? "exact" : "estimated from daily histograms");
        ReportScope scope = new ReportScope(service == null ? null : service.getCode(), service == null ? null : service.getName(),
                counter == null ? null : counter.getCode(), counter == null ? null : counter.getName(), staff,
                staff == null ? null : staffName(staff));
        return new ReportBuilder(period, target, labels()).build(cells, clock.now(), scope, source,
                appointments.summarize(period, service == null ? null : service.getId(), counterId, staff));
    }

    /** Today's report for the whole hospital: what the supervisor board shows per service. */
    public Report today() {
        return report(ReportRequest.today());
    }

    /** The services, counters and staff a report can be filtered by, by name. */
    public FilterOptions filterOptions() {
        List<FilterOption> services = em.createNamedQuery("ClinicService.findAll", ClinicService.class).getResultStream()
                .map(s -> new FilterOption(s.getCode(), s.getName())).toList();
        List<FilterOption> counters = em.createNamedQuery("Counter.findAll", Counter.class).getResultStream()
                .map(c -> new FilterOption(c.getCode(), c.getName())).toList();
        List<FilterOption> staff = em.createNamedQuery("StaffAccount.findAll", StaffAccount.class).getResultStream()
                .map(a -> new FilterOption(a.getUsername(), a.getDisplayName() + " (" + a.getUsername() + ")")).toList();
        return new FilterOptions(services, counters, staff);
    }

    private void addLive(Map<CellKey, CellFigures> cells, ReportPeriod period, List<Long> serviceIds, Long counterId, String staff) {
        history.cells(period, serviceIds).cells().forEach((key, cell) -> {
            if ((counterId == null || counterId.equals(key.counterId())) && (staff == null || staff.equals(key.staff()))) {
                cells.merge(key, cell, (a, b) -> {
                    a.addAll(b);
                    return a;
                });
            }
        });
    }

    private CellLabels labels() {
        Map<Long, String[]> services = new HashMap<>();
        em.createNamedQuery("ClinicService.findAll", ClinicService.class).getResultStream()
                .forEach(s -> services.put(s.getId(), new String[] {s.getCode(), s.getName()}));
        Map<Long, String[]> counters = new HashMap<>();
        em.createNamedQuery("Counter.findAll", Counter.class).getResultStream()
                .forEach(c -> counters.put(c.getId(), new String[] {c.getCode(), c.getName()}));
        Map<String, String> staff = new HashMap<>();
        em.createQuery("select a.username, a.displayName from StaffAccount a", Object[].class).getResultStream()
                .forEach(row -> staff.put((String) row[0], (String) row[1]));
        return new CellLabels(services, counters, staff);
    }

    private ClinicService service(String code) {
        return em.createNamedQuery("ClinicService.findByCode", ClinicService.class)
                .setParameter("code", code.strip().toUpperCase(Locale.ROOT))
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("There is no service '" + code.strip() + "'."));
    }

    private Counter counter(String code) {
        return em.createNamedQuery("Counter.findByCode", Counter.class)
                .setParameter("code", code.strip().toUpperCase(Locale.ROOT))
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("There is no counter '" + code.strip() + "'."));
    }

    private String staffName(String username) {
        return em.createNamedQuery("StaffAccount.findByUsername", StaffAccount.class).setParameter("username", username)
                .getResultStream().findFirst().map(StaffAccount::getDisplayName).filter(Objects::nonNull).orElse(username);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
