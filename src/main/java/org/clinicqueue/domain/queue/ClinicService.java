package org.clinicqueue.domain.queue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.regex.Pattern;
import org.clinicqueue.domain.InvalidInputException;

/**
 * A department or queue patients take a ticket for (OPD, Lab Tests, Pharmacy...). Its prefix starts every
 * ticket number it issues ({@code OPD-007}). Deactivated, never deleted: old tickets keep pointing at it.
 */
@Entity
@Table(name = "clinic_service")
@NamedQuery(name = "ClinicService.findByCode", query = "select s from ClinicService s where s.code = :code")
@NamedQuery(name = "ClinicService.findAll", query = "select s from ClinicService s order by s.name")
@NamedQuery(name = "ClinicService.findActive", query = "select s from ClinicService s where s.active = true order by s.name")
public class ClinicService {

    public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,9}");
    public static final Pattern PREFIX = Pattern.compile("[A-Z]{1,5}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 10)
    private String code;

    @Column(nullable = false, length = 5)
    private String prefix;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "spoken_name", length = 200)
    private String spokenName;

    @Column(name = "open_days", nullable = false, length = 27)
    private String openDays;

    @Column(name = "opens_at")
    private LocalTime opensAt;

    @Column(name = "closes_at")
    private LocalTime closesAt;

    /** Null: no limit. */
    @Column(name = "daily_limit")
    private Integer dailyLimit;

    @Column(name = "expected_minutes", nullable = false)
    private int expectedMinutes;

    @Column(nullable = false)
    private boolean active = true;

    /** Patients joining from their phone must first prove the number with a one-time code (issue 6). */
    @Column(name = "phone_verification", nullable = false)
    private boolean phoneVerification;

    @Version
    private long version;

    protected ClinicService() {
    }

    public ClinicService(String code, String prefix, String name) {
        this.code = requireMatch(code, CODE, "A service code has 2 to 10 capital letters or digits, starting with a letter (e.g. OPD).");
        this.prefix = requireMatch(prefix, PREFIX, "A ticket prefix has 1 to 5 capital letters (e.g. OPD).");
        rename(name, null);
        changeHours(OpeningHours.ALWAYS);
        changeCapacity(null, 10);
    }

    public void rename(String newName, String newSpokenName) {
        String trimmed = newName == null ? "" : newName.strip();
        if (trimmed.isEmpty() || trimmed.length() > 120) {
            throw new InvalidInputException("A service name has 1 to 120 characters.");
        }
        this.name = trimmed;
        this.spokenName = newSpokenName == null || newSpokenName.isBlank() ? null : newSpokenName.strip();
    }

    public void changePrefix(String newPrefix) {
        this.prefix = requireMatch(newPrefix, PREFIX, "A ticket prefix has 1 to 5 capital letters (e.g. OPD).");
    }

    public void changeHours(OpeningHours hours) {
        this.openDays = hours.daysText();
        this.opensAt = hours.opensAt();
        this.closesAt = hours.closesAt();
    }

    public void changeCapacity(Integer newDailyLimit, int newExpectedMinutes) {
        if (newDailyLimit != null && newDailyLimit < 1) {
            throw new InvalidInputException("The daily limit must be at least 1 (or empty for no limit).");
        }
        if (newExpectedMinutes < 1 || newExpectedMinutes > 240) {
            throw new InvalidInputException("The expected minutes per patient must be between 1 and 240.");
        }
        this.dailyLimit = newDailyLimit;
        this.expectedMinutes = newExpectedMinutes;
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    /** Whether self-service joins need a one-time code sent to the patient's phone; hospitals differ. */
    public void requirePhoneVerification(boolean required) {
        this.phoneVerification = required;
    }

    public OpeningHours hours() {
        return new OpeningHours(OpeningHours.parseDays(openDays), opensAt, closesAt);
    }

    public boolean isOpenAt(ZonedDateTime localTime) {
        return active && hours().isOpenAt(localTime);
    }

    /** The name displays say: the spoken name if set (e.g. "O P D" or "Out-patients"), else the name. */
    public String spokenNameOrName() {
        return spokenName == null ? name : spokenName;
    }

    private static String requireMatch(String value, Pattern pattern, String message) {
        String trimmed = value == null ? "" : value.strip();
        if (!pattern.matcher(trimmed).matches()) {
            throw new InvalidInputException(message);
        }
        return trimmed;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getPrefix() {
        return prefix;
    }

    public String getName() {
        return name;
    }

    public String getSpokenName() {
        return spokenName;
    }

    public Integer getDailyLimit() {
        return dailyLimit;
    }

    public int getExpectedMinutes() {
        return expectedMinutes;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isPhoneVerification() {
        return phoneVerification;
    }
}
