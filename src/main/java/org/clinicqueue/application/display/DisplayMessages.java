package org.clinicqueue.application.display;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.clinicqueue.application.history.QueueHistory;
import org.clinicqueue.domain.InvalidInputException;
import org.clinicqueue.domain.display.DisplayDevice;
import org.clinicqueue.domain.display.DisplayMessage;
import org.clinicqueue.domain.staff.Role;

/**
 * Supervisors put a line of text on the screens' ticker, for every display or one, for a while or until
 * cleared. A newer message replaces an older one for the same screens.
 */
@Stateless
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class DisplayMessages {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private DisplayCatalog displays;

    @Inject
    private QueueHistory history;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /**
     * @param displayCode     null for every display
     * @param minutesToShow   null to show until cleared
     */
    public DisplayMessage post(String text, String displayCode, Integer minutesToShow) {
        if (minutesToShow != null && (minutesToShow < 1 || minutesToShow > 24 * 60)) {
            throw new InvalidInputException("invalid-message", "Show a message for 1 minute to 24 hours, or until cleared.");
        }
        DisplayDevice display = displayCode == null || displayCode.isBlank() ? null : displays.require(displayCode);
        Instant now = clock.instant();
        clearActive(display, now);
        DisplayMessage message = new DisplayMessage(text, display, now, session.getCallerPrincipal().getName(),
                minutesToShow == null ? null : now.plus(Duration.ofMinutes(minutesToShow)));
        em.persist(message);
        history.displayMessage(message.getText(), display == null ? null : display.getCode());
        return message;
    }

    public void clear(String displayCode) {
        DisplayDevice display = displayCode == null || displayCode.isBlank() ? null : displays.require(displayCode);
        clearActive(display, clock.instant());
        history.displayMessage(null, display == null ? null : display.getCode());
    }

    private void clearActive(DisplayDevice display, Instant now) {
        List<DisplayMessage> active = display == null
                ? em.createQuery("select m from DisplayMessage m where m.clearedAt is null and m.display is null", DisplayMessage.class)
                        .getResultList()
                : em.createQuery("select m from DisplayMessage m where m.clearedAt is null and m.display = :display", DisplayMessage.class)
                        .setParameter("display", display).getResultList();
        active.forEach(m -> m.clear(now));
    }
}
