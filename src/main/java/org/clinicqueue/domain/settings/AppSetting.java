package org.clinicqueue.domain.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The stored text of a setting that someone changed from its default, with who changed it last. */
@Entity
@Table(name = "app_setting")
public class AppSetting {

    @Id
    @Column(length = 64)
    private String name;

    @Column(nullable = false, length = 2000)
    private String value;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    protected AppSetting() {
    }

    public AppSetting(String name, String value, Instant updatedAt, String updatedBy) {
        this.name = name;
        update(value, updatedAt, updatedBy);
    }

    public final void update(String newValue, Instant at, String by) {
        this.value = newValue;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public String getName() {
        return name;
    }

    public String getValue() {
        return value;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
