-- Awards (issue 14): the secretariat's explicit review of nominations before the list goes to the
-- leader. ACCEPTED = taken into the list by the secretariat; RETURNED = sent back to the proposer
-- with a reason (they change it, which proposes it again, or withdraw it).
ALTER TABLE award_nomination
    DROP CONSTRAINT ck_award_nomination_status;
ALTER TABLE award_nomination
    ADD COLUMN reviewed_by   VARCHAR(60),
    ADD COLUMN reviewed_at   DATETIME(6),
    ADD COLUMN return_reason VARCHAR(1000),
    ADD CONSTRAINT ck_award_nomination_status CHECK (
        status IN ('PROPOSED', 'ACCEPTED', 'RETURNED', 'SUBMITTED', 'APPROVED', 'REJECTED', 'DECIDED'));
