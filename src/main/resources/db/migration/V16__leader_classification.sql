-- Leader classification (issue 13): rules as data, versioned per period, and each block's
-- classification of the heads of its units with its approval.

-- One revision of a period's rules; saving the rules writes a new revision, earlier ones stay.
CREATE TABLE leader_rule_set (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    period_id   BIGINT       NOT NULL,
    revision    INT          NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    created_by  VARCHAR(60)  NOT NULL,
    CONSTRAINT uk_leader_rule_set UNIQUE (period_id, revision),
    CONSTRAINT fk_leader_rule_set_period FOREIGN KEY (period_id) REFERENCES assessment_period (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE leader_rule (
    rule_set_id  BIGINT        NOT NULL,
    position     INT           NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    explanation  VARCHAR(1000) NOT NULL,
    level        VARCHAR(20)   NOT NULL,
    band_min     DECIMAL(5, 2),
    rank_count   INT,
    min_months   INT,
    max_months   INT,
    percent      DECIMAL(5, 2),
    PRIMARY KEY (rule_set_id, position),
    CONSTRAINT fk_leader_rule_set FOREIGN KEY (rule_set_id) REFERENCES leader_rule_set (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A block's classification in a period: DRAFT -> SUBMITTED -> APPROVED (frozen), or RETURNED.
CREATE TABLE leader_classification (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    period_id       BIGINT        NOT NULL,
    block_id        BIGINT        NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    rule_set_id     BIGINT        NOT NULL,
    published       BOOLEAN       NOT NULL,
    return_comment  VARCHAR(2000),
    submitted_at    DATETIME(6),
    submitted_by    VARCHAR(60),
    decided_at      DATETIME(6),
    decided_by      VARCHAR(60),
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_leader_classification UNIQUE (period_id, block_id),
    CONSTRAINT fk_leader_classification_period FOREIGN KEY (period_id) REFERENCES assessment_period (id),
    CONSTRAINT fk_leader_classification_block FOREIGN KEY (block_id) REFERENCES org_block (id),
    CONSTRAINT fk_leader_classification_rules FOREIGN KEY (rule_set_id) REFERENCES leader_rule_set (id),
    CONSTRAINT ck_leader_classification_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One head of unit in the classification, with the unit's result copied as it was read.
CREATE TABLE leader_classification_entry (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    classification_id BIGINT        NOT NULL,
    unit_id           BIGINT        NOT NULL,
    position          INT           NOT NULL,
    unit_name_vi      VARCHAR(255)  NOT NULL,
    unit_name_en      VARCHAR(255)  NOT NULL,
    head_term_id      BIGINT,
    head_name         VARCHAR(150),
    head_title_vi     VARCHAR(150),
    head_title_en     VARCHAR(150),
    acting            BOOLEAN       NOT NULL DEFAULT FALSE,
    result_index      DECIMAL(5, 2),
    rank_place        INT,
    previous_rank     INT,
    change_direction  VARCHAR(10),
    change_places     INT,
    band_min          DECIMAL(5, 2),
    band_name_vi      VARCHAR(100),
    band_name_en      VARCHAR(100),
    disciplined       BOOLEAN       NOT NULL DEFAULT FALSE,
    discipline_ref    VARCHAR(200),
    absence_months    INT           NOT NULL DEFAULT 0,
    proposed_level    VARCHAR(20),
    reasons           VARCHAR(4000),
    final_level       VARCHAR(20),
    justification     VARCHAR(2000),
    outside_rules     BOOLEAN       NOT NULL DEFAULT FALSE,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_leader_entry UNIQUE (classification_id, unit_id),
    CONSTRAINT fk_leader_entry_classification FOREIGN KEY (classification_id) REFERENCES leader_classification (id),
    CONSTRAINT fk_leader_entry_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT ck_leader_entry_absence CHECK (absence_months BETWEEN 0 AND 12)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
