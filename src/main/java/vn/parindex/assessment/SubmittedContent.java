package vn.parindex.assessment;

import java.util.List;
import java.util.Map;

/**
 * What a unit entered in its self-assessment, for those who review it (the appraisal council): the
 * items by criteria node with the id of each stored score item, and the unit's evidence library.
 */
public record SubmittedContent(
        AssessmentRef assessment,
        Map<Long, ItemState> items,
        Map<Long, Long> scoreItemIds,
        List<EvidenceSummary> library) {}
