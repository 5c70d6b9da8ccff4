-- ClinicQueue schema, version 8: reports (issue 9).
-- SQL accepted by MySQL 8 and MariaDB 10.6+.

-- Live reports find the visits that arrived in a service in a period (tickets issued there, or transferred
-- in), then read those tickets' trails through ix_audit_ticket. ticket_id is in the index so the first step
-- never touches the table.
CREATE INDEX ix_audit_service_arrival ON audit_event (service_id, action, occurred_at, ticket_id);

-- The nightly summary: one row per hospital-local day, service, counter and staff member of the visits'
-- last call (counter_id 0 and staff_username '' for visits never called). Computed from the audit trail by
-- the same code as live reports, replaced whole when a day is summarised again, and kept when old ticket
-- detail is archived. Histograms and hourly figures are compact text read only by the application
-- (DurationHistogram, HourlyCounts).
CREATE TABLE report_daily_summary (
    id                  BIGINT      NOT NULL AUTO_INCREMENT,
    business_date       DATE        NOT NULL,
    service_id          BIGINT      NOT NULL,
    counter_id          BIGINT      NOT NULL DEFAULT 0,
    staff_username      VARCHAR(64) NOT NULL DEFAULT '',
    issued              INT         NOT NULL,
    transferred_in      INT         NOT NULL,
    served              INT         NOT NULL,
    no_shows            INT         NOT NULL,
    cancelled           INT         NOT NULL,
    transferred_out     INT         NOT NULL,
    still_open          INT         NOT NULL,
    wait_count          INT         NOT NULL,
    wait_sum_seconds    BIGINT      NOT NULL,
    wait_max_seconds    BIGINT      NOT NULL,
    wait_histogram      TEXT        NOT NULL,
    service_count       INT         NOT NULL,
    service_sum_seconds BIGINT      NOT NULL,
    service_max_seconds BIGINT      NOT NULL,
    service_histogram   TEXT        NOT NULL,
    hourly              TEXT        NOT NULL,
    ratings             VARCHAR(120) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_report_daily_summary UNIQUE (business_date, service_id, counter_id, staff_username),
    INDEX ix_report_daily_summary_service (service_id, business_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which days have a summary, when and by which node it was computed. A day without a row here is computed
-- live from the audit trail.
CREATE TABLE report_summary_day (
    business_date DATE         NOT NULL,
    computed_at   DATETIME(6)  NOT NULL,
    computed_by   VARCHAR(100) NOT NULL,
    visits        INT          NOT NULL,
    cells         INT          NOT NULL,
    PRIMARY KEY (business_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row, locked (SELECT ... FOR UPDATE) by whichever node summarises: with several WildFly nodes each
-- firing its own timer, summaries run one at a time and a node finds a day another node just did.
CREATE TABLE report_summary_lock (
    id INT NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO report_summary_lock (id) VALUES (1);
