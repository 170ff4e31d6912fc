-- Leader classification (issue 13): the heads of the block's units that take no place are classified
-- too; their entry keeps why the unit is not ranked (rank_place stays null).
ALTER TABLE leader_classification_entry
    ADD COLUMN unranked_reason VARCHAR(30) NULL,
    ADD COLUMN unranked_note VARCHAR(1000) NULL;
