-- Login throttling (OWASP ASVS 2.2.1) replaces the per-account lockout, which anyone could keep
-- closed on any account. Failures are counted atomically (INSERT ... ON DUPLICATE KEY UPDATE) under
-- three keys: the client address (ADDRESS), the account from that address (ACCOUNT_ADDRESS) and the
-- account from anywhere (ACCOUNT). Absent parts of a key are '' so the primary key always matches.
CREATE TABLE login_throttle (
    kind              VARCHAR(16)  NOT NULL,
    username          VARCHAR(100) NOT NULL DEFAULT '',
    client_address    VARCHAR(64)  NOT NULL DEFAULT '',
    failures          INT          NOT NULL,
    window_started_at DATETIME(6)  NOT NULL,
    last_failure_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (kind, username, client_address)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_login_throttle_username ON login_throttle (username);
CREATE INDEX ix_login_throttle_last_failure ON login_throttle (last_failure_at);

DROP TABLE app_user_login_failure;
ALTER TABLE app_user DROP COLUMN locked_until;

-- Changed when an account is disabled, its password reset or its roles or unit changed: sessions
-- signed in with another stamp end at their next request, on every application node.
ALTER TABLE app_user ADD COLUMN session_stamp BIGINT NOT NULL DEFAULT 0;
