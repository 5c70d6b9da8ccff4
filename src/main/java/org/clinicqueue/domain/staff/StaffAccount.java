package org.clinicqueue.domain.staff;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.clinicqueue.domain.InvalidInputException;

/**
 * A person (or a display device) who signs in. WildFly's Elytron jdbc-realm reads {@code username},
 * {@code password_hash}, {@code active} and the roles straight from these tables; the application only
 * writes them. Accounts are deactivated, never deleted, so the audit trail keeps its names.
 */
@Entity
@Table(name = "staff_account")
@NamedQuery(name = "StaffAccount.findByUsername", query = "select a from StaffAccount a where a.username = :username")
@NamedQuery(name = "StaffAccount.countActiveWithRole",
        query = "select count(a) from StaffAccount a join a.roles r where a.active = true and r = :role")
@NamedQuery(name = "StaffAccount.findAll", query = "select a from StaffAccount a order by a.username")
public class StaffAccount {

    /** Lower-case letters, digits, dot, dash and underscore: safe in URLs, logs and the realm's SQL. */
    public static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    public static final int MAX_DISPLAY_NAME = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = MAX_DISPLAY_NAME)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active = true;

    @Column(nullable = false, length = 10)
    private String locale = "en";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role_name", length = 20)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    protected StaffAccount() {
    }

    public StaffAccount(String username, String displayName, String passwordHash, Collection<Role> roles, Instant now) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new InvalidInputException("A user name has 3 to 64 characters: lower-case letters, digits, '.', '-' or '_', starting with a letter or digit.");
        }
        this.username = username;
        rename(displayName);
        changePasswordHash(passwordHash, now);
        this.createdAt = now;
        replaceRoles(roles);
    }

    public void rename(String newDisplayName) {
        String name = newDisplayName == null ? "" : newDisplayName.strip();
        if (name.isEmpty() || name.length() > MAX_DISPLAY_NAME) {
            throw new InvalidInputException("A display name has 1 to " + MAX_DISPLAY_NAME + " characters.");
        }
        this.displayName = name;
    }

    public void changePasswordHash(String newHash, Instant now) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.passwordChangedAt = now;
    }

    public void replaceRoles(Collection<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new InvalidInputException("An account needs at least one role.");
        }
        this.roles = EnumSet.copyOf(newRoles);
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public String getLocale() {
        return locale;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }
}
