package org.clinicqueue.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.clinicqueue.application.settings.Settings;
import org.clinicqueue.domain.settings.SettingKey;

/**
 * {@code /console/admin/settings.xhtml}: every setting of {@link SettingKey#all()}, rendered generically (a
 * label from the bundle key {@code setting.<name>} when there is one, else the setting's name), so a
 * setting added later appears here without touching this page. Each is validated by its own parser in
 * {@link Settings#set}; a refused value leaves the old one in place.
 */
@Named
@ViewScoped
public class SettingsAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Settings settings;

    /** Setting name to the text in its input. */
    private Map<String, String> values = new LinkedHashMap<>();

    @PostConstruct
    void init() {
        values = new LinkedHashMap<>(settings.all());
    }

    public void save(String name) {
        String text = values.get(name);
        if (Feedback.attempt(() -> settings.set(SettingKey.named(name), text), Messages.text("admin.saved").concat(" (" + name + ")")) != null) {
            values = new LinkedHashMap<>(settings.all());
        }
    }

    public List<String> getNames() {
        return List.copyOf(values.keySet());
    }

    public Map<String, String> getValues() {
        return values;
    }

    /** The setting's label in the person's language, or its name when the bundle has none. */
    public String label(String name) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", FacesContext.getCurrentInstance().getViewRoot().getLocale());
        String key = "setting." + name;
        return bundle.containsKey(key) ? bundle.getString(key) : name;
    }
}
