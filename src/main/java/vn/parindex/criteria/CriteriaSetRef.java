package vn.parindex.criteria;

public record CriteriaSetRef(long setId, long periodId, long blockId) {}
