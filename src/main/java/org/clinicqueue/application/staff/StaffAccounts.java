package org.clinicqueue.application.staff;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.clinicqueue.application.history.QueueHistory;
import org.clinicqueue.domain.ConflictException;
import org.clinicqueue.domain.InvalidInputException;
import org.clinicqueue.domain.NotFoundException;
import org.clinicqueue.domain.audit.AuditAction;
import org.clinicqueue.domain.staff.PasswordPolicy;
import org.clinicqueue.domain.staff.Role;
import org.clinicqueue.domain.staff.StaffAccount;

/**
 * Creating, changing and deactivating staff accounts. Admins manage everybody; every signed-in person can
 * change their own password. Accounts are never deleted (the audit trail refers to them).
 */
@Stateless
public class StaffAccounts {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /** Account changes are configuration changes: each writes an audit line (never the password). */
    @Inject
    private QueueHistory history;

    /** Also used by the first-admin setup and the demo seed, which run as ADMIN through {@code @RunAs}. */
    @RolesAllowed(Role.Names.ADMIN)
    public StaffAccount create(String username, String displayName, String password, Collection<Role> roles) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (findByUsername(name).isPresent()) {
            throw new ConflictException("username-taken", "The user name '" + name + "' is already taken.");
        }
        requireAcceptable(name, password);
        StaffAccount account = new StaffAccount(name, displayName, hasher.hash(password), roles, clock.instant());
        em.persist(account);
        history.configuration(AuditAction.ACCOUNT_CREATED, "account " + name, "roles " + account.getRoles());
        return account;
    }

    @RolesAllowed(Role.Names.ADMIN)
    public List<StaffAccount> list() {
        return em.createNamedQuery("StaffAccount.findAll", StaffAccount.class).getResultList();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public StaffAccount resetPassword(String username, String newPassword) {
        StaffAccount account = require(username);
        requireAcceptable(account.getUsername(), newPassword);
        account.changePasswordHash(hasher.hash(newPassword), clock.instant());
        history.configuration(AuditAction.ACCOUNT_CHANGED, "account " + account.getUsername(), "password reset by an administrator");
        return account;
    }

    @RolesAllowed(Role.Names.ADMIN)
    public StaffAccount update(String username, String displayName, Collection<Role> roles) {
        StaffAccount account = require(username);
        if (account.hasRole(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            requireAnotherActiveAdmin(account);
        }
        account.rename(displayName);
        account.replaceRoles(roles);
        history.configuration(AuditAction.ACCOUNT_CHANGED, "account " + account.getUsername(), "roles " + account.getRoles());
        return account;
    }

    @RolesAllowed(Role.Names.ADMIN)
    public StaffAccount deactivate(String username) {
        StaffAccount account = require(username);
        if (account.getUsername().equals(session.getCallerPrincipal().getName())) {
            throw new ConflictException("deactivate-self", "You cannot deactivate your own account.");
        }
        if (account.hasRole(Role.ADMIN)) {
            requireAnotherActiveAdmin(account);
        }
        account.deactivate();
        history.configuration(AuditAction.ACCOUNT_CHANGED, "account " + account.getUsername(), "deactivated");
        return account;
    }

    @RolesAllowed(Role.Names.ADMIN)
    public StaffAccount activate(String username) {
        StaffAccount account = require(username);
        account.activate();
        history.configuration(AuditAction.ACCOUNT_CHANGED, "account " + account.getUsername(), "reactivated");
        return account;
    }

    /** Any signed-in person, for their own account only; the current password proves it is them. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SUPERVISOR, Role.Names.RECEPTION, Role.Names.OPERATOR})
    public void changeOwnPassword(String currentPassword, String newPassword) {
        StaffAccount account = require(session.getCallerPrincipal().getName());
        if (currentPassword == null || !hasher.matches(currentPassword, account.getPasswordHash())) {
            throw new InvalidInputException("wrong-password", "The current password is not correct.");
        }
        requireAcceptable(account.getUsername(), newPassword);
        account.changePasswordHash(hasher.hash(newPassword), clock.instant());
        history.configuration(AuditAction.ACCOUNT_CHANGED, "account " + account.getUsername(), "own password changed");
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.SUPERVISOR, Role.Names.RECEPTION, Role.Names.OPERATOR})
    public StaffAccount current() {
        return require(session.getCallerPrincipal().getName());
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.SUPERVISOR, Role.Names.RECEPTION, Role.Names.OPERATOR})
    public StaffAccount changeOwnLocale(String locale) {
        if (locale == null || !locale.matches("[a-z]{2}")) {
            throw new InvalidInputException("A language is a two-letter code such as en or hi.");
        }
        StaffAccount account = current();
        account.setLocale(locale);
        return account;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.SUPERVISOR, Role.Names.RECEPTION, Role.Names.OPERATOR})
    public Optional<StaffAccount> findByUsername(String username) {
        return em.createNamedQuery("StaffAccount.findByUsername", StaffAccount.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    /** Whether the installation has somebody who can manage it; the first-admin setup stays closed once it does. */
    @PermitAll
    public boolean hasActiveAdmin() {
        return countActiveAdmins() > 0;
    }

    private long countActiveAdmins() {
        return em.createNamedQuery("StaffAccount.countActiveWithRole", Long.class)
                .setParameter("role", Role.ADMIN).getSingleResult();
    }

    private StaffAccount require(String username) {
        return findByUsername(username)
                .orElseThrow(() -> new NotFoundException("There is no account with the user name '" + username + "'."));
    }

    private void requireAnotherActiveAdmin(StaffAccount account) {
        if (account.isActive() && countActiveAdmins() <= 1) {
            throw new ConflictException("last-admin", "The hospital must keep at least one active administrator.");
        }
    }

    private static void requireAcceptable(String username, String password) {
        PasswordPolicy.problemWith(username, password).ifPresent(problem -> {
            throw new InvalidInputException("weak-password", problem);
        });
    }
}
