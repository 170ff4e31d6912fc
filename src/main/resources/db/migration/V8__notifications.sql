-- Notifications (notification module): one message per event with its texts in both languages, one
-- row per recipient with the read state and the e-mail delivery, a delivery log whose key lets a
-- reminder go out once per cluster, and each user's e-mail choice.
-- Forgotten passwords (security module): reset links keep only the SHA-256 of their token, and every
-- request is logged so requests can be throttled.

CREATE SEQUENCE notification_message_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE notification_message (
    id         BIGINT        NOT NULL PRIMARY KEY,
    kind       VARCHAR(40)   NOT NULL,
    period_id  BIGINT,
    unit_id    BIGINT,
    subject_vi VARCHAR(300)  NOT NULL,
    subject_en VARCHAR(300)  NOT NULL,
    body_vi    VARCHAR(4000) NOT NULL,
    body_en    VARCHAR(4000) NOT NULL,
    link       VARCHAR(500),
    created_at DATETIME(6)   NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Written for many recipients at once: sequence ids let Hibernate batch the inserts.
CREATE SEQUENCE notification_seq START WITH 1 INCREMENT BY 50;

-- mail_status: NONE (no mail: not configured, no address or e-mail turned off), PENDING, SENDING,
-- SENT, FAILED (retried until the attempts run out, then shown as not delivered).
CREATE TABLE notification (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    message_id           BIGINT       NOT NULL,
    user_id              BIGINT       NOT NULL,
    created_at           DATETIME(6)  NOT NULL,
    read_at              DATETIME(6),
    mail_status          VARCHAR(10)  NOT NULL,
    mail_to              VARCHAR(200),
    mail_language        VARCHAR(10),
    mail_attempts        INT          NOT NULL DEFAULT 0,
    mail_last_attempt_at DATETIME(6),
    mail_sent_at         DATETIME(6),
    mail_error           VARCHAR(500),
    CONSTRAINT uk_notification_message_user UNIQUE (message_id, user_id),
    CONSTRAINT fk_notification_message FOREIGN KEY (message_id) REFERENCES notification_message (id),
    CONSTRAINT fk_notification_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_notification_user_time ON notification (user_id, created_at);
CREATE INDEX ix_notification_user_unread ON notification (user_id, read_at);
CREATE INDEX ix_notification_mail ON notification (mail_status, mail_last_attempt_at);

-- Inserted first (INSERT IGNORE) by whoever sends a notice that must go out once: the primary key
-- lets exactly one of two racing jobs, on one node or two, go on to write the notification.
-- unit_id is 0 when the notice concerns no single unit; days_before is 0 unless it is a reminder.
CREATE TABLE notification_delivery (
    user_id     BIGINT      NOT NULL,
    kind        VARCHAR(40) NOT NULL,
    period_id   BIGINT      NOT NULL,
    unit_id     BIGINT      NOT NULL,
    days_before INT         NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (user_id, kind, period_id, unit_id, days_before),
    CONSTRAINT fk_notification_delivery_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- No row: e-mail on (the default).
CREATE TABLE notification_preference (
    user_id       BIGINT      NOT NULL PRIMARY KEY,
    email_enabled BOOLEAN     NOT NULL,
    updated_at    DATETIME(6) NOT NULL,
    version       BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_notification_preference_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE password_reset_token (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id        BIGINT      NOT NULL,
    token_sha256   CHAR(64)    NOT NULL,
    created_at     DATETIME(6) NOT NULL,
    expires_at     DATETIME(6) NOT NULL,
    used_at        DATETIME(6),
    revoked_at     DATETIME(6),
    requested_from VARCHAR(64),
    CONSTRAINT uk_password_reset_token UNIQUE (token_sha256),
    CONSTRAINT fk_password_reset_token_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_password_reset_token_user ON password_reset_token (user_id, created_at);

-- Every request, whatever was typed, so requests from one address can be throttled.
CREATE TABLE password_reset_request (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    requested_at   DATETIME(6) NOT NULL,
    client_address VARCHAR(64) NOT NULL DEFAULT ''
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_password_reset_request_address ON password_reset_request (client_address, requested_at);
CREATE INDEX ix_password_reset_request_time ON password_reset_request (requested_at);
