package org.clinicqueue.application.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clinicqueue.application.settings.HospitalClock;
import org.clinicqueue.domain.InvalidInputException;
import org.clinicqueue.domain.audit.AuditEvent;
import org.clinicqueue.domain.staff.Role;
import org.clinicqueue.infrastructure.persistence.LikePatterns;

/**
 * Reads the audit trail that {@code QueueHistory} writes. Supervisors and admins search it; the desk and
 * reception read one ticket's history. Read only: audit lines are never changed.
 */
@Stateless
public class AuditQueries {

    /** The most lines one CSV export holds; narrow the filter for more. */
    public static final int MAX_EXPORT_LINES = 50_000;
    static final int MAX_PAGE_SIZE = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private HospitalClock clock;

    /** One page of the lines the filter matches, newest first. */
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public List<AuditLine> search(AuditFilter filter, int first, int pageSize) {
        if (first < 0 || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new InvalidInputException("A page starts at 0 or later and has 1 to " + MAX_PAGE_SIZE + " lines.");
        }
        Where where = where(filter);
        return where.bind(em.createQuery("select e from AuditEvent e" + where.jpql + " order by e.occurredAt desc, e.id desc", AuditEvent.class))
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultStream().map(AuditLine::of).toList();
    }

    /** How many lines the filter matches in all (for the pager). */
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public long count(AuditFilter filter) {
        Where where = where(filter);
        return where.bind(em.createQuery("select count(e) from AuditEvent e" + where.jpql, Long.class)).getSingleResult();
    }

    /** Everything the filter matches, oldest first (as a spreadsheet reads), up to {@link #MAX_EXPORT_LINES}. */
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public List<AuditLine> export(AuditFilter filter) {
        Where where = where(filter);
        return where.bind(em.createQuery("select e from AuditEvent e" + where.jpql + " order by e.occurredAt, e.id", AuditEvent.class))
                .setMaxResults(MAX_EXPORT_LINES)
                .getResultStream().map(AuditLine::of).toList();
    }

    /** A ticket's own history (issued, called, transferred...), oldest first: the desk shows it for the current patient. */
    @RolesAllowed({Role.Names.OPERATOR, Role.Names.RECEPTION, Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public List<AuditLine> ticketHistory(Long ticketId) {
        return em.createQuery("select e from AuditEvent e where e.ticketId = :ticket order by e.occurredAt, e.id", AuditEvent.class)
                .setParameter("ticket", ticketId)
                .getResultStream().map(AuditLine::of).toList();
    }

    private Where where(AuditFilter filter) {
        AuditFilter f = filter == null ? AuditFilter.everything() : filter;
        if (f.from() != null && f.to() != null && f.to().isBefore(f.from())) {
            throw new InvalidInputException("invalid-dates", "The last day must not be before the first day.");
        }
        ZoneId zone = clock.zone();
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (f.from() != null) {
            conditions.add("e.occurredAt >= :from");
            parameters.put("from", f.from().atStartOfDay(zone).toInstant());
        }
        if (f.to() != null) {
            conditions.add("e.occurredAt < :to");
            parameters.put("to", f.to().plusDays(1).atStartOfDay(zone).toInstant());
        }
        if (!blank(f.actor())) {
            conditions.add("e.actor = :actor");
            parameters.put("actor", f.actor().strip().toLowerCase(Locale.ROOT));
        }
        if (!blank(f.ticketNumber())) {
            conditions.add("e.ticketNumber = :number");
            parameters.put("number", f.ticketNumber().strip().toUpperCase(Locale.ROOT));
        }
        if (!blank(f.counter())) {
            conditions.add("lower(e.counterName) like :counter escape '!'");
            parameters.put("counter", LikePatterns.containing(f.counter().strip().toLowerCase(Locale.ROOT)));
        }
        if (f.action() != null) {
            conditions.add("e.action = :action");
            parameters.put("action", f.action());
        }
        return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), parameters);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private record Where(String jpql, Map<String, Object> parameters) {

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }
}
