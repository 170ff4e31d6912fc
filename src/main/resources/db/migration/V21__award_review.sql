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

-- The evidence package of an award to a person who heads a unit: the head's final level in the
-- period's approved leader classification (Decree 90/2020), frozen at issue like the rest.
ALTER TABLE award_decision_item
    ADD COLUMN leader_level VARCHAR(20);
