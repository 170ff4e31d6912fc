-- Integrity: evidence content in chunks (works with a stock 16 MB max_allowed_packet), score items
-- tied to their assessment's own criteria set and never removed with a criteria node, re-check
-- marks after rule changes, unique criteria codes per set and unique band positions.

-- 1. Evidence content in chunks of at most 1 MiB, so no statement comes near the server's packet limit.
CREATE TABLE evidence_content_chunk (
    sha256 CHAR(64)   NOT NULL,
    seq    INT        NOT NULL,
    data   MEDIUMBLOB NOT NULL,
    PRIMARY KEY (sha256, seq),
    CONSTRAINT fk_evidence_content_chunk_content FOREIGN KEY (sha256) REFERENCES evidence_content (sha256)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Existing content moves into chunks on the server (no packet limit applies to INSERT ... SELECT).
-- The numbers 0..999 cover files up to 1000 MiB.
INSERT INTO evidence_content_chunk (sha256, seq, data)
SELECT c.sha256, n.seq, SUBSTRING(c.content, n.seq * 1048576 + 1, 1048576)
FROM evidence_content c
JOIN (SELECT units.d + tens.d * 10 + hundreds.d * 100 AS seq
      FROM (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4
            UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) units
      CROSS JOIN (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4
            UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) tens
      CROSS JOIN (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4
            UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) hundreds
     ) n ON n.seq * 1048576 < LENGTH(c.content);

ALTER TABLE evidence_content DROP COLUMN content;

-- 2. Score items: tied to the assessment's own set (composite keys), kept when a node is deleted
-- (the delete is refused while anything was entered), and marked for re-check after a rule change.
ALTER TABLE self_assessment ADD CONSTRAINT uk_self_assessment_id_set UNIQUE (id, set_id);
ALTER TABLE criteria_node ADD CONSTRAINT uk_criteria_node_id_set UNIQUE (id, set_id);

ALTER TABLE score_item
    DROP FOREIGN KEY fk_score_item_node,
    ADD COLUMN set_id BIGINT AFTER node_id,
    ADD COLUMN needs_recheck BOOLEAN NOT NULL DEFAULT FALSE AFTER note;

UPDATE score_item i JOIN self_assessment a ON a.id = i.assessment_id SET i.set_id = a.set_id;

ALTER TABLE score_item
    MODIFY set_id BIGINT NOT NULL,
    DROP INDEX ix_score_item_node,
    ADD INDEX ix_score_item_node_set (node_id, set_id),
    ADD INDEX ix_score_item_assessment_set (assessment_id, set_id),
    ADD CONSTRAINT fk_score_item_assessment_set FOREIGN KEY (assessment_id, set_id)
        REFERENCES self_assessment (id, set_id),
    ADD CONSTRAINT fk_score_item_node_set FOREIGN KEY (node_id, set_id) REFERENCES criteria_node (id, set_id);

-- 3. One code per node of a set. Renumbering parks changing codes on temporary values first.
ALTER TABLE criteria_node ADD CONSTRAINT uk_criteria_node_set_code UNIQUE (set_id, code);

-- 4. One band per position in a period's block.
ALTER TABLE ranking_band
    ADD CONSTRAINT uk_ranking_band_position UNIQUE (period_id, block_id, position),
    DROP INDEX ix_ranking_band_period_block;
