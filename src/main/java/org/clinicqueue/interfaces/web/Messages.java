package org.clinicqueue.interfaces.web;

import jakarta.faces.context.FacesContext;
import java.util.ResourceBundle;

/** Text from the {@code i18n.messages} bundle in the current view's language. */
public final class Messages {

    private Messages() {
    }

    public static String text(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        return ResourceBundle.getBundle("i18n.messages", context.getViewRoot().getLocale()).getString(key);
    }
}
