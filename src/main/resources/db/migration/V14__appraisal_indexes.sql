-- Appraiser consistency over a whole period (1,000 units x 200 items): the reviewed items are read
-- from the period's appraisals through this index alone (appraiser and appraised score included, the
-- score item's id to reach the self score), in order, without touching the wide appraisal_item rows.
-- It starts with appraisal_id, so it also serves the foreign key and replaces the single-column index.
ALTER TABLE appraisal_item
    ADD INDEX ix_appraisal_item_reviewed (appraisal_id, appraised_by, appraised_score, score_item_id),
    DROP INDEX ix_appraisal_item_appraisal;
