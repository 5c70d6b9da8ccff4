package org.clinicqueue.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.clinicqueue.application.display.DisplayCatalog;
import org.clinicqueue.application.display.DisplayMessages;
import org.clinicqueue.domain.display.DisplayDevice;

/**
 * The supervisor board's "message to the screens": one line on the ticker of every hall display, or of one,
 * for some minutes or until cleared (e.g. "Dr. Rao's clinic starts at 11:00").
 */
@Named
@ViewScoped
public class ScreenMessageForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A display to choose from. */
    public record Choice(String code, String name) implements Serializable {
    }

    @Inject
    private DisplayMessages messages;

    @Inject
    private DisplayCatalog displays;

    private List<Choice> choices;
    private String text;
    private String displayCode;
    private Integer minutes;

    @PostConstruct
    void init() {
        choices = displays.all().stream().filter(DisplayDevice::isActive).map(d -> new Choice(d.getCode(), d.getName())).toList();
    }

    public void post() {
        if (Feedback.attempt(() -> messages.post(text, blankToNull(displayCode), minutes), Messages.text("screens.posted")) != null) {
            text = null;
        }
    }

    public void clear() {
        Feedback.run(() -> messages.clear(blankToNull(displayCode)), Messages.text("screens.cleared"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public List<Choice> getChoices() {
        return choices;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getDisplayCode() {
        return displayCode;
    }

    public void setDisplayCode(String displayCode) {
        this.displayCode = displayCode;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }
}
