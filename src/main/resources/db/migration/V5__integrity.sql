-- Integrity: evidence content in chunks (works with a stock 16 MB max_allowed_packet).

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
