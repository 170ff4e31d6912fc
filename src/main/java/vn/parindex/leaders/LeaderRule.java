package vn.parindex.leaders;

import java.math.BigDecimal;

/**
 * One rule of a period's leader classification, with its name and plain-language explanation.
 *
 * @param bandMin the band's minimum index (PROPOSE, CAP_BAND); null for PROPOSE means any band
 * @param rankCount top N (PROPOSE, optional) or last N (CAP_LAST_RANKS)
 * @param minMonths absence from (ABSENCE)
 * @param maxMonths absence to under (ABSENCE)
 * @param percent the largest share in % (SHARE_CAP)
 */
public record LeaderRule(
        RuleKind kind,
        String name,
        String explanation,
        Level level,
        BigDecimal bandMin,
        Integer rankCount,
        Integer minMonths,
        Integer maxMonths,
        BigDecimal percent) {

    public static LeaderRule propose(String name, String explanation, Level level, BigDecimal bandMin, Integer top) {
        return new LeaderRule(RuleKind.PROPOSE, name, explanation, level, bandMin, top, null, null, null);
    }

    public static LeaderRule otherwise(String name, String explanation, Level level) {
        return new LeaderRule(RuleKind.DEFAULT, name, explanation, level, null, null, null, null, null);
    }

    public static LeaderRule capBand(String name, String explanation, BigDecimal bandMin, Level level) {
        return new LeaderRule(RuleKind.CAP_BAND, name, explanation, level, bandMin, null, null, null, null);
    }

    public static LeaderRule capLastRanks(String name, String explanation, int count, Level level) {
        return new LeaderRule(RuleKind.CAP_LAST_RANKS, name, explanation, level, null, count, null, null, null);
    }

    public static LeaderRule discipline(String name, String explanation) {
        return new LeaderRule(
                RuleKind.DISCIPLINE, name, explanation, Level.NOT_COMPLETED, null, null, null, null, null);
    }

    public static LeaderRule absence(String name, String explanation, int minMonths, int maxMonths, Level level) {
        return new LeaderRule(RuleKind.ABSENCE, name, explanation, level, null, null, minMonths, maxMonths, null);
    }

    public static LeaderRule shareCap(String name, String explanation, Level level, BigDecimal percent) {
        return new LeaderRule(RuleKind.SHARE_CAP, name, explanation, level, null, null, null, null, percent);
    }
}
