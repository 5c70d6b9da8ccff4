package org.clinicqueue.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clinicqueue.application.staff.StaffAccounts;

/**
 * {@code /console/account.xhtml}: any staff member changes their own password (proving it with the current
 * one) and the language of their console.
 */
@Named
@ViewScoped
public class AccountPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StaffAccounts accounts;

    @Inject
    private StaffLocale staffLocale;

    private String currentPassword;
    private String newPassword;
    private String repeatPassword;
    private String language;

    public void changePassword() {
        if (newPassword == null || !newPassword.equals(repeatPassword)) {
            Feedback.error(Messages.text("setup.mismatch"));
        } else {
            Feedback.run(() -> accounts.changeOwnPassword(currentPassword, newPassword), Messages.text("account.passwordChanged"));
        }
        currentPassword = null;
        newPassword = null;
        repeatPassword = null;
    }

    /** Stores the language and shows the page again (post-redirect-get), so everything, menus included, is in it. */
    public String changeLanguage() {
        if (!Feedback.run(() -> staffLocale.change(language), null)) {
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Feedback.info(Messages.text("account.languageChanged"));
        return "/console/account?faces-redirect=true";
    }

    public String getLanguage() {
        return language == null ? staffLocale.getLanguage() : language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatPassword() {
        return repeatPassword;
    }

    public void setRepeatPassword(String repeatPassword) {
        this.repeatPassword = repeatPassword;
    }
}
