package org.clinicqueue.application.settings;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.clinicqueue.application.history.QueueHistory;
import org.clinicqueue.domain.audit.AuditAction;
import org.clinicqueue.domain.settings.AppSetting;
import org.clinicqueue.domain.settings.SettingKey;
import org.clinicqueue.domain.staff.Role;

/**
 * Settings as the hospital set them, or their defaults. Read from the database on each use (a primary-key
 * read) rather than cached, so every node of a cluster sees a change at once.
 */
@Stateless
public class Settings {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    @Inject
    private QueueHistory history;

    /** Every setting with its current text, for the administration page and the API. */
    @RolesAllowed(Role.Names.ADMIN)
    public Map<String, String> all() {
        Map<String, String> values = new LinkedHashMap<>();
        for (SettingKey<?> key : SettingKey.all()) {
            values.put(key.name(), text(key));
        }
        return values;
    }

    private <T> String text(SettingKey<T> key) {
        return key.format(get(key));
    }

    @PermitAll
    public <T> T get(SettingKey<T> key) {
        AppSetting stored = em.find(AppSetting.class, key.name());
        return stored == null ? key.defaultValue() : key.parse(stored.getValue());
    }

    /** Validates the text with the key's own parser, so a bad value is refused and the old one stays. */
    @RolesAllowed(Role.Names.ADMIN)
    public <T> T set(SettingKey<T> key, String text) {
        T value = key.parse(text);
        String normalised = key.format(value);
        String by = session.getCallerPrincipal().getName();
        AppSetting stored = em.find(AppSetting.class, key.name());
        String before = stored == null ? key.format(key.defaultValue()) + " (default)" : stored.getValue();
        if (stored == null) {
            em.persist(new AppSetting(key.name(), normalised, clock.instant(), by));
        } else {
            stored.update(normalised, clock.instant(), by);
        }
        history.configuration(AuditAction.SETTING_CHANGED, "setting " + key.name(), before + " → " + normalised);
        return value;
    }
}
