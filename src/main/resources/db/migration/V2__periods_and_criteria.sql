-- Assessment periods (one per year) with phases, deadlines, ranking bands and per-unit extensions;
-- criteria sets (one per period and block) as a tree of nodes with year-to-year mapping.

CREATE TABLE assessment_period (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    year               INT          NOT NULL,
    title_vi           VARCHAR(255) NOT NULL,
    title_en           VARCHAR(255) NOT NULL,
    phase              VARCHAR(30)  NOT NULL,
    previous_period_id BIGINT,
    created_at         DATETIME(6)  NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_assessment_period_year UNIQUE (year),
    CONSTRAINT fk_assessment_period_previous FOREIGN KEY (previous_period_id) REFERENCES assessment_period (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE period_deadline (
    period_id BIGINT      NOT NULL,
    phase     VARCHAR(30) NOT NULL,
    deadline  DATE        NOT NULL,
    PRIMARY KEY (period_id, phase),
    CONSTRAINT fk_period_deadline_period FOREIGN KEY (period_id) REFERENCES assessment_period (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ranking_band (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    period_id BIGINT       NOT NULL,
    block_id  BIGINT       NOT NULL,
    position  INT          NOT NULL,
    min_index DECIMAL(5, 2) NOT NULL,
    name_vi   VARCHAR(100) NOT NULL,
    name_en   VARCHAR(100) NOT NULL,
    CONSTRAINT fk_ranking_band_period FOREIGN KEY (period_id) REFERENCES assessment_period (id) ON DELETE CASCADE,
    CONSTRAINT fk_ranking_band_block FOREIGN KEY (block_id) REFERENCES org_block (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_ranking_band_period_block ON ranking_band (period_id, block_id, position);

CREATE TABLE deadline_extension (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    period_id  BIGINT        NOT NULL,
    unit_id    BIGINT        NOT NULL,
    phase      VARCHAR(30)   NOT NULL,
    deadline   DATE          NOT NULL,
    reason     VARCHAR(1000) NOT NULL,
    created_by VARCHAR(60)   NOT NULL,
    created_at DATETIME(6)   NOT NULL,
    CONSTRAINT fk_deadline_extension_period FOREIGN KEY (period_id) REFERENCES assessment_period (id) ON DELETE CASCADE,
    CONSTRAINT fk_deadline_extension_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_deadline_extension_unit ON deadline_extension (period_id, unit_id, phase);

CREATE TABLE criteria_set (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    period_id BIGINT       NOT NULL,
    block_id  BIGINT       NOT NULL,
    max_total DECIMAL(6, 2) NOT NULL DEFAULT 100.00,
    revision  INT          NOT NULL DEFAULT 1,
    version   BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_criteria_set_period_block UNIQUE (period_id, block_id),
    CONSTRAINT fk_criteria_set_period FOREIGN KEY (period_id) REFERENCES assessment_period (id),
    CONSTRAINT fk_criteria_set_block FOREIGN KEY (block_id) REFERENCES org_block (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE SEQUENCE criteria_node_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE criteria_node (
    id                BIGINT        NOT NULL PRIMARY KEY,
    set_id            BIGINT        NOT NULL,
    parent_id         BIGINT,
    level             VARCHAR(20)   NOT NULL,
    position          INT           NOT NULL,
    code              VARCHAR(20)   NOT NULL,
    name_vi           VARCHAR(500)  NOT NULL,
    name_en           VARCHAR(500)  NOT NULL,
    max_points        DECIMAL(6, 2),
    method            VARCHAR(20),
    range_min         DECIMAL(6, 2),
    range_max         DECIMAL(6, 2),
    step              DECIMAL(6, 2),
    evidence_required BOOLEAN       NOT NULL DEFAULT FALSE,
    guidance_vi       MEDIUMTEXT,
    guidance_en       MEDIUMTEXT,
    mapping           VARCHAR(20)   NOT NULL DEFAULT 'NEW',
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_criteria_node_set FOREIGN KEY (set_id) REFERENCES criteria_set (id),
    CONSTRAINT fk_criteria_node_parent FOREIGN KEY (parent_id) REFERENCES criteria_node (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_criteria_node_set ON criteria_node (set_id, parent_id, position);

CREATE TABLE criteria_choice (
    node_id        BIGINT        NOT NULL,
    position       INT           NOT NULL,
    choice_value   DECIMAL(6, 2) NOT NULL,
    description_vi VARCHAR(500)  NOT NULL,
    description_en VARCHAR(500)  NOT NULL,
    PRIMARY KEY (node_id, position),
    CONSTRAINT fk_criteria_choice_node FOREIGN KEY (node_id) REFERENCES criteria_node (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Year-to-year mapping: which node(s) of the previous year's set a node continues.
CREATE TABLE criteria_node_source (
    node_id        BIGINT NOT NULL,
    source_node_id BIGINT NOT NULL,
    PRIMARY KEY (node_id, source_node_id),
    CONSTRAINT fk_criteria_node_source_node FOREIGN KEY (node_id) REFERENCES criteria_node (id) ON DELETE CASCADE,
    CONSTRAINT fk_criteria_node_source_source FOREIGN KEY (source_node_id) REFERENCES criteria_node (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE criteria_not_applicable (
    set_id  BIGINT NOT NULL,
    node_id BIGINT NOT NULL,
    unit_id BIGINT NOT NULL,
    PRIMARY KEY (node_id, unit_id),
    CONSTRAINT fk_criteria_na_set FOREIGN KEY (set_id) REFERENCES criteria_set (id),
    CONSTRAINT fk_criteria_na_node FOREIGN KEY (node_id) REFERENCES criteria_node (id) ON DELETE CASCADE,
    CONSTRAINT fk_criteria_na_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_criteria_na_set ON criteria_not_applicable (set_id);

-- Changes made after self-assessment opened keep the old version of the node, with the reason.
CREATE TABLE criteria_change (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    set_id     BIGINT        NOT NULL,
    node_id    BIGINT,
    revision   INT           NOT NULL,
    changed_at DATETIME(6)   NOT NULL,
    changed_by VARCHAR(60)   NOT NULL,
    reason     VARCHAR(1000) NOT NULL,
    old_value  MEDIUMTEXT,
    new_value  MEDIUMTEXT,
    CONSTRAINT fk_criteria_change_set FOREIGN KEY (set_id) REFERENCES criteria_set (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_criteria_change_set ON criteria_change (set_id, changed_at);
