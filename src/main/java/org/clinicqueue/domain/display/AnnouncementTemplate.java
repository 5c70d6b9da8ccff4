package org.clinicqueue.domain.display;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.regex.Pattern;
import org.clinicqueue.domain.InvalidInputException;

/**
 * What a display says for a call, per language, editable by admins: e.g. "Token {number}, {name}, please go
 * to {counter}". The variant without name is used when the privacy mode hides names. Placeholders:
 * {@code {number}} (spoken letter by letter: "O P D 7"), {@code {name}}, {@code {counter}} (its spoken name),
 * {@code {service}}.
 */
@Entity
@Table(name = "announcement_template")
public class AnnouncementTemplate {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    public static final int MAX_LENGTH = 300;

    @Id
    @Column(length = 2)
    private String language;

    @Column(name = "with_name", nullable = false, length = MAX_LENGTH)
    private String withName;

    @Column(name = "without_name", nullable = false, length = MAX_LENGTH)
    private String withoutName;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    protected AnnouncementTemplate() {
    }

    public AnnouncementTemplate(String language, String withName, String withoutName, Instant now, String by) {
        if (language == null || !LANGUAGE.matcher(language).matches()) {
            throw new InvalidInputException("A language is a two-letter code such as en or hi.");
        }
        this.language = language;
        change(withName, withoutName, now, by);
    }

    public final void change(String newWithName, String newWithoutName, Instant now, String by) {
        this.withName = check(newWithName, true);
        this.withoutName = check(newWithoutName, false);
        this.updatedAt = now;
        this.updatedBy = by;
    }

    private static String check(String template, boolean mayUseName) {
        String text = template == null ? "" : template.strip();
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            throw new InvalidInputException("invalid-template", "An announcement has 1 to " + MAX_LENGTH + " characters.");
        }
        if (!text.contains("{number}") || !text.contains("{counter}")) {
            throw new InvalidInputException("invalid-template", "An announcement must say {number} and {counter}.");
        }
        if (!mayUseName && text.contains("{name}")) {
            throw new InvalidInputException("invalid-template", "The announcement without name must not contain {name}.");
        }
        return text;
    }

    /** The sentence for one call; the name is left out when it is null (privacy). */
    public String render(String spokenNumber, String name, String counter, String service) {
        String template = name == null ? withoutName : withName;
        return template.replace("{number}", spokenNumber)
                .replace("{name}", name == null ? "" : name)
                .replace("{counter}", counter == null ? "" : counter)
                .replace("{service}", service == null ? "" : service);
    }

    public String getLanguage() {
        return language;
    }

    public String getWithName() {
        return withName;
    }

    public String getWithoutName() {
        return withoutName;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
