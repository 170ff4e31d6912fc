package vn.parindex.leaders;

/**
 * The leader returned a block's classification to the secretariat with comments (the secretariat is
 * told, with the comments).
 */
public record LeadersReturned(
        long periodId, int year, long blockId, String blockNameVi, String blockNameEn, String comment) {}
