-- A unit may withdraw its submitted self-assessment before its deadline, correct it and submit again:
-- the latest withdrawal is kept for the secretariat's overview (every one is in the audit trail).
ALTER TABLE self_assessment
    ADD COLUMN withdrawn_by VARCHAR(60) NULL,
    ADD COLUMN withdrawn_at DATETIME(6) NULL;
