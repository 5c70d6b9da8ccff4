-- ClinicQueue schema, version 3: display screens, their announcements and the supervisors' messages.

CREATE TABLE display_device (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    code        VARCHAR(20) NOT NULL,
    name        VARCHAR(80) NOT NULL,
    languages   VARCHAR(40) NOT NULL,
    -- SHA-256 (hex) of the device secret; the secret itself is never stored
    secret_hash CHAR(64)    NOT NULL,
    active      BOOLEAN     NOT NULL DEFAULT TRUE,
    created_at  DATETIME(6) NOT NULL,
    version     BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_display_device_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE display_service (
    display_id BIGINT NOT NULL,
    service_id BIGINT NOT NULL,
    PRIMARY KEY (display_id, service_id),
    CONSTRAINT fk_display_service_display FOREIGN KEY (display_id) REFERENCES display_device (id),
    CONSTRAINT fk_display_service_service FOREIGN KEY (service_id) REFERENCES clinic_service (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE display_message (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    text       VARCHAR(200) NOT NULL,
    display_id BIGINT       NULL,
    created_at DATETIME(6)  NOT NULL,
    created_by VARCHAR(64)  NOT NULL,
    expires_at DATETIME(6)  NULL,
    cleared_at DATETIME(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_display_message_display FOREIGN KEY (display_id) REFERENCES display_device (id),
    INDEX ix_display_message_active (cleared_at, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE announcement_template (
    language     VARCHAR(2)   NOT NULL,
    with_name    VARCHAR(300) NOT NULL,
    without_name VARCHAR(300) NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    updated_by   VARCHAR(64)  NOT NULL,
    PRIMARY KEY (language)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO announcement_template (language, with_name, without_name, updated_at, updated_by) VALUES
    ('en', 'Token {number}, {name}, please go to {counter}.', 'Token {number}, please go to {counter}.', UTC_TIMESTAMP(6), 'installation'),
    ('hi', 'टोकन {number}, {name}, कृपया {counter} पर जाएँ।', 'टोकन {number}, कृपया {counter} पर जाएँ।', UTC_TIMESTAMP(6), 'installation');

-- The screens' view of today's calls: the most recent calls per service.
CREATE INDEX ix_audit_service_action ON audit_event (service_id, action, occurred_at);
