-- Appraisal: council members assigned to units (optionally to one area of a unit), one appraisal per
-- self-assessment, and per score item the appraised score, the explanation exchange and the final score.

CREATE TABLE appraisal_assignment (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    period_id    BIGINT       NOT NULL,
    unit_id      BIGINT       NOT NULL,
    member_id    BIGINT       NOT NULL,
    -- null: the whole unit; otherwise a top-level area node of the unit's criteria set
    area_node_id BIGINT,
    -- MariaDB unique keys let NULLs repeat: the key column makes "whole unit" count once
    area_key     BIGINT       AS (COALESCE(area_node_id, 0)) STORED,
    assigned_by  VARCHAR(60)  NOT NULL,
    assigned_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uk_appraisal_assignment UNIQUE (period_id, unit_id, member_id, area_key),
    CONSTRAINT fk_appraisal_assignment_period FOREIGN KEY (period_id) REFERENCES assessment_period (id),
    CONSTRAINT fk_appraisal_assignment_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_appraisal_assignment_member FOREIGN KEY (member_id) REFERENCES app_user (id),
    CONSTRAINT fk_appraisal_assignment_area FOREIGN KEY (area_node_id) REFERENCES criteria_node (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_appraisal_assignment_member ON appraisal_assignment (member_id, period_id);

-- One per self-assessment. status: NOT_STARTED, IN_PROGRESS, EXPLANATION_REQUESTED, EXPLAINED, FINAL.
-- A unit that did not submit is appraised on what it entered, or marked not ranked by the secretariat.
CREATE TABLE appraisal (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    assessment_id        BIGINT        NOT NULL,
    status               VARCHAR(30)   NOT NULL,
    not_ranked           BOOLEAN       NOT NULL DEFAULT FALSE,
    not_ranked_reason    VARCHAR(1000),
    not_ranked_by        VARCHAR(60),
    not_ranked_at        DATETIME(6),
    answers_submitted_by VARCHAR(60),
    answers_submitted_at DATETIME(6),
    finalized_by         VARCHAR(60),
    finalized_at         DATETIME(6),
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_appraisal_assessment UNIQUE (assessment_id),
    CONSTRAINT fk_appraisal_assessment FOREIGN KEY (assessment_id) REFERENCES self_assessment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Appraisal items are written hundreds at a time: sequence ids let Hibernate batch the inserts.
CREATE SEQUENCE appraisal_item_seq START WITH 1 INCREMENT BY 50;

-- One per score item being appraised. Scores are exact decimals like the self score.
CREATE TABLE appraisal_item (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    appraisal_id          BIGINT        NOT NULL,
    score_item_id         BIGINT        NOT NULL,
    appraised_score       DECIMAL(6, 2),
    appraised_comment     VARCHAR(4000),
    -- the appraiser marked the linked evidence as not proving the self score
    evidence_insufficient BOOLEAN       NOT NULL DEFAULT FALSE,
    appraised_by          VARCHAR(60),
    appraised_at          DATETIME(6),
    question              VARCHAR(4000),
    asked_by              VARCHAR(60),
    asked_at              DATETIME(6),
    answer                VARCHAR(4000),
    answered_by           VARCHAR(60),
    answered_at           DATETIME(6),
    -- null until the appraiser decides on the answer
    explanation_accepted  BOOLEAN,
    final_score           DECIMAL(6, 2),
    final_by              VARCHAR(60),
    final_at              DATETIME(6),
    version               BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_appraisal_item_score_item UNIQUE (score_item_id),
    CONSTRAINT fk_appraisal_item_appraisal FOREIGN KEY (appraisal_id) REFERENCES appraisal (id),
    CONSTRAINT fk_appraisal_item_score_item FOREIGN KEY (score_item_id) REFERENCES score_item (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_appraisal_item_appraisal ON appraisal_item (appraisal_id);

-- Evidence the unit added to its answer (from its own evidence library).
CREATE TABLE appraisal_answer_evidence (
    appraisal_item_id BIGINT NOT NULL,
    evidence_id       BIGINT NOT NULL,
    PRIMARY KEY (appraisal_item_id, evidence_id),
    CONSTRAINT fk_answer_evidence_item FOREIGN KEY (appraisal_item_id) REFERENCES appraisal_item (id),
    CONSTRAINT fk_answer_evidence_evidence FOREIGN KEY (evidence_id) REFERENCES evidence (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_answer_evidence_evidence ON appraisal_answer_evidence (evidence_id);

-- Survey points per unit and SURVEY component (a leaf of the survey area). An import replaces the
-- period's earlier one: the old import stays (active = false) for the audit trail.
CREATE TABLE survey_import (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    period_id   BIGINT        NOT NULL,
    file_name   VARCHAR(255)  NOT NULL,
    active      BOOLEAN       NOT NULL,
    imported_by VARCHAR(60)   NOT NULL,
    imported_at DATETIME(6)   NOT NULL,
    CONSTRAINT fk_survey_import_period FOREIGN KEY (period_id) REFERENCES assessment_period (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_survey_import_period ON survey_import (period_id, active);

CREATE TABLE survey_point (
    id        BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    import_id BIGINT        NOT NULL,
    unit_id   BIGINT        NOT NULL,
    node_id   BIGINT        NOT NULL,
    points    DECIMAL(6, 2) NOT NULL,
    CONSTRAINT uk_survey_point UNIQUE (import_id, unit_id, node_id),
    CONSTRAINT fk_survey_point_import FOREIGN KEY (import_id) REFERENCES survey_import (id),
    CONSTRAINT fk_survey_point_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_survey_point_node FOREIGN KEY (node_id) REFERENCES criteria_node (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The council's decision on a block's results. status: OPEN, APPROVED, PUBLISHED.
CREATE TABLE block_decision (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    period_id    BIGINT       NOT NULL,
    block_id     BIGINT       NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    approved_at  DATETIME(6),
    published_by VARCHAR(60),
    published_at DATETIME(6),
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_block_decision UNIQUE (period_id, block_id),
    CONSTRAINT fk_block_decision_period FOREIGN KEY (period_id) REFERENCES assessment_period (id),
    CONSTRAINT fk_block_decision_block FOREIGN KEY (block_id) REFERENCES org_block (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- decision: APPROVE, REJECT, ABSTAIN. One vote per member and block; a member may change it while open.
CREATE TABLE council_vote (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    decision_id BIGINT        NOT NULL,
    member_id   BIGINT        NOT NULL,
    vote        VARCHAR(10)   NOT NULL,
    comment     VARCHAR(1000),
    voted_at    DATETIME(6)   NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_council_vote UNIQUE (decision_id, member_id),
    CONSTRAINT fk_council_vote_decision FOREIGN KEY (decision_id) REFERENCES block_decision (id),
    CONSTRAINT fk_council_vote_member FOREIGN KEY (member_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
