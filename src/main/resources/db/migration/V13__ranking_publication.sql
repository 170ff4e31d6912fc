-- Ranking publications: a block's results frozen when the secretariat publishes them. A correction
-- is a new revision with its reason; earlier revisions stay as the history. Everything a results
-- screen or export shows is copied here (unit names, area headings, bands), so later edits to
-- scores, criteria or units never change a publication.
CREATE TABLE ranking_publication (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    period_id        BIGINT        NOT NULL,
    block_id         BIGINT        NOT NULL,
    revision         INT           NOT NULL,
    year             INT           NOT NULL,
    block_name_vi    VARCHAR(200)  NOT NULL,
    block_name_en    VARCHAR(200)  NOT NULL,
    -- null for the first publication; required for a correction
    reason           VARCHAR(1000),
    published_at     DATETIME(6)   NOT NULL,
    published_by     VARCHAR(60)   NOT NULL,
    decision_number  VARCHAR(60),
    decision_date    DATE,
    decision_signer  VARCHAR(150),
    CONSTRAINT uk_ranking_publication UNIQUE (period_id, block_id, revision),
    CONSTRAINT fk_ranking_publication_period FOREIGN KEY (period_id) REFERENCES assessment_period (id),
    CONSTRAINT fk_ranking_publication_block FOREIGN KEY (block_id) REFERENCES org_block (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The block's areas as they were at publication (columns of the results table).
CREATE TABLE ranking_publication_area (
    publication_id BIGINT        NOT NULL,
    area_node_id   BIGINT        NOT NULL,
    position       INT           NOT NULL,
    code           VARCHAR(20)   NOT NULL,
    name_vi        VARCHAR(500)  NOT NULL,
    name_en        VARCHAR(500)  NOT NULL,
    maximum        DECIMAL(8, 2) NOT NULL,
    PRIMARY KEY (publication_id, area_node_id),
    CONSTRAINT fk_ranking_publication_area FOREIGN KEY (publication_id) REFERENCES ranking_publication (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per unit of the block: ranked (rank_place not null) or not ranked (unranked_reason).
CREATE TABLE ranking_result (
    publication_id     BIGINT        NOT NULL,
    unit_id            BIGINT        NOT NULL,
    position           INT           NOT NULL,
    unit_code          VARCHAR(30)   NOT NULL,
    unit_name_vi       VARCHAR(255)  NOT NULL,
    unit_name_en       VARCHAR(255)  NOT NULL,
    unit_short_name    VARCHAR(80)   NOT NULL,
    total              DECIMAL(10, 2),
    adjustments        DECIMAL(10, 2),
    applicable_maximum DECIMAL(10, 2),
    result_index       DECIMAL(5, 2),
    rank_place         INT,
    previous_rank      INT,
    change_direction   VARCHAR(10),
    change_places      INT,
    band_min           DECIMAL(5, 2),
    band_name_vi       VARCHAR(100),
    band_name_en       VARCHAR(100),
    unranked_reason    VARCHAR(30),
    unranked_note      VARCHAR(1000),
    PRIMARY KEY (publication_id, unit_id),
    CONSTRAINT fk_ranking_result_publication FOREIGN KEY (publication_id) REFERENCES ranking_publication (id),
    CONSTRAINT fk_ranking_result_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_ranking_result_unit ON ranking_result (unit_id);

-- A ranked unit's points, applicable maximum and index per area.
CREATE TABLE ranking_result_area (
    publication_id     BIGINT        NOT NULL,
    unit_id            BIGINT        NOT NULL,
    area_node_id       BIGINT        NOT NULL,
    points             DECIMAL(10, 2) NOT NULL,
    applicable_maximum DECIMAL(10, 2) NOT NULL,
    area_index         DECIMAL(5, 2),
    PRIMARY KEY (publication_id, unit_id, area_node_id),
    CONSTRAINT fk_ranking_result_area_result FOREIGN KEY (publication_id, unit_id)
        REFERENCES ranking_result (publication_id, unit_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
