package org.clinicqueue.domain.display;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.clinicqueue.domain.InvalidInputException;
import org.clinicqueue.domain.queue.ClinicService;

/**
 * A screen in a waiting hall (a TV's browser, a mini-PC in kiosk mode). It shows the calls of the services it
 * is set up for, speaks in its languages, and proves who it is with a device secret (the DISPLAY role of the
 * screens). Only a SHA-256 hash of the secret is stored: the secret is 256 random bits, shown to the admin
 * once, so a fast hash is enough and a database leak reveals nothing usable.
 */
@Entity
@Table(name = "display_device")
@NamedQuery(name = "DisplayDevice.findByCode", query = "select d from DisplayDevice d where d.code = :code")
@NamedQuery(name = "DisplayDevice.findAll", query = "select d from DisplayDevice d order by d.name")
public class DisplayDevice {

    public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9-]{0,19}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String code;

    @Column(nullable = false, length = 80)
    private String name;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "display_service", joinColumns = @JoinColumn(name = "display_id"),
            inverseJoinColumns = @JoinColumn(name = "service_id"))
    private Set<ClinicService> services = new LinkedHashSet<>();

    /** Comma-separated, in the order they are spoken: "en,hi". */
    @Column(nullable = false, length = 40)
    private String languages;

    @Column(name = "secret_hash", nullable = false, length = 64)
    private String secretHash;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected DisplayDevice() {
    }

    /** The new device and its secret; the secret exists only in this return value. */
    public record Created(DisplayDevice device, String secret) {
    }

    public static Created create(String code, String name, Collection<ClinicService> services, List<String> languages, Instant now) {
        String trimmed = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(trimmed).matches()) {
            throw new InvalidInputException("A display code has 1 to 20 capital letters, digits or '-', starting with a letter (e.g. HALL-A).");
        }
        DisplayDevice device = new DisplayDevice();
        device.code = trimmed;
        device.createdAt = now;
        device.configure(name, services, languages);
        String secret = device.newSecret();
        return new Created(device, secret);
    }

    public void configure(String newName, Collection<ClinicService> newServices, List<String> newLanguages) {
        String trimmed = newName == null ? "" : newName.strip();
        if (trimmed.isEmpty() || trimmed.length() > 80) {
            throw new InvalidInputException("A display name has 1 to 80 characters.");
        }
        if (newServices == null || newServices.isEmpty()) {
            throw new InvalidInputException("A display must show at least one service.");
        }
        if (newLanguages == null || newLanguages.isEmpty() || newLanguages.size() > 4
                || newLanguages.stream().anyMatch(l -> l == null || !LANGUAGE.matcher(l).matches())) {
            throw new InvalidInputException("A display speaks 1 to 4 languages, given as two-letter codes such as en or hi.");
        }
        this.name = trimmed;
        this.services = new LinkedHashSet<>(newServices);
        this.languages = String.join(",", new LinkedHashSet<>(newLanguages));
    }

    /** Replaces the secret (a lost or leaked one stops working at once) and returns the new one. */
    public String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        this.secretHash = hash(secret);
        return secret;
    }

    /**
     * Sets a secret the admin chose (provisioning many kiosks from one script, or the demo's documented key).
     * It must be as hard to guess as a generated one.
     */
    public void useSecret(String secret) {
        if (secret == null || secret.strip().length() < 32 || !secret.matches("[A-Za-z0-9_-]+")) {
            throw new InvalidInputException("weak-secret", "A display secret has at least 32 letters, digits, '-' or '_'.");
        }
        this.secretHash = hash(secret);
    }

    public boolean acceptsSecret(String secret) {
        return active && secret != null && !secret.isBlank()
                && MessageDigest.isEqual(secretHash.getBytes(StandardCharsets.US_ASCII), hash(secret).getBytes(StandardCharsets.US_ASCII));
    }

    public boolean shows(String serviceCode) {
        return services.stream().anyMatch(s -> s.getCode().equals(serviceCode));
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Set<ClinicService> getServices() {
        return Collections.unmodifiableSet(services);
    }

    public List<String> getLanguages() {
        return Arrays.asList(languages.split(","));
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
