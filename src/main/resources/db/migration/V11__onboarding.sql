-- Onboarding a province: one-time passwords, the agency running the index, unit heads with terms,
-- merged units' predecessors, and sequence ids for units so an import of a thousand is batched.

-- A password someone else chose (new account, administrator's reset, the first administrator's)
-- must be replaced by its owner before anything else.
ALTER TABLE app_user ADD COLUMN password_must_change BOOLEAN NOT NULL DEFAULT FALSE;

-- Shown wherever the portal names who runs the index (footer, login help, secretariat's role).
ALTER TABLE province
    ADD COLUMN agency_vi VARCHAR(200) NULL,
    ADD COLUMN agency_en VARCHAR(200) NULL;

-- Units are imported a thousand at a time: sequence ids let Hibernate batch the inserts. The
-- sequence starts beyond the existing ids plus one allocation (Hibernate's pooled optimizer hands
-- out the 50 values below each number it reads).
SET @unit_seq_start = (SELECT COALESCE(MAX(id), 0) + 51 FROM org_unit);
SET @unit_seq_sql = CONCAT('CREATE SEQUENCE org_unit_seq START WITH ', @unit_seq_start, ' INCREMENT BY 50');
PREPARE unit_seq_statement FROM @unit_seq_sql;
EXECUTE unit_seq_statement;
DEALLOCATE PREPARE unit_seq_statement;

-- Each unit's heads with their terms, so a year's results name the head in office that year.
CREATE TABLE unit_head (
    id        BIGINT       NOT NULL PRIMARY KEY,
    unit_id   BIGINT       NOT NULL,
    name      VARCHAR(150) NOT NULL,
    title_vi  VARCHAR(200),
    title_en  VARCHAR(200),
    term_from DATE         NOT NULL,
    term_to   DATE,
    acting    BOOLEAN      NOT NULL DEFAULT FALSE,
    version   BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_unit_head_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT ck_unit_head_term CHECK (term_to IS NULL OR term_to >= term_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_unit_head_unit ON unit_head (unit_id, term_from);
CREATE SEQUENCE unit_head_seq START WITH 1 INCREMENT BY 50;

-- The units a unit replaces (the 2025 mergers), kept for the results' history.
CREATE TABLE unit_predecessor (
    unit_id        BIGINT NOT NULL,
    predecessor_id BIGINT NOT NULL,
    PRIMARY KEY (unit_id, predecessor_id),
    CONSTRAINT fk_unit_predecessor_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_unit_predecessor_predecessor FOREIGN KEY (predecessor_id) REFERENCES org_unit (id),
    CONSTRAINT ck_unit_predecessor_self CHECK (unit_id <> predecessor_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
