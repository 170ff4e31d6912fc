package vn.parindex.criteria.internal;

import java.math.BigDecimal;
import vn.parindex.criteria.NodeLevel;
import vn.parindex.criteria.ScoringMethod;

/**
 * One node of a set with what scoring needs, one row per allowed choice (the choice columns are
 * null for nodes without), and whether the unit is excluded from the node itself.
 */
public record ScoringRow(
        Long id,
        Long parentId,
        NodeLevel level,
        String code,
        ScoringMethod method,
        BigDecimal maxPoints,
        BigDecimal rangeMin,
        BigDecimal rangeMax,
        BigDecimal step,
        Boolean evidenceRequired,
        BigDecimal choiceValue,
        String choiceVi,
        String choiceEn,
        Boolean excluded) {}
