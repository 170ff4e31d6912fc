-- Load test setup (load/run.sh): the commune-level People's Committees of a merged province, each
-- with its own focal point, added to the demo province's DISTRICT block in the load database only
-- (never the demo itself). Idempotent. @users is set by run.sh. Every account gets the password hash
-- of the demo focal point 'gtvt' (password Demo@2024), so no hash is computed here.
SET @users = COALESCE(@users, 200);
SET @block = (SELECT id FROM org_block WHERE code = 'DISTRICT');
SET @hash = (SELECT password_hash FROM app_user WHERE username = 'gtvt');

-- Ids far above the sequence's allocations; the sequence then moves past them.
INSERT IGNORE INTO org_unit (id, code, name_vi, name_en, short_name, block_id, ranked, active, sort_order, version)
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < @users)
SELECT 9000000 + i,
       CONCAT('LOADXA', LPAD(i, 4, '0')),
       CONCAT('UBND xã Tải ', i),
       CONCAT('Load Commune ', i, ' People''s Committee'),
       CONCAT('Xã Tải ', i),
       @block, TRUE, TRUE, 1000 + i, 0
FROM n;
SELECT SETVAL(org_unit_seq, 9100000); -- moves only forward

INSERT IGNORE INTO app_user (username, password_hash, full_name, email, unit_id, enabled, locale,
                             created_at, version, password_must_change, session_stamp)
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < @users)
SELECT CONCAT('load', LPAD(i, 4, '0')), @hash, CONCAT('Đầu mối tải ', i), NULL, 9000000 + i, TRUE, 'vi',
       NOW(6), 0, FALSE, 0
FROM n;

INSERT IGNORE INTO app_user_role (user_id, role)
SELECT id, 'FOCAL_POINT' FROM app_user WHERE username LIKE 'load____';

-- Each run starts from empty sheets, so every save the harness makes changes a value: the load units'
-- assessments are removed and created again when their focal points open the sheet.
DELETE i FROM score_item i JOIN self_assessment a ON a.id = i.assessment_id
WHERE a.unit_id BETWEEN 9000001 AND 9000000 + @users;
DELETE FROM self_assessment WHERE unit_id BETWEEN 9000001 AND 9000000 + @users;
