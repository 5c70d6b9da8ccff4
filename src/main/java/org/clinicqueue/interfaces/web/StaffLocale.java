package org.clinicqueue.interfaces.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clinicqueue.application.staff.StaffAccounts;

/**
 * The console's language for the signed-in person: their account's {@code locale}, read once per session and
 * changed on the account page (stored, so it follows them to any desk). Only languages the application has a
 * bundle for (faces-config's supported locales) are offered.
 */
@Named
@SessionScoped
public class StaffLocale implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StaffAccounts accounts;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = supportedOrDefault(accounts.current().getLocale());
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** Stores the choice on the account and applies it to this session. */
    public void change(String language) {
        Locale chosen = supportedOrDefault(language);
        accounts.changeOwnLocale(chosen.getLanguage());
        locale = chosen;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(chosen);
    }

    public List<Locale> getSupported() {
        List<Locale> supported = new ArrayList<>();
        FacesContext.getCurrentInstance().getApplication().getSupportedLocales().forEachRemaining(supported::add);
        return supported;
    }

    /** A language's own name, as its speakers write it (हिन्दी, English). */
    public String nameOf(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.isEmpty() ? language.getLanguage() : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private Locale supportedOrDefault(String language) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (language != null && faces != null) {
            for (var it = faces.getApplication().getSupportedLocales(); it.hasNext(); ) {
                Locale candidate = it.next();
                if (candidate.getLanguage().equals(language)) {
                    return candidate;
                }
            }
        }
        return faces == null || faces.getApplication().getDefaultLocale() == null ? Locale.ENGLISH : faces.getApplication().getDefaultLocale();
    }
}
