package vn.parindex.leaders;

/**
 * The secretariat sent a block's classification of the heads of its units to the leader, who approves
 * it or returns it (the provincial leaders are told).
 */
public record LeadersSubmitted(long periodId, int year, long blockId, String blockNameVi, String blockNameEn) {}
