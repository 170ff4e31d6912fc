package vn.parindex.dashboard;

import java.util.List;
import vn.parindex.leaders.LevelSummary;
import vn.parindex.organization.BlockSummary;
import vn.parindex.period.PeriodSummary;
import vn.parindex.ranking.BlockResults;
import vn.parindex.ranking.UnitYearIndex;

/**
 * Everything the province dashboard shows for one period and block, read in a constant number of
 * statements whatever the number of units and years.
 *
 * @param results the block's results: the latest publication, or the draft for the roles that may see
 *     drafts (never a focal point: the dashboard is not theirs)
 * @param history the block's published results of the last {@link Dashboards#YEARS} years up to the
 *     period's year, oldest first
 * @param progress the current period's progress, null when every period is published
 * @param leaders heads per level this year and last year, null for a role that may not read it
 * @param awards award counts this year and last year by type, null for a role that may not read them
 */
public record ProvinceDashboard(
        PeriodSummary period,
        BlockSummary block,
        BlockResults results,
        List<UnitYearIndex> history,
        List<Mover> moversUp,
        List<Mover> moversDown,
        CycleProgress progress,
        LevelSummary leaders,
        List<AwardCount> awards) {

    public ProvinceDashboard {
        history = List.copyOf(history);
        moversUp = List.copyOf(moversUp);
        moversDown = List.copyOf(moversDown);
        awards = awards == null ? null : List.copyOf(awards);
    }
}
