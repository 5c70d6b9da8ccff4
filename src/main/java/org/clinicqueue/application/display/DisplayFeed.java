package org.clinicqueue.application.display;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clinicqueue.application.settings.HospitalClock;
import org.clinicqueue.application.settings.Settings;
import org.clinicqueue.domain.audit.AuditAction;
import org.clinicqueue.domain.audit.AuditEvent;
import org.clinicqueue.domain.display.AnnouncementTemplate;
import org.clinicqueue.domain.display.DisplayMessage;
import org.clinicqueue.domain.display.PrivacyMode;
import org.clinicqueue.domain.queue.ClinicService;
import org.clinicqueue.domain.queue.Counter;
import org.clinicqueue.domain.queue.Ticket;
import org.clinicqueue.domain.queue.TicketStatus;
import org.clinicqueue.domain.settings.SettingKey;

/**
 * The state of a display, built from the database each time a screen connects or asks (never kept in
 * memory, so a restarted server or another node gives the same picture): its services' waiting counts, the
 * counters and who is at each, today's recent calls, the supervisor's message, and the display settings.
 * Only used for screens that proved their identity ({@link DisplayCatalog#authenticate}).
 */
@Stateless
@PermitAll
public class DisplayFeed {

    private static final List<AuditAction> CALLS = List.of(AuditAction.TICKET_CALLED, AuditAction.TICKET_CALLED_OUT_OF_ORDER,
            AuditAction.TICKET_RECALLED);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Settings settings;

    @Inject
    private AnnouncementTemplates templates;

    @Inject
    private HospitalClock clock;

    public Announcer announcer() {
        Map<String, AnnouncementTemplate> byLanguage = templates.all().stream()
                .collect(Collectors.toMap(AnnouncementTemplate::getLanguage, Function.identity()));
        return new Announcer(byLanguage, settings.get(SettingKey.DISPLAY_PRIVACY), settings.get(SettingKey.ANNOUNCE_LANGUAGES));
    }

    public DisplayViews.Settings settingsFor(DisplayViews.Screen screen) {
        return new DisplayViews.Settings(settings.get(SettingKey.DISPLAY_PRIVACY).name(), settings.get(SettingKey.ANNOUNCEMENT_REPEATS),
                settings.get(SettingKey.ANNOUNCE_LANGUAGES).name(), screen.languages(), settings.get(SettingKey.DISPLAY_RECENT_CALLS));
    }

    public DisplayViews.State state(DisplayViews.Screen screen) {
        List<ClinicService> services = em.createQuery("select s from ClinicService s where s.code in :codes order by s.name", ClinicService.class)
                .setParameter("codes", screen.serviceCodes())
                .getResultList();
        Announcer announcer = announcer();
        DisplayViews.Settings displaySettings = settingsFor(screen);
        return new DisplayViews.State(screen.code(), screen.name(), displaySettings, serviceLines(services),
                counterLines(services, announcer.privacy()), recentCalls(services, announcer, screen, displaySettings.recentCalls()),
                message(screen.code()), clock.now());
    }

    private List<DisplayViews.ServiceLine> serviceLines(List<ClinicService> services) {
        return services.stream().map(s -> new DisplayViews.ServiceLine(s.getCode(), s.getName(),
                em.createNamedQuery("Ticket.countWaiting", Long.class).setParameter("service", s).getSingleResult())).toList();
    }

    private List<DisplayViews.CounterLine> counterLines(List<ClinicService> services, PrivacyMode privacy) {
        if (services.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select distinct c from Counter c join c.services s where s in :services and c.active = true", Counter.class)
                .setParameter("services", services)
                .getResultList().stream()
                .sorted(Comparator.comparing(Counter::getName))
                .map(c -> counterLine(c, privacy))
                .toList();
    }

    public static DisplayViews.CounterLine counterLine(Counter c, PrivacyMode privacy) {
        Ticket current = c.getCurrentTicket();
        boolean calling = current != null && (current.getStatus() == TicketStatus.CALLED || current.getStatus() == TicketStatus.IN_SERVICE);
        return new DisplayViews.CounterLine(c.getId(), c.getName(), c.getStatus().name(), c.getLateMinutes(),
                calling ? current.displayNumber() : null, calling ? privacy.apply(current.getPatientName()) : null, c.getStatusSince());
    }

    /** Today's latest calls, newest first, with their sentences (a screen on the REST fallback still speaks them). */
    private List<DisplayViews.Call> recentCalls(List<ClinicService> services, Announcer announcer, DisplayViews.Screen screen, int limit) {
        if (services.isEmpty()) {
            return List.of();
        }
        Instant startOfToday = LocalDate.ofInstant(clock.now(), clock.zone()).atStartOfDay(clock.zone()).toInstant();
        List<AuditEvent> calls = em.createQuery("select a from AuditEvent a where a.serviceId in :services and a.action in :calls "
                        + "and a.occurredAt >= :since order by a.occurredAt desc, a.id desc", AuditEvent.class)
                .setParameter("services", services.stream().map(ClinicService::getId).toList())
                .setParameter("calls", CALLS)
                .setParameter("since", startOfToday)
                .setMaxResults(limit)
                .getResultList();
        List<DisplayViews.Call> recent = new ArrayList<>();
        for (AuditEvent call : calls) {
            Ticket ticket = em.find(Ticket.class, call.getTicketId());
            Counter counter = call.getCounterId() == null ? null : em.find(Counter.class, call.getCounterId());
            String counterSpoken = counter == null ? call.getCounterName() : counter.spokenNameOrName();
            recent.add(new DisplayViews.Call(ticket.getId(), ticket.displayNumber(), announcer.privacy().apply(ticket.getPatientName()),
                    call.getCounterName(), ticket.getService().getCode(), ticket.getService().getName(),
                    call.getAction() == AuditAction.TICKET_RECALLED, 0, call.getOccurredAt(),
                    announcer.speak(ticket.ticketNumber().spoken(), ticket.getPatientName(), ticket.getLanguage(), counterSpoken,
                            ticket.getService().getName(), screen)));
        }
        return recent;
    }

    /** The newest message shown on this display: one meant for it, or else one for all displays. */
    private String message(String displayCode) {
        Instant now = clock.now();
        return em.createQuery("select m from DisplayMessage m left join m.display d where m.clearedAt is null "
                        + "and (d is null or d.code = :code) order by m.createdAt desc", DisplayMessage.class)
                .setParameter("code", displayCode)
                .setMaxResults(5)
                .getResultStream()
                .filter(m -> m.isShownAt(now))
                .sorted(Comparator.comparing((DisplayMessage m) -> m.getDisplay() == null ? 1 : 0))
                .map(DisplayMessage::getText)
                .findFirst().orElse(null);
    }
}
