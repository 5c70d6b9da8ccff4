-- ClinicQueue schema, version 7: appointments and doctors' schedules (issue 8).
-- (Version 4 belongs to another feature; Flyway applies versions in order wherever they exist.)

-- A doctor patients can book: a staff account, a room (the counter their patients are called to), a slot length.
-- Bookings lock the doctor's row, so two of them for one doctor never interleave.
CREATE TABLE doctor (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    staff_account_id BIGINT       NOT NULL,
    name             VARCHAR(120) NOT NULL,
    specialisation   VARCHAR(120) NULL,
    counter_id       BIGINT       NOT NULL,
    slot_minutes     INT          NOT NULL,
    active           BOOLEAN      NOT NULL DEFAULT TRUE,
    version          BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_doctor_staff_account UNIQUE (staff_account_id),
    CONSTRAINT fk_doctor_staff_account FOREIGN KEY (staff_account_id) REFERENCES staff_account (id),
    CONSTRAINT fk_doctor_counter FOREIGN KEY (counter_id) REFERENCES service_counter (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE doctor_service (
    doctor_id  BIGINT NOT NULL,
    service_id BIGINT NOT NULL,
    PRIMARY KEY (doctor_id, service_id),
    CONSTRAINT fk_doctor_service_doctor FOREIGN KEY (doctor_id) REFERENCES doctor (id),
    CONSTRAINT fk_doctor_service_service FOREIGN KEY (service_id) REFERENCES clinic_service (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The weekly schedule: one row per working day, in the hospital's wall-clock time; breaks as '13:00-14:00,...'.
CREATE TABLE doctor_working_day (
    doctor_id   BIGINT       NOT NULL,
    day_of_week VARCHAR(9)   NOT NULL,
    starts_at   TIME         NOT NULL,
    ends_at     TIME         NOT NULL,
    breaks      VARCHAR(200) NULL,
    PRIMARY KEY (doctor_id, day_of_week),
    CONSTRAINT fk_doctor_working_day_doctor FOREIGN KEY (doctor_id) REFERENCES doctor (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Dated exceptions: a doctor's leave (whole days, or hours of one day) and extra sessions; hospital holidays
-- (doctor_id NULL: every doctor). Withdrawn, never deleted.
CREATE TABLE schedule_exception (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    doctor_id    BIGINT       NULL,
    kind         VARCHAR(16)  NOT NULL,
    first_date   DATE         NOT NULL,
    last_date    DATE         NOT NULL,
    starts_at    TIME         NULL,
    ends_at      TIME         NULL,
    reason       VARCHAR(200) NULL,
    created_at   DATETIME(6)  NOT NULL,
    created_by   VARCHAR(64)  NOT NULL,
    withdrawn_at DATETIME(6)  NULL,
    withdrawn_by VARCHAR(64)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_schedule_exception_doctor FOREIGN KEY (doctor_id) REFERENCES doctor (id),
    INDEX ix_schedule_exception_dates (first_date, last_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE appointment (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    -- 128 random bits: the key of the patient's links and QR code
    code               VARCHAR(32)  NOT NULL,
    -- short, read out at reception (staff look it up)
    reference          VARCHAR(9)   NOT NULL,
    doctor_id          BIGINT       NOT NULL,
    service_id         BIGINT       NOT NULL,
    slot_start         DATETIME(6)  NOT NULL,
    slot_end           DATETIME(6)  NOT NULL,
    slot_date          DATE         NOT NULL,
    patient_name       VARCHAR(100) NOT NULL,
    phone              VARCHAR(16)  NULL,
    language           VARCHAR(2)   NOT NULL,
    reason             VARCHAR(300) NULL,
    status             VARCHAR(12)  NOT NULL,
    channel            VARCHAR(12)  NOT NULL,
    booked_at          DATETIME(6)  NOT NULL,
    booked_by          VARCHAR(64)  NOT NULL,
    slot_chosen_at     DATETIME(6)  NOT NULL,
    reschedule_count   INT          NOT NULL DEFAULT 0,
    cancelled_at       DATETIME(6)  NULL,
    cancelled_by       VARCHAR(64)  NULL,
    cancel_reason      VARCHAR(300) NULL,
    checked_in_at      DATETIME(6)  NULL,
    kept_slot_priority BOOLEAN      NOT NULL DEFAULT FALSE,
    ticket_id          BIGINT       NULL,
    no_show_at         DATETIME(6)  NULL,
    reminder_sent_at   DATETIME(6)  NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    -- The slot while the booking holds it (every status but CANCELLED), NULL otherwise. NULLs never collide in
    -- a unique key, so only active bookings occupy a slot: the database itself refuses a double booking.
    held_slot_start    DATETIME(6)  GENERATED ALWAYS AS (CASE WHEN status <> 'CANCELLED' THEN slot_start END) STORED,
    PRIMARY KEY (id),
    CONSTRAINT uk_appointment_code UNIQUE (code),
    CONSTRAINT uk_appointment_reference UNIQUE (reference),
    CONSTRAINT uk_appointment_doctor_slot UNIQUE (doctor_id, held_slot_start),
    CONSTRAINT fk_appointment_doctor FOREIGN KEY (doctor_id) REFERENCES doctor (id),
    CONSTRAINT fk_appointment_service FOREIGN KEY (service_id) REFERENCES clinic_service (id),
    CONSTRAINT fk_appointment_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
    INDEX ix_appointment_doctor_start (doctor_id, slot_start),
    INDEX ix_appointment_day (slot_date, slot_start),
    INDEX ix_appointment_phone (phone, slot_start),
    INDEX ix_appointment_due (status, slot_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A checked-in appointment's place in the doctor's queue: the slot's start (NULL for walk-ins).
ALTER TABLE ticket ADD COLUMN appointment_at DATETIME(6) NULL;

-- Appointment message kinds have longer names than the first ones.
ALTER TABLE sms_message MODIFY kind VARCHAR(40) NOT NULL;
ALTER TABLE sms_template MODIFY kind VARCHAR(40) NOT NULL;
