-- ClinicQueue schema, version 1: staff accounts (read by the Elytron jdbc-realm) and settings.
-- SQL accepted by both MySQL 8 (production) and MariaDB 10.6+ (tests). All times are UTC.

CREATE TABLE staff_account (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    username            VARCHAR(64)  NOT NULL,
    display_name        VARCHAR(120) NOT NULL,
    -- bcrypt in modular-crypt form ($2a$...), as Elytron's modular-crypt-mapper reads it
    password_hash       VARCHAR(100) NOT NULL,
    active              BOOLEAN      NOT NULL DEFAULT TRUE,
    locale              VARCHAR(10)  NOT NULL DEFAULT 'en',
    created_at          DATETIME(6)  NOT NULL,
    password_changed_at DATETIME(6)  NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_staff_account_username UNIQUE (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE staff_account_role (
    account_id BIGINT      NOT NULL,
    role_name  VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, role_name),
    CONSTRAINT fk_staff_account_role_account FOREIGN KEY (account_id) REFERENCES staff_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE app_setting (
    name       VARCHAR(64)   NOT NULL,
    value      VARCHAR(2000) NOT NULL,
    updated_at DATETIME(6)   NOT NULL,
    updated_by VARCHAR(64)   NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
