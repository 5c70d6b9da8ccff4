package org.clinicqueue.application.display;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.clinicqueue.application.history.QueueHistory;
import org.clinicqueue.domain.audit.AuditAction;
import org.clinicqueue.domain.display.AnnouncementTemplate;
import org.clinicqueue.domain.staff.Role;

/** The sentences displays speak, per language; admins edit them and add languages. */
@Stateless
public class AnnouncementTemplates {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private QueueHistory history;

    @Resource
    private SessionContext session;

    @PermitAll
    public List<AnnouncementTemplate> all() {
        return em.createQuery("select t from AnnouncementTemplate t order by t.language", AnnouncementTemplate.class).getResultList();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public AnnouncementTemplate save(String language, String withName, String withoutName) {
        String lang = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        AnnouncementTemplate template = em.find(AnnouncementTemplate.class, lang);
        String by = session.getCallerPrincipal().getName();
        if (template == null) {
            template = new AnnouncementTemplate(lang, withName, withoutName, clock.instant(), by);
            em.persist(template);
        } else {
            template.change(withName, withoutName, clock.instant(), by);
        }
        history.configuration(AuditAction.SETTING_CHANGED, "announcement " + lang, template.getWithName());
        return template;
    }
}
