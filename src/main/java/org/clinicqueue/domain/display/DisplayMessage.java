package org.clinicqueue.domain.display;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.clinicqueue.domain.InvalidInputException;

/**
 * A supervisor's text for the screens' ticker ("Dr. Rao's clinic starts at 11:00"), for every display or
 * one, until it expires or is cleared. Kept after that, as a record of what patients were told.
 */
@Entity
@Table(name = "display_message")
public class DisplayMessage {

    public static final int MAX_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = MAX_LENGTH)
    private String text;

    /** Null: every display. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "display_id")
    private DisplayDevice display;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "cleared_at")
    private Instant clearedAt;

    protected DisplayMessage() {
    }

    public DisplayMessage(String text, DisplayDevice display, Instant now, String by, Instant expiresAt) {
        String trimmed = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (trimmed.isEmpty() || trimmed.length() > MAX_LENGTH) {
            throw new InvalidInputException("invalid-message", "A message for the screens has 1 to " + MAX_LENGTH + " characters.");
        }
        if (trimmed.codePoints().anyMatch(c -> Character.getType(c) == Character.FORMAT || Character.isISOControl(c))) {
            throw new InvalidInputException("invalid-message", "The message contains invisible or control characters.");
        }
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new InvalidInputException("invalid-message", "The message must expire in the future.");
        }
        this.text = trimmed;
        this.display = display;
        this.createdAt = now;
        this.createdBy = by;
        this.expiresAt = expiresAt;
    }

    public boolean isShownAt(Instant now) {
        return clearedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }

    public void clear(Instant now) {
        this.clearedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getText() {
        return text;
    }

    public DisplayDevice getDisplay() {
        return display;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
