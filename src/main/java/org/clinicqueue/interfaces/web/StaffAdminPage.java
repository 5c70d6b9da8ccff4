package org.clinicqueue.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.clinicqueue.application.staff.StaffAccounts;
import org.clinicqueue.domain.staff.Role;
import org.clinicqueue.domain.staff.StaffAccount;

/**
 * {@code /console/admin/staff.xhtml}: staff accounts and their roles. Admins create accounts, change names
 * and roles, reset a forgotten password and deactivate an account (never delete it: the audit trail names
 * it). {@link StaffAccounts} enforces the password policy and keeps at least one active administrator.
 */
@Named
@ViewScoped
public class StaffAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StaffAccounts accounts;

    private List<StaffAccount> all;

    private String editing;
    private String username;
    private String displayName;
    private String password;
    private Role[] roles = {};

    private String resetFor;
    private String newPassword;

    @PostConstruct
    void init() {
        reload();
        startNew();
    }

    public void startNew() {
        editing = null;
        username = null;
        displayName = null;
        password = null;
        roles = new Role[0];
    }

    public void edit(StaffAccount account) {
        editing = account.getUsername();
        username = account.getUsername();
        displayName = account.getDisplayName();
        password = null;
        roles = account.getRoles().toArray(Role[]::new);
    }

    public void save() {
        boolean creating = editing == null;
        boolean saved = Feedback.attempt(() -> creating
                ? accounts.create(username, displayName, password, roleSet())
                : accounts.update(editing, displayName, roleSet()),
                Messages.text("admin.saved")) != null;
        password = null;
        if (saved) {
            reload();
            startNew();
        }
    }

    public void prepareReset(StaffAccount account) {
        resetFor = account.getUsername();
        newPassword = null;
    }

    public void resetPassword() {
        if (Feedback.attempt(() -> accounts.resetPassword(resetFor, newPassword), Messages.text("admin.passwordReset")) != null) {
            resetFor = null;
        }
        newPassword = null;
    }

    public void deactivate(StaffAccount account) {
        Feedback.attempt(() -> accounts.deactivate(account.getUsername()), Messages.text("admin.deactivated"));
        reload();
    }

    public void activate(StaffAccount account) {
        Feedback.attempt(() -> accounts.activate(account.getUsername()), Messages.text("admin.activated"));
        reload();
    }

    private EnumSet<Role> roleSet() {
        EnumSet<Role> set = EnumSet.noneOf(Role.class);
        set.addAll(Arrays.asList(roles));
        return set;
    }

    private void reload() {
        all = accounts.list();
    }

    public Role[] getRoleChoices() {
        return Role.values();
    }

    public List<StaffAccount> getAll() {
        return all;
    }

    public boolean isEditingExisting() {
        return editing != null;
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

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles == null ? new Role[0] : roles;
    }

    public String getResetFor() {
        return resetFor;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
