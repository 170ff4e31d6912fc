-- Self-assessment: one assessment per period and unit, one score item per component, and the unit's
-- evidence library (files kept in the database, identical content stored once).

CREATE TABLE self_assessment (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    period_id       BIGINT        NOT NULL,
    unit_id         BIGINT        NOT NULL,
    set_id          BIGINT        NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    submitted_by    VARCHAR(60),
    submitted_at    DATETIME(6),
    returned_by     VARCHAR(60),
    returned_at     DATETIME(6),
    returned_reason VARCHAR(1000),
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_self_assessment_period_unit UNIQUE (period_id, unit_id),
    CONSTRAINT fk_self_assessment_period FOREIGN KEY (period_id) REFERENCES assessment_period (id),
    CONSTRAINT fk_self_assessment_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_self_assessment_set FOREIGN KEY (set_id) REFERENCES criteria_set (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Score items are written hundreds at a time: sequence ids let Hibernate batch the inserts.
CREATE SEQUENCE score_item_seq START WITH 1 INCREMENT BY 50;

-- A component removed from the criteria (after a confirmed, audited change) takes its items with it.
CREATE TABLE score_item (
    id            BIGINT        NOT NULL PRIMARY KEY,
    assessment_id BIGINT        NOT NULL,
    node_id       BIGINT        NOT NULL,
    self_score    DECIMAL(6, 2),
    note          VARCHAR(4000),
    updated_by    VARCHAR(60),
    updated_at    DATETIME(6),
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_score_item_assessment_node UNIQUE (assessment_id, node_id),
    CONSTRAINT fk_score_item_assessment FOREIGN KEY (assessment_id) REFERENCES self_assessment (id),
    CONSTRAINT fk_score_item_node FOREIGN KEY (node_id) REFERENCES criteria_node (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_score_item_node ON score_item (node_id);

-- File content by SHA-256: the same file uploaded by several units is stored once.
CREATE TABLE evidence_content (
    sha256     CHAR(64)  NOT NULL PRIMARY KEY,
    size_bytes BIGINT    NOT NULL,
    content    LONGBLOB  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE evidence (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    period_id    BIGINT        NOT NULL,
    unit_id      BIGINT        NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    title        VARCHAR(500)  NOT NULL,
    file_name    VARCHAR(255),
    content_type VARCHAR(100),
    size_bytes   BIGINT,
    sha256       CHAR(64),
    doc_number   VARCHAR(100),
    doc_date     DATE,
    issuer       VARCHAR(255),
    link         VARCHAR(1000),
    added_by     VARCHAR(60)   NOT NULL,
    added_at     DATETIME(6)   NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_evidence_unit_file UNIQUE (period_id, unit_id, sha256),
    CONSTRAINT fk_evidence_period FOREIGN KEY (period_id) REFERENCES assessment_period (id),
    CONSTRAINT fk_evidence_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_evidence_content FOREIGN KEY (sha256) REFERENCES evidence_content (sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_evidence_unit ON evidence (period_id, unit_id);

CREATE TABLE score_item_evidence (
    score_item_id BIGINT NOT NULL,
    evidence_id   BIGINT NOT NULL,
    PRIMARY KEY (score_item_id, evidence_id),
    CONSTRAINT fk_score_item_evidence_item FOREIGN KEY (score_item_id) REFERENCES score_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_score_item_evidence_evidence FOREIGN KEY (evidence_id) REFERENCES evidence (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_score_item_evidence_evidence ON score_item_evidence (evidence_id);
