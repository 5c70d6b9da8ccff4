package org.clinicqueue.application.sms;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clinicqueue.application.history.QueueChange;
import org.clinicqueue.application.queries.Estimate;
import org.clinicqueue.application.queries.WaitEstimates;
import org.clinicqueue.application.settings.Settings;
import org.clinicqueue.domain.audit.AuditAction;
import org.clinicqueue.domain.queue.ClinicService;
import org.clinicqueue.domain.queue.QueueEntry;
import org.clinicqueue.domain.queue.QueueOrder;
import org.clinicqueue.domain.queue.Ticket;
import org.clinicqueue.domain.queue.TicketStatus;
import org.clinicqueue.domain.settings.SettingKey;
import org.clinicqueue.domain.sms.SmsKind;

/**
 * Decides which messages a committed queue change causes, for patients who gave a phone number:
 * <ul>
 *   <li>issued: the ticket with its status link;</li>
 *   <li>called (not a recall): where to go;</li>
 *   <li>no-show: that they missed their turn;</li>
 *   <li>completed: thanks, with the link where they can rate the visit;</li>
 *   <li>and, after any change of a queue, "your turn is approaching" once to each waiting patient with at most
 *       N people ahead (setting {@code sms.turn-approaching-ahead}; 0 turns it off).</li>
 * </ul>
 * Each draft carries a dedup key, so a message is never queued twice for the same occasion.
 */
@Stateless
@PermitAll
public class SmsNotificationPlanner {

    /**
     * Only these bring waiting patients nearer the front, so only these can make a turn "approaching". A new
     * ticket joins behind (or, with priority, in front of) the others and never moves anyone forward: skipping
     * it keeps issuing from reading the whole queue once per ticket.
     */
    private static final Set<AuditAction> ADVANCES_THE_QUEUE = EnumSet.of(AuditAction.TICKET_CALLED,
            AuditAction.TICKET_CALLED_OUT_OF_ORDER, AuditAction.TICKET_CANCELLED, AuditAction.TICKET_TRANSFERRED,
            AuditAction.TICKET_REASSIGNED, AuditAction.PRIORITY_CHANGED, AuditAction.TICKET_RESUMED);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private WaitEstimates estimates;

    @Inject
    private Settings settings;

    @Inject
    private PatientLinks links;

    public List<SmsDraft> drafts(QueueChange change) {
        List<SmsDraft> drafts = new ArrayList<>();
        if (change.ticketId() != null) {
            Ticket ticket = em.find(Ticket.class, change.ticketId());
            if (ticket != null && ticket.getPhone() != null) {
                ownMessage(change, ticket).ifPresent(drafts::add);
            }
        }
        int ahead = ADVANCES_THE_QUEUE.contains(change.kind()) ? settings.get(SettingKey.SMS_TURN_APPROACHING_AHEAD) : 0;
        if (ahead > 0) {
            for (String serviceCode : touchedServices(change)) {
                drafts.addAll(approaching(serviceCode, ahead, change));
            }
        }
        return drafts;
    }

    private Optional<SmsDraft> ownMessage(QueueChange change, Ticket t) {
        AuditAction kind = change.kind();
        Map<String, String> values = basics(t);
        return switch (kind) {
            case TICKET_ISSUED -> {
                Estimate e = estimates.forTicket(t);
                values.put("ahead", String.valueOf(e.peopleAhead()));
                values.put("minutes", String.valueOf(e.minutes()));
                yield Optional.of(draft(SmsKind.TICKET_ISSUED, t, values, "issued:" + t.getId()));
            }
            case TICKET_CALLED, TICKET_CALLED_OUT_OF_ORDER -> {
                values.put("counter", change.counterName() == null ? "" : change.counterName());
                long at = t.getCalledAt() == null ? change.at().toEpochMilli() : t.getCalledAt().toEpochMilli();
                yield Optional.of(draft(SmsKind.CALLED, t, values, "called:" + t.getId() + ":" + at));
            }
            case TICKET_NO_SHOW, TICKET_REQUEUED_AFTER_NO_SHOW -> {
                values.put("counter", change.counterName() == null ? "" : change.counterName());
                yield Optional.of(draft(SmsKind.MISSED_TURN, t, values, "missed:" + t.getId() + ":" + t.getNoShowCount()));
            }
            case TICKET_COMPLETED -> Optional.of(draft(SmsKind.SERVICE_COMPLETE, t, values, "complete:" + t.getId()));
            default -> Optional.empty();
        };
    }

    /**
     * Waiting patients of the service with at most {@code maxAhead} people ahead who have not been told yet.
     * Positions are counted with the same rule as the status page ({@link QueueOrder#peopleAhead}).
     */
    private List<SmsDraft> approaching(String serviceCode, int maxAhead, QueueChange change) {
        Optional<ClinicService> service = em.createNamedQuery("ClinicService.findByCode", ClinicService.class)
                .setParameter("code", serviceCode).getResultStream().findFirst();
        if (service.isEmpty()) {
            return List.of();
        }
        List<QueueEntry> waiting = estimates.waitingIn(List.of(service.get()));
        QueueOrder order = estimates.order();
        List<QueueEntry> front = waiting.stream().sorted(order.serviceOrder()).limit(maxAhead + 10L).toList();
        Map<Long, Integer> near = new LinkedHashMap<>();
        for (QueueEntry entry : front) {
            int ahead = order.peopleAheadOf(entry, waiting);
            if (ahead <= maxAhead) {
                near.put(entry.ticketId(), ahead);
            }
        }
        if (near.isEmpty()) {
            return List.of();
        }
        Set<String> told = new HashSet<>(em.createQuery("select m.dedupKey from SmsMessage m where m.dedupKey in :keys", String.class)
                .setParameter("keys", near.keySet().stream().map(SmsNotificationPlanner::approachingKey).toList())
                .getResultList());
        List<SmsDraft> drafts = new ArrayList<>();
        for (Ticket t : em.createQuery("select t from Ticket t where t.id in :ids and t.phone is not null and t.status = :waiting", Ticket.class)
                .setParameter("ids", near.keySet())
                .setParameter("waiting", TicketStatus.WAITING)
                .getResultList()) {
            boolean justIssued = change.kind() == AuditAction.TICKET_ISSUED && t.getId().equals(change.ticketId());
            if (justIssued || told.contains(approachingKey(t.getId()))) {
                continue;
            }
            Map<String, String> values = basics(t);
            Estimate e = estimates.forTicket(t);
            values.put("ahead", String.valueOf(e.peopleAhead()));
            values.put("minutes", String.valueOf(e.minutes()));
            drafts.add(draft(SmsKind.TURN_APPROACHING, t, values, approachingKey(t.getId())));
        }
        return drafts;
    }

    private static Set<String> touchedServices(QueueChange change) {
        Set<String> codes = new LinkedHashSet<>();
        if (change.serviceCode() != null) {
            codes.add(change.serviceCode());
        }
        if (change.services() != null) {
            codes.addAll(change.services());
        }
        return codes;
    }

    private Map<String, String> basics(Ticket t) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("number", t.displayNumber());
        values.put("service", t.getService().getName());
        values.put("link", links.ticketStatus(t.getTrackingId()));
        return values;
    }

    private static SmsDraft draft(SmsKind kind, Ticket t, Map<String, String> values, String dedupKey) {
        return new SmsDraft(kind, t.getPhone(), t.getLanguage(), values, t.getId(), t.displayNumber(), dedupKey);
    }

    private static String approachingKey(Long ticketId) {
        return "approaching:" + ticketId;
    }
}
