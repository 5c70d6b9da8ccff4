-- ClinicQueue schema, version 4: what the staff console needs.
-- SQL accepted by both MySQL 8 (production) and MariaDB 10.6+ (tests).

-- The counter or room each clerk or doctor last chose at the counter desk (remembered across sign-ins).
CREATE TABLE desk_choice (
    username   VARCHAR(64) NOT NULL,
    counter_id BIGINT      NOT NULL,
    chosen_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (username),
    CONSTRAINT fk_desk_choice_counter FOREIGN KEY (counter_id) REFERENCES service_counter (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The audit view filters by the ticket number people read from the ticket (OPD-007).
CREATE INDEX ix_audit_ticket_number ON audit_event (ticket_number, occurred_at);
