-- Awards (issue 14): certificates of merit for PAR. Award types and eligibility rules are data; a
-- nomination carries its eligibility findings (recomputed on every change), its justification when a
-- rule fails, and the leader's approval; an issued decision is frozen with its evidence package per
-- award. A correction is a new decision that supersedes the old one, with its reason.
CREATE TABLE award_type (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code       VARCHAR(40)  NOT NULL,
    name_vi    VARCHAR(255) NOT NULL,
    name_en    VARCHAR(255) NOT NULL,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    sort_order INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_award_type_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO award_type (code, name_vi, name_en, active, sort_order) VALUES
    ('PPC_CERTIFICATE', 'Bằng khen của Chủ tịch UBND tỉnh', 'Certificate of merit of the PPC Chairman', TRUE, 1),
    ('DOHA_CERTIFICATE', 'Giấy khen của Giám đốc Sở Nội vụ', 'Certificate of merit of the Director of Home Affairs', TRUE, 2);

-- One rule of a period and award type. kind: RANK_TOP_N (the collective's unit, or the individual's
-- unit, ranked within the top rank_limit of its block), INDEX_AT_LEAST (index >= min_index).
-- subject: COLLECTIVE or INDIVIDUAL. block_id null = any block.
CREATE TABLE award_rule (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    period_id     BIGINT        NOT NULL,
    award_type_id BIGINT        NOT NULL,
    subject       VARCHAR(20)   NOT NULL,
    kind          VARCHAR(30)   NOT NULL,
    block_id      BIGINT,
    rank_limit    INT,
    min_index     DECIMAL(5, 2),
    CONSTRAINT fk_award_rule_period FOREIGN KEY (period_id) REFERENCES assessment_period (id),
    CONSTRAINT fk_award_rule_type FOREIGN KEY (award_type_id) REFERENCES award_type (id),
    CONSTRAINT fk_award_rule_block FOREIGN KEY (block_id) REFERENCES org_block (id),
    CONSTRAINT ck_award_rule_subject CHECK (subject IN ('COLLECTIVE', 'INDIVIDUAL')),
    CONSTRAINT ck_award_rule_kind CHECK (kind IN ('RANK_TOP_N', 'INDEX_AT_LEAST')),
    CONSTRAINT ck_award_rule_params CHECK (
        (kind = 'RANK_TOP_N' AND rank_limit IS NOT NULL AND rank_limit > 0)
        OR (kind = 'INDEX_AT_LEAST' AND min_index IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE award_decision (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    period_id     BIGINT        NOT NULL,
    number        VARCHAR(60)   NOT NULL,
    decision_date DATE          NOT NULL,
    -- numbers restart every year: unique within the year of signing
    decision_year INT           NOT NULL,
    signer_name   VARCHAR(150)  NOT NULL,
    signer_title  VARCHAR(150)  NOT NULL,
    -- set on a correction: the decision it replaces, and why
    replaces_id   BIGINT,
    reason        VARCHAR(1000),
    superseded    BOOLEAN       NOT NULL DEFAULT FALSE,
    issued_at     DATETIME(6)   NOT NULL,
    issued_by     VARCHAR(60)   NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_award_decision_number UNIQUE (decision_year, number),
    CONSTRAINT fk_award_decision_period FOREIGN KEY (period_id) REFERENCES assessment_period (id),
    CONSTRAINT fk_award_decision_replaces FOREIGN KEY (replaces_id) REFERENCES award_decision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- kind: COLLECTIVE (unit_id, or collective_name for a collective that is not an assessed unit) or
-- INDIVIDUAL (person_name, position, organisation, optionally unit_id).
-- status: PROPOSED (being prepared), SUBMITTED (list sent to the leader), APPROVED, REJECTED, DECIDED.
CREATE TABLE award_nomination (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    period_id         BIGINT        NOT NULL,
    kind              VARCHAR(20)   NOT NULL,
    unit_id           BIGINT,
    collective_name   VARCHAR(255),
    person_name       VARCHAR(150),
    position_title    VARCHAR(255),
    organisation      VARCHAR(255),
    award_type_id     BIGINT        NOT NULL,
    approved_type_id  BIGINT,
    achievements      VARCHAR(4000) NOT NULL,
    justification     VARCHAR(1000),
    eligible          BOOLEAN       NOT NULL,
    eligibility       VARCHAR(4000) NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    proposed_by       VARCHAR(60)   NOT NULL,
    proposed_at       DATETIME(6)   NOT NULL,
    submitted_by      VARCHAR(60),
    submitted_at      DATETIME(6),
    decided_by        VARCHAR(60),
    decided_at        DATETIME(6),
    rejection_reason  VARCHAR(1000),
    decision_id       BIGINT,
    -- guards duplicates: the same unit, collective or person once per period
    subject_key       VARCHAR(300)  NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_award_nomination_subject UNIQUE (period_id, subject_key),
    CONSTRAINT fk_award_nomination_period FOREIGN KEY (period_id) REFERENCES assessment_period (id),
    CONSTRAINT fk_award_nomination_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_award_nomination_type FOREIGN KEY (award_type_id) REFERENCES award_type (id),
    CONSTRAINT fk_award_nomination_approved_type FOREIGN KEY (approved_type_id) REFERENCES award_type (id),
    CONSTRAINT fk_award_nomination_decision FOREIGN KEY (decision_id) REFERENCES award_decision (id),
    CONSTRAINT ck_award_nomination_kind CHECK (kind IN ('COLLECTIVE', 'INDIVIDUAL')),
    CONSTRAINT ck_award_nomination_status CHECK (status IN ('PROPOSED', 'SUBMITTED', 'APPROVED', 'REJECTED', 'DECIDED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE award_attachment (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    nomination_id BIGINT        NOT NULL,
    file_name     VARCHAR(255)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    content       LONGBLOB      NOT NULL,
    uploaded_by   VARCHAR(60)   NOT NULL,
    uploaded_at   DATETIME(6)   NOT NULL,
    CONSTRAINT fk_award_attachment_nomination FOREIGN KEY (nomination_id) REFERENCES award_nomination (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An award of an issued decision, frozen with what justifies it (the package).
CREATE TABLE award_decision_item (
    decision_id     BIGINT        NOT NULL,
    position        INT           NOT NULL,
    nomination_id   BIGINT        NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    name            VARCHAR(255)  NOT NULL,
    position_title  VARCHAR(255),
    organisation    VARCHAR(255),
    award_type_vi   VARCHAR(255)  NOT NULL,
    award_type_en   VARCHAR(255)  NOT NULL,
    unit_code       VARCHAR(30),
    block_name_vi   VARCHAR(200),
    block_name_en   VARCHAR(200),
    total           DECIMAL(10, 2),
    result_index    DECIMAL(5, 2),
    rank_place      INT,
    previous_rank   INT,
    change_direction VARCHAR(10),
    change_places   INT,
    band_name_vi    VARCHAR(100),
    band_name_en    VARCHAR(100),
    eligible        BOOLEAN       NOT NULL,
    eligibility     VARCHAR(4000) NOT NULL,
    justification   VARCHAR(1000),
    achievements    VARCHAR(4000) NOT NULL,
    approvals       VARCHAR(2000) NOT NULL,
    attachments     INT           NOT NULL,
    PRIMARY KEY (decision_id, position),
    CONSTRAINT fk_award_decision_item_decision FOREIGN KEY (decision_id) REFERENCES award_decision (id),
    CONSTRAINT fk_award_decision_item_nomination FOREIGN KEY (nomination_id) REFERENCES award_nomination (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
