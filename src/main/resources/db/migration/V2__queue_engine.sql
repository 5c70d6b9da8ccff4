-- ClinicQueue schema, version 2: services, counters, tickets, daily numbering and the audit trail.

CREATE TABLE clinic_service (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    code             VARCHAR(10)  NOT NULL,
    prefix           VARCHAR(5)   NOT NULL,
    name             VARCHAR(120) NOT NULL,
    spoken_name      VARCHAR(200) NULL,
    open_days        VARCHAR(27)  NOT NULL,
    opens_at         TIME         NULL,
    closes_at        TIME         NULL,
    daily_limit      INT          NULL,
    expected_minutes INT          NOT NULL,
    active           BOOLEAN      NOT NULL DEFAULT TRUE,
    version          BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_clinic_service_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE service_counter (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    code              VARCHAR(20)  NOT NULL,
    name              VARCHAR(80)  NOT NULL,
    spoken_name       VARCHAR(200) NULL,
    status            VARCHAR(12)  NOT NULL,
    status_since      DATETIME(6)  NOT NULL,
    staff_username    VARCHAR(64)  NULL,
    current_ticket_id BIGINT       NULL,
    late_minutes      INT          NOT NULL DEFAULT 0,
    active            BOOLEAN      NOT NULL DEFAULT TRUE,
    version           BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_service_counter_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE counter_service (
    counter_id BIGINT NOT NULL,
    service_id BIGINT NOT NULL,
    PRIMARY KEY (counter_id, service_id),
    CONSTRAINT fk_counter_service_counter FOREIGN KEY (counter_id) REFERENCES service_counter (id),
    CONSTRAINT fk_counter_service_service FOREIGN KEY (service_id) REFERENCES clinic_service (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Where token numbers come from: one row per service and business day, locked while a number is taken.
CREATE TABLE daily_ticket_sequence (
    service_id         BIGINT      NOT NULL,
    business_date      DATE        NOT NULL,
    session_no         INT         NOT NULL,
    last_number        INT         NOT NULL,
    session_started_at DATETIME(6) NOT NULL,
    PRIMARY KEY (service_id, business_date),
    CONSTRAINT fk_daily_ticket_sequence_service FOREIGN KEY (service_id) REFERENCES clinic_service (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ticket (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    origin_service_id   BIGINT        NOT NULL,
    number_prefix       VARCHAR(5)    NOT NULL,
    service_id          BIGINT        NOT NULL,
    business_date       DATE          NOT NULL,
    session_no          INT           NOT NULL,
    number              INT           NOT NULL,
    tracking_id         VARCHAR(32)   NOT NULL,
    patient_name        VARCHAR(100)  NOT NULL,
    phone               VARCHAR(16)   NULL,
    language            VARCHAR(2)    NOT NULL,
    priority            VARCHAR(10)   NOT NULL,
    priority_reason     VARCHAR(200)  NULL,
    status              VARCHAR(12)   NOT NULL,
    channel             VARCHAR(12)   NOT NULL,
    assigned_counter_id BIGINT        NULL,
    serving_counter_id  BIGINT        NULL,
    served_by           VARCHAR(64)   NULL,
    recall_count        INT           NOT NULL DEFAULT 0,
    no_show_count       INT           NOT NULL DEFAULT 0,
    transfer_count      INT           NOT NULL DEFAULT 0,
    on_hold             BOOLEAN       NOT NULL DEFAULT FALSE,
    callable_after      DATETIME(6)   NULL,
    queued_at           DATETIME(6)   NOT NULL,
    issued_at           DATETIME(6)   NOT NULL,
    called_at           DATETIME(6)   NULL,
    service_started_at  DATETIME(6)   NULL,
    finished_at         DATETIME(6)   NULL,
    end_reason          VARCHAR(500)  NULL,
    outcome_note        VARCHAR(1000) NULL,
    session_closed      BOOLEAN       NOT NULL DEFAULT FALSE,
    version             BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    -- The database itself refuses a duplicate number, whatever the application does.
    CONSTRAINT uk_ticket_number UNIQUE (origin_service_id, business_date, session_no, number),
    CONSTRAINT uk_ticket_tracking_id UNIQUE (tracking_id),
    CONSTRAINT fk_ticket_origin_service FOREIGN KEY (origin_service_id) REFERENCES clinic_service (id),
    CONSTRAINT fk_ticket_service FOREIGN KEY (service_id) REFERENCES clinic_service (id),
    CONSTRAINT fk_ticket_assigned_counter FOREIGN KEY (assigned_counter_id) REFERENCES service_counter (id),
    CONSTRAINT fk_ticket_serving_counter FOREIGN KEY (serving_counter_id) REFERENCES service_counter (id),
    INDEX ix_ticket_queue (service_id, status, queued_at),
    INDEX ix_ticket_phone (phone, service_id, status),
    INDEX ix_ticket_assigned (assigned_counter_id, status),
    INDEX ix_ticket_finished (service_id, finished_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE service_counter
    ADD CONSTRAINT fk_service_counter_current_ticket FOREIGN KEY (current_ticket_id) REFERENCES ticket (id);

CREATE TABLE audit_event (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at   DATETIME(6)  NOT NULL,
    actor         VARCHAR(64)  NOT NULL,
    action        VARCHAR(40)  NOT NULL,
    ticket_id     BIGINT       NULL,
    ticket_number VARCHAR(20)  NULL,
    counter_id    BIGINT       NULL,
    counter_name  VARCHAR(80)  NULL,
    service_id    BIGINT       NULL,
    service_code  VARCHAR(10)  NULL,
    details       VARCHAR(500) NULL,
    reason        VARCHAR(500) NULL,
    PRIMARY KEY (id),
    INDEX ix_audit_occurred (occurred_at),
    INDEX ix_audit_ticket (ticket_id, occurred_at),
    INDEX ix_audit_counter (counter_id, occurred_at),
    INDEX ix_audit_actor (actor, occurred_at),
    INDEX ix_audit_action (action, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
