-- ClinicQueue schema, version 5: patient self-service (issue 6): phone verification by one-time code,
-- the SMS outbox with its delivery log and editable templates, and visit feedback.
-- (Versions 3 and 4 belong to other features; Flyway applies them in order wherever they exist.)

-- Per service: must a patient joining from their phone prove the number with a code first?
ALTER TABLE clinic_service ADD COLUMN phone_verification BOOLEAN NOT NULL DEFAULT FALSE;

-- One row per phone that asked for a code: locked while a new code is issued, so two simultaneous
-- requests cannot both slip past the cooldown or the hourly limit.
CREATE TABLE otp_phone (
    phone           VARCHAR(16) NOT NULL,
    last_request_at DATETIME(6) NOT NULL,
    PRIMARY KEY (phone)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The codes themselves are never stored: only HMAC-SHA256(pepper, salt | phone | code).
CREATE TABLE otp_challenge (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    phone        VARCHAR(16) NOT NULL,
    service_code VARCHAR(10) NULL,
    code_hash    CHAR(64)    NOT NULL,
    salt         CHAR(32)    NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    expires_at   DATETIME(6) NOT NULL,
    wrong_tries  INT         NOT NULL DEFAULT 0,
    used_at      DATETIME(6) NULL,
    PRIMARY KEY (id),
    INDEX ix_otp_challenge_phone (phone, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The outbox: every text message, queued in a transaction and sent after it committed.
CREATE TABLE sms_message (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    phone           VARCHAR(16)   NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    language        VARCHAR(2)    NOT NULL,
    body            VARCHAR(1000) NOT NULL,
    ticket_id       BIGINT        NULL,
    ticket_number   VARCHAR(20)   NULL,
    dedup_key       VARCHAR(80)   NULL,
    status          VARCHAR(10)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)   NOT NULL,
    lease_until     DATETIME(6)   NULL,
    created_at      DATETIME(6)   NOT NULL,
    sent_at         DATETIME(6)   NULL,
    gateway         VARCHAR(20)   NULL,
    last_error      VARCHAR(500)  NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_sms_message_dedup UNIQUE (dedup_key),
    CONSTRAINT fk_sms_message_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
    INDEX ix_sms_message_due (status, next_attempt_at),
    INDEX ix_sms_message_phone (phone, created_at),
    INDEX ix_sms_message_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The delivery log: one row per attempt, with the gateway's answer (never the text).
CREATE TABLE sms_delivery_attempt (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    message_id   BIGINT       NOT NULL,
    attempt_no   INT          NOT NULL,
    attempted_at DATETIME(6)  NOT NULL,
    duration_ms  BIGINT       NOT NULL,
    gateway      VARCHAR(20)  NOT NULL,
    outcome      VARCHAR(10)  NOT NULL,
    detail       VARCHAR(500) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_sms_delivery_attempt_message FOREIGN KEY (message_id) REFERENCES sms_message (id),
    INDEX ix_sms_delivery_attempt_message (message_id, attempt_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Templates admins changed (kind x language); the others use the defaults shipped with the application.
CREATE TABLE sms_template (
    kind       VARCHAR(20)  NOT NULL,
    language   VARCHAR(2)   NOT NULL,
    body       VARCHAR(500) NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    updated_by VARCHAR(64)  NOT NULL,
    PRIMARY KEY (kind, language)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A patient's rating of a completed visit, once per ticket.
CREATE TABLE visit_feedback (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    ticket_id     BIGINT        NOT NULL,
    service_id    BIGINT        NOT NULL,
    service_code  VARCHAR(10)   NOT NULL,
    ticket_number VARCHAR(20)   NOT NULL,
    rating        INT           NOT NULL,
    comment_text  VARCHAR(1000) NULL,
    submitted_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_visit_feedback_ticket UNIQUE (ticket_id),
    CONSTRAINT fk_visit_feedback_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
    CONSTRAINT fk_visit_feedback_service FOREIGN KEY (service_id) REFERENCES clinic_service (id),
    CONSTRAINT ck_visit_feedback_rating CHECK (rating BETWEEN 1 AND 5),
    INDEX ix_visit_feedback_service (service_id, submitted_at),
    INDEX ix_visit_feedback_submitted (submitted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
