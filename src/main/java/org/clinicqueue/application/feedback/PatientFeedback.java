package org.clinicqueue.application.feedback;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.clinicqueue.application.settings.HospitalClock;
import org.clinicqueue.domain.ConflictException;
import org.clinicqueue.domain.InvalidInputException;
import org.clinicqueue.domain.NotFoundException;
import org.clinicqueue.domain.feedback.VisitFeedback;
import org.clinicqueue.domain.queue.ClinicService;
import org.clinicqueue.domain.queue.Ticket;
import org.clinicqueue.domain.queue.TicketStatus;
import org.clinicqueue.domain.staff.Role;

/**
 * Visit feedback. The patient's proof is the ticket's unguessable tracking id, as for the status page; a
 * visit can be rated once it is complete, and only once (the ticket row is locked while checking, and a
 * unique key backs it up).
 */
@Stateless
public class PatientFeedback {

    static final int MAX_DAYS = 366;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private HospitalClock clock;

    @PermitAll
    public FeedbackState state(String trackingId) {
        Ticket ticket = ticket(trackingId, false);
        return state(ticket, existing(ticket));
    }

    @PermitAll
    public FeedbackState give(String trackingId, Integer rating, String comment) {
        Ticket ticket = ticket(trackingId, true);
        if (ticket.getStatus() != TicketStatus.DONE) {
            throw new ConflictException("visit-not-complete", "You can rate your visit once it is complete.");
        }
        if (existing(ticket).isPresent()) {
            throw new ConflictException("feedback-given", "You have already rated this visit. Thank you!");
        }
        VisitFeedback feedback = new VisitFeedback(ticket.getId(), ticket.getService().getId(), ticket.getService().getCode(),
                ticket.displayNumber(), rating, comment, clock.now());
        em.persist(feedback);
        return state(ticket, Optional.of(feedback));
    }

    /**
     * @param from        first business day included (default: 30 days ago)
     * @param to          last business day included (default: today)
     * @param serviceCode optional: one service only
     */
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public FeedbackReport report(LocalDate from, LocalDate to, String serviceCode) {
        LocalDate last = to == null ? clock.today() : to;
        LocalDate first = from == null ? last.minusDays(29) : from;
        if (first.isAfter(last) || first.plusDays(MAX_DAYS).isBefore(last)) {
            throw new InvalidInputException("invalid-period", "Choose a period of at most a year, 'from' not after 'to'.");
        }
        ZoneId zone = clock.zone();
        String code = serviceCode == null || serviceCode.isBlank() ? null : serviceCode.strip().toUpperCase(Locale.ROOT);
        List<VisitFeedback> rows = em.createQuery("select f from VisitFeedback f where f.submittedAt >= :start and f.submittedAt < :end "
                        + "and (:code is null or f.serviceCode = :code) order by f.submittedAt desc", VisitFeedback.class)
                .setParameter("start", first.atStartOfDay(zone).toInstant())
                .setParameter("end", last.plusDays(1).atStartOfDay(zone).toInstant())
                .setParameter("code", code)
                .getResultList();
        Map<String, List<VisitFeedback>> byService = new LinkedHashMap<>();
        rows.stream().sorted((a, b) -> a.getServiceCode().compareTo(b.getServiceCode()))
                .forEach(f -> byService.computeIfAbsent(f.getServiceCode(), k -> new ArrayList<>()).add(f));
        List<FeedbackReport.ServiceResult> services = new ArrayList<>();
        byService.forEach((svc, list) -> services.add(new FeedbackReport.ServiceResult(svc, serviceName(svc), list.size(),
                average(list), distribution(list))));
        List<FeedbackReport.Entry> latest = rows.stream().limit(200)
                .map(f -> new FeedbackReport.Entry(f.getSubmittedAt(), f.getServiceCode(), f.getTicketNumber(), f.getRating(), f.getComment()))
                .toList();
        return new FeedbackReport(first, last, rows.size(), average(rows), services, latest);
    }

    private Ticket ticket(String trackingId, boolean lock) {
        Ticket found = em.createNamedQuery("Ticket.findByTrackingId", Ticket.class)
                .setParameter("trackingId", trackingId == null ? "" : trackingId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("There is no such ticket. Check the link on your ticket."));
        if (lock) {
            em.refresh(found, LockModeType.PESSIMISTIC_WRITE);
        }
        return found;
    }

    private Optional<VisitFeedback> existing(Ticket ticket) {
        return em.createNamedQuery("VisitFeedback.forTicket", VisitFeedback.class)
                .setParameter("ticketId", ticket.getId()).getResultStream().findFirst();
    }

    private static FeedbackState state(Ticket ticket, Optional<VisitFeedback> given) {
        return new FeedbackState(ticket.getStatus() == TicketStatus.DONE && given.isEmpty(), given.isPresent(),
                given.map(VisitFeedback::getRating).orElse(null), given.map(VisitFeedback::getComment).orElse(null));
    }

    private String serviceName(String code) {
        return em.createNamedQuery("ClinicService.findByCode", ClinicService.class).setParameter("code", code)
                .getResultStream().findFirst().map(ClinicService::getName).orElse(code);
    }

    private static double average(List<VisitFeedback> list) {
        double avg = list.stream().mapToInt(VisitFeedback::getRating).average().orElse(0);
        return Math.round(avg * 100) / 100.0;
    }

    private static List<Long> distribution(List<VisitFeedback> list) {
        List<Long> counts = new ArrayList<>(List.of(0L, 0L, 0L, 0L, 0L));
        list.forEach(f -> counts.set(f.getRating() - 1, counts.get(f.getRating() - 1) + 1));
        return counts;
    }
}
