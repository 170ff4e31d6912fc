package vn.parindex.ranking.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.period.RankingBand;
import vn.parindex.ranking.BlockResults;
import vn.parindex.ranking.RankChange;
import vn.parindex.ranking.ResultCalculator;
import vn.parindex.ranking.UnitResultRow;
import vn.parindex.ranking.UnrankedUnit;
import vn.parindex.ranking.YearResult;

/**
 * A unit's place in its block's results of a period (the latest publication, or the draft for the
 * roles that may see drafts) and its published results over the years. Callers check access.
 */
@Component
public class ResultHistory {

    private final JdbcTemplate jdbc;
    private final PublicationStore store;
    private final RankingInputs inputs;
    private final PeriodDirectory periods;

    ResultHistory(JdbcTemplate jdbc, PublicationStore store, RankingInputs inputs, PeriodDirectory periods) {
        this.jdbc = jdbc;
        this.store = store;
        this.inputs = inputs;
        this.periods = periods;
    }

    /**
     * @param row the unit's ranked row, empty when it took no place or the block has no results
     * @param ranked the block's ranked rows, best first
     */
    public record Results(
            boolean published,
            Optional<UnitResultRow> row,
            Optional<UnrankedUnit> unranked,
            List<UnitResultRow> ranked,
            List<YearResult> history) {}

    /** The block's results now: the latest publication, else the draft when allowed, else empty. */
    public Optional<BlockResults> block(long periodId, long blockId, boolean draftsAllowed) {
        Optional<BlockResults> published = store.latest(periodId, blockId);
        if (published.isPresent() || !draftsAllowed) {
            return published;
        }
        return Optional.of(draft(periodId, blockId));
    }

    public BlockResults draft(long periodId, long blockId) {
        return ResultCalculator.compute(
                inputs.context(periodId, blockId),
                inputs.inputs(periodId, blockId),
                inputs.previousRanks(periodId, blockId),
                Optional.empty());
    }

    public Results results(long periodId, long blockId, long unitId, boolean draftsAllowed) {
        Optional<BlockResults> block = block(periodId, blockId, draftsAllowed);
        Optional<UnitResultRow> row = block.flatMap(results -> results.ranked().stream()
                .filter(candidate -> candidate.unitId() == unitId)
                .findFirst());
        Optional<UnrankedUnit> unranked = block.flatMap(results -> results.notRanked().stream()
                .filter(candidate -> candidate.unitId() == unitId)
                .findFirst());
        List<YearResult> history = new ArrayList<>(published(unitId));
        boolean published = block.map(BlockResults::published).orElse(false);
        if (block.isPresent() && !published && history.stream().noneMatch(year -> year.periodId() == periodId)) {
            int year = periods.period(periodId).year();
            history.add(row.map(ranked -> new YearResult(
                            periodId,
                            year,
                            ranked.total(),
                            ranked.index(),
                            ranked.rank(),
                            ranked.change(),
                            ranked.band(),
                            false))
                    .orElse(new YearResult(periodId, year, null, null, null, null, null, false)));
            history.sort(Comparator.comparingInt(YearResult::year));
        }
        return new Results(
                published, row, unranked, block.map(BlockResults::ranked).orElse(List.of()), history);
    }

    /** The unit's published results, latest revision per period, oldest first. One statement. */
    public List<YearResult> published(long unitId) {
        return jdbc.query(
                """
                select p.period_id, p.year, r.total, r.result_index, r.rank_place, r.change_direction,
                       r.change_places, r.band_min, r.band_name_vi, r.band_name_en
                from ranking_result r
                join ranking_publication p on p.id = r.publication_id
                where r.unit_id = ?
                  and p.revision = (select max(q.revision) from ranking_publication q
                                    where q.period_id = p.period_id and q.block_id = p.block_id)
                order by p.year
                """,
                (rs, n) -> {
                    int place = rs.getInt("rank_place");
                    Integer rank = rs.wasNull() ? null : place;
                    String direction = rs.getString("change_direction");
                    BigDecimal bandMin = rs.getBigDecimal("band_min");
                    return new YearResult(
                            rs.getLong("period_id"),
                            rs.getInt("year"),
                            rs.getBigDecimal("total"),
                            rs.getBigDecimal("result_index"),
                            rank,
                            direction == null
                                    ? null
                                    : new RankChange(
                                            RankChange.Direction.valueOf(direction), rs.getInt("change_places")),
                            bandMin == null
                                    ? null
                                    : new RankingBand(
                                            bandMin, rs.getString("band_name_vi"), rs.getString("band_name_en")),
                            true);
                },
                unitId);
    }
}
