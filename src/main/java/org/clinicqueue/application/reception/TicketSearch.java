package org.clinicqueue.application.reception;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import org.clinicqueue.application.queries.TicketView;
import org.clinicqueue.application.settings.HospitalClock;
import org.clinicqueue.domain.queue.Ticket;
import org.clinicqueue.domain.queue.TicketStatus;
import org.clinicqueue.domain.staff.Role;
import org.clinicqueue.infrastructure.persistence.LikePatterns;

/**
 * Finds tickets for reception and supervisors: among today's tickets and any still active (a 24-hour
 * service's patient from before midnight), newest first. Numbers restart every day, so "OPD-007" alone
 * would be ambiguous across days; limiting to today and the active ones keeps the answer short and right.
 */
@Stateless
@RolesAllowed({Role.Names.RECEPTION, Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class TicketSearch {

    static final int MAX_RESULTS = 50;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private HospitalClock clock;

    public List<TicketView> find(String typed) {
        TicketSearchText search = TicketSearchText.parse(typed);
        String scope = "(t.businessDate = :today or t.status in :active)";
        TypedQuery<Ticket> query = switch (search.kind()) {
            case NUMBER -> search.prefix() == null
                    ? em.createQuery("select t from Ticket t where t.number = :number and " + scope
                            + " order by t.issuedAt desc", Ticket.class)
                    : em.createQuery("select t from Ticket t where t.number = :number and t.numberPrefix = :prefix and " + scope
                            + " order by t.issuedAt desc", Ticket.class).setParameter("prefix", search.prefix());
            // Ends with the digits typed: "98765 43210" finds the patient stored as +919876543210.
            case PHONE -> em.createQuery("select t from Ticket t where t.phone like :phone and " + scope
                    + " order by t.issuedAt desc", Ticket.class).setParameter("phone", "%" + search.text());
            case NAME -> em.createQuery("select t from Ticket t where lower(t.patientName) like :name escape '!' and " + scope
                    + " order by t.issuedAt desc", Ticket.class)
                    .setParameter("name", LikePatterns.containing(search.text().toLowerCase(Locale.ROOT)));
        };
        if (search.kind() == TicketSearchText.Kind.NUMBER) {
            query.setParameter("number", search.number());
        }
        return query.setParameter("today", clock.today())
                .setParameter("active", TicketStatus.ACTIVE)
                .setMaxResults(MAX_RESULTS)
                .getResultStream().map(TicketView::of).toList();
    }
}
