package org.clinicqueue.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clinicqueue.application.setup.FirstAdminSetup;
import org.clinicqueue.domain.ClinicQueueException;

/** The {@code /setup.xhtml} page: the first administrator of a new installation. */
@Named
@ViewScoped
public class SetupBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FirstAdminSetup setup;

    private String token;
    private String username;
    private String displayName;
    private String password;
    private String passwordRepeat;
    private boolean done;

    public boolean isOpen() {
        return !done && setup.isOpen();
    }

    public void create() {
        if (password == null || !password.equals(passwordRepeat)) {
            error(Messages.text("setup.mismatch"));
            return;
        }
        try {
            setup.createFirstAdmin(token, username, displayName, password);
            done = true;
        } catch (ClinicQueueException refused) {
            error(refused.getMessage());
        }
    }

    private static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordRepeat() {
        return passwordRepeat;
    }

    public void setPasswordRepeat(String passwordRepeat) {
        this.passwordRepeat = passwordRepeat;
    }

    public boolean isDone() {
        return done;
    }
}
