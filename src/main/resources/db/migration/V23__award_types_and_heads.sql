-- Awards (issue 14, review): award types are edited on /awards/types by the secretariat (names in
-- both languages unique, one default, deactivated rather than deleted once used), a nomination of a
-- person who heads a unit links that head's term instead of being matched by name, and a rule can
-- ask for the top band of the unit's block.
ALTER TABLE award_type
    ADD COLUMN is_default BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN version    BIGINT  NOT NULL DEFAULT 0;
UPDATE award_type SET is_default = TRUE WHERE code = 'PPC_CERTIFICATE';
-- at most one default: the marker is 1 for the default and NULL (never equal) for the others
ALTER TABLE award_type
    ADD COLUMN default_marker TINYINT AS (IF(is_default, 1, NULL)) PERSISTENT,
    ADD CONSTRAINT uk_award_type_default UNIQUE (default_marker),
    ADD CONSTRAINT uk_award_type_name_vi UNIQUE (name_vi),
    ADD CONSTRAINT uk_award_type_name_en UNIQUE (name_en),
    ADD CONSTRAINT ck_award_type_default_active CHECK (active OR NOT is_default);

-- The head's term (organization's unit_head id) when the nominee is the head of their unit in office
-- that year; the evidence package reads the head's leader classification through it. No foreign key:
-- the organization module owns its terms, the nomination keeps the id it was linked to.
ALTER TABLE award_nomination
    ADD COLUMN head_term_id BIGINT;

ALTER TABLE award_rule
    DROP CONSTRAINT ck_award_rule_kind;
ALTER TABLE award_rule
    DROP CONSTRAINT ck_award_rule_params;
ALTER TABLE award_rule
    ADD CONSTRAINT ck_award_rule_kind CHECK (kind IN ('RANK_TOP_N', 'INDEX_AT_LEAST', 'TOP_BAND')),
    ADD CONSTRAINT ck_award_rule_params CHECK (
        (kind = 'RANK_TOP_N' AND rank_limit IS NOT NULL AND rank_limit > 0)
        OR (kind = 'INDEX_AT_LEAST' AND min_index IS NOT NULL)
        OR (kind = 'TOP_BAND'));
