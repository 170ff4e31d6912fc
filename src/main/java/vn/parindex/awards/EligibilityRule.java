package vn.parindex.awards;

import java.math.BigDecimal;

/**
 * One eligibility rule of a period and award type, for collectives or individuals.
 *
 * @param blockId the block it applies to; null for every block
 * @param blockNameVi the block's name (for the findings), null with blockId
 * @param rankLimit N of {@link RuleKind#RANK_TOP_N}
 * @param minIndex the index of {@link RuleKind#INDEX_AT_LEAST}
 */
public record EligibilityRule(
        long id,
        long awardTypeId,
        NominationKind subject,
        RuleKind kind,
        Long blockId,
        String blockNameVi,
        String blockNameEn,
        Integer rankLimit,
        BigDecimal minIndex) {}
