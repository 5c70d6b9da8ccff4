package org.clinicqueue.domain.sms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A template an admin changed for one kind of message and one language. Kinds and languages nobody changed
 * use the defaults shipped in {@code sms/templates*.properties}.
 */
@Entity
@Table(name = "sms_template")
@IdClass(SmsTemplate.Key.class)
public class SmsTemplate {

    /** The composite key: kind and language. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private SmsKind kind;
        private String language;

        public Key() {
        }

        public Key(SmsKind kind, String language) {
            this.kind = kind;
            this.language = language;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.kind == kind && Objects.equals(k.language, language);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, language);
        }
    }

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private SmsKind kind;

    @Id
    @Column(length = 2)
    private String language;

    @Column(nullable = false, length = 500)
    private String body;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    protected SmsTemplate() {
    }

    public SmsTemplate(SmsKind kind, String language, String body, Instant now, String by) {
        this.kind = kind;
        this.language = language;
        change(body, now, by);
    }

    public final void change(String newBody, Instant now, String by) {
        this.body = SmsTemplateText.validate(kind, newBody);
        this.updatedAt = now;
        this.updatedBy = by;
    }

    public SmsKind getKind() {
        return kind;
    }

    public String getLanguage() {
        return language;
    }

    public String getBody() {
        return body;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
