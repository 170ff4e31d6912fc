-- The results decision's signer block has a capacity ("TM. ỦY BAN NHÂN DÂN" or "KT. CHỦ TỊCH") and a
-- position ("CHỦ TỊCH", "PHÓ CHỦ TỊCH") besides the name kept in decision_signer.
ALTER TABLE ranking_publication
    ADD COLUMN decision_signer_capacity VARCHAR(150) NULL,
    ADD COLUMN decision_signer_position VARCHAR(150) NULL;
