-- Foundation: province, blocks, units, users and roles, audit trail.

CREATE TABLE province (
    id      BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code    VARCHAR(20)  NOT NULL,
    name_vi VARCHAR(200) NOT NULL,
    name_en VARCHAR(200) NOT NULL,
    version BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_province_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE org_block (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code       VARCHAR(30)  NOT NULL,
    name_vi    VARCHAR(200) NOT NULL,
    name_en    VARCHAR(200) NOT NULL,
    sort_order INT          NOT NULL DEFAULT 0,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    version    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_org_block_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE org_unit (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code          VARCHAR(30)  NOT NULL,
    name_vi       VARCHAR(255) NOT NULL,
    name_en       VARCHAR(255) NOT NULL,
    short_name    VARCHAR(80)  NOT NULL,
    block_id      BIGINT       NOT NULL,
    ranked        BOOLEAN      NOT NULL DEFAULT TRUE,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    head_name     VARCHAR(120),
    head_title_vi VARCHAR(200),
    head_title_en VARCHAR(200),
    sort_order    INT          NOT NULL DEFAULT 0,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_org_unit_code UNIQUE (code),
    CONSTRAINT fk_org_unit_block FOREIGN KEY (block_id) REFERENCES org_block (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_org_unit_block ON org_unit (block_id, sort_order);

CREATE TABLE app_user (
    id                        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username                  VARCHAR(60)  NOT NULL,
    password_hash             VARCHAR(255) NOT NULL,
    full_name                 VARCHAR(150) NOT NULL,
    email                     VARCHAR(200),
    unit_id                   BIGINT,
    enabled                   BOOLEAN      NOT NULL DEFAULT TRUE,
    locale                    VARCHAR(10)  NOT NULL DEFAULT 'vi',
    locked_until              DATETIME(6),
    last_login_at             DATETIME(6),
    password_changed_at       DATETIME(6),
    created_at                DATETIME(6)  NOT NULL,
    version                   BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE app_user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(30) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_app_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Failed logins inside the lockout window; cleared on success or lockout.
CREATE TABLE app_user_login_failure (
    user_id   BIGINT      NOT NULL,
    failed_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_app_user_login_failure_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_app_user_login_failure ON app_user_login_failure (user_id, failed_at);

CREATE SEQUENCE audit_event_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE audit_event (
    id             BIGINT       NOT NULL PRIMARY KEY,
    occurred_at    DATETIME(6)  NOT NULL,
    actor          VARCHAR(60)  NOT NULL,
    action         VARCHAR(60)  NOT NULL,
    entity_type    VARCHAR(60)  NOT NULL,
    entity_id      VARCHAR(60),
    old_value      MEDIUMTEXT,
    new_value      MEDIUMTEXT,
    client_address VARCHAR(64)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_audit_event_time ON audit_event (occurred_at);
CREATE INDEX ix_audit_event_entity ON audit_event (entity_type, entity_id);
CREATE INDEX ix_audit_event_actor ON audit_event (actor, occurred_at);
