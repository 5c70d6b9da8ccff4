package org.clinicqueue.application.sms;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeSet;
import org.clinicqueue.application.history.QueueHistory;
import org.clinicqueue.application.settings.HospitalClock;
import org.clinicqueue.domain.InvalidInputException;
import org.clinicqueue.domain.audit.AuditAction;
import org.clinicqueue.domain.sms.SmsKind;
import org.clinicqueue.domain.sms.SmsTemplate;
import org.clinicqueue.domain.sms.SmsTemplateText;
import org.clinicqueue.domain.staff.Role;

/**
 * The message templates: what admins changed (table {@code sms_template}) over the defaults shipped in
 * {@code sms/templates*.properties}, per kind and language. A language without its own template uses English.
 */
@Stateless
public class SmsTemplates {

    /** Languages the application ships defaults for; admins may add templates for any other. */
    public static final List<String> SHIPPED_LANGUAGES = List.of("en", "hi");
    private static final String BUNDLE = "sms.templates";

    /** One template as the admin API shows it. */
    public record TemplateView(String kind, String language, String text, boolean custom, List<String> placeholders,
                               List<String> required) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private HospitalClock clock;

    @Inject
    private QueueHistory history;

    @Resource
    private SessionContext session;

    @PermitAll
    public String render(SmsKind kind, String language, Map<String, String> values) {
        return SmsTemplateText.render(text(kind, language), values);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public List<TemplateView> all() {
        TreeSet<String> languages = new TreeSet<>(SHIPPED_LANGUAGES);
        languages.addAll(em.createQuery("select distinct t.language from SmsTemplate t", String.class).getResultList());
        List<TemplateView> views = new ArrayList<>();
        for (SmsKind kind : SmsKind.values()) {
            for (String language : languages) {
                views.add(view(kind, language));
            }
        }
        return views;
    }

    @RolesAllowed(Role.Names.ADMIN)
    public TemplateView change(SmsKind kind, String language, String text) {
        String lang = language(language);
        SmsTemplate stored = em.find(SmsTemplate.class, new SmsTemplate.Key(kind, lang));
        String by = session.getCallerPrincipal().getName();
        if (stored == null) {
            em.persist(new SmsTemplate(kind, lang, text, clock.now(), by));
        } else {
            stored.change(text, clock.now(), by);
        }
        history.configuration(AuditAction.SETTING_CHANGED, "SMS template " + kind + "/" + lang, "changed");
        em.flush();
        return view(kind, lang);
    }

    /** Back to the shipped default. */
    @RolesAllowed(Role.Names.ADMIN)
    public TemplateView reset(SmsKind kind, String language) {
        String lang = language(language);
        SmsTemplate stored = em.find(SmsTemplate.class, new SmsTemplate.Key(kind, lang));
        if (stored != null) {
            em.remove(stored);
            history.configuration(AuditAction.SETTING_CHANGED, "SMS template " + kind + "/" + lang, "reset to default");
            em.flush();
        }
        return view(kind, lang);
    }

    private TemplateView view(SmsKind kind, String language) {
        SmsTemplate stored = em.find(SmsTemplate.class, new SmsTemplate.Key(kind, language));
        return new TemplateView(kind.name(), language, text(kind, language), stored != null,
                List.copyOf(new TreeSet<>(kind.placeholders())), List.copyOf(new TreeSet<>(kind.required())));
    }

    /** Admin's template in the language, the shipped one in the language, admin's English, shipped English. */
    private String text(SmsKind kind, String language) {
        String lang = language == null ? "en" : language;
        SmsTemplate stored = em.find(SmsTemplate.class, new SmsTemplate.Key(kind, lang));
        if (stored != null) {
            return stored.getBody();
        }
        String shipped = shipped(kind, lang);
        if (shipped != null) {
            return shipped;
        }
        SmsTemplate english = em.find(SmsTemplate.class, new SmsTemplate.Key(kind, "en"));
        return english != null ? english.getBody() : shipped(kind, "en");
    }

    private static String shipped(SmsKind kind, String language) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language),
                    SmsTemplates.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            boolean ownLanguage = bundle.getLocale().getLanguage().equals(language)
                    || ("en".equals(language) && bundle.getLocale().getLanguage().isEmpty());
            return ownLanguage ? bundle.getString(kind.name()) : null;
        } catch (MissingResourceException e) {
            return null;
        }
    }

    private static String language(String language) {
        if (language == null || !language.strip().matches("[a-zA-Z]{2}")) {
            throw new InvalidInputException("invalid-language", "The language must be a two-letter code such as en or hi.");
        }
        return language.strip().toLowerCase(Locale.ROOT);
    }
}
