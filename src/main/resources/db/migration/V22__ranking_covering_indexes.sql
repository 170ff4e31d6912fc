-- The draft ranking sums every item of a block's assessments (200,000 items for 1,000 units, 2,000,000
-- for 10,000): the score item (node and self score) and its appraisal (final and appraised score) are
-- read from these indexes alone, in the assessment's order, never from the wide rows (notes, comments,
-- questions, answers). The unique keys on (assessment_id, node_id) and (score_item_id) stay as they are.
ALTER TABLE score_item
    ADD INDEX ix_score_item_assessment_scores (assessment_id, node_id, self_score);

ALTER TABLE appraisal_item
    ADD INDEX ix_appraisal_item_scores (score_item_id, final_score, appraised_score);
