package vn.parindex.ranking.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import vn.parindex.period.RankingBand;
import vn.parindex.ranking.AreaHeading;
import vn.parindex.ranking.AreaResult;
import vn.parindex.ranking.BlockResults;
import vn.parindex.ranking.PublicationRef;
import vn.parindex.ranking.RankChange;
import vn.parindex.ranking.UnitResultRow;
import vn.parindex.ranking.UnrankedUnit;

/**
 * Frozen publications: writes a block's computed results as a new revision (batched, a constant
 * number of statements) and reads a revision back as the same {@link BlockResults}. Nothing here reads
 * scores, criteria or units: a publication never changes once written.
 */
@Component
public class PublicationStore {

    private final JdbcTemplate jdbc;

    PublicationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The revisions of a block's publication, oldest first. */
    public List<PublicationRef> history(long periodId, long blockId) {
        return jdbc.query(
                """
                select id, revision, published_at, published_by, reason, decision_number
                from ranking_publication where period_id = ? and block_id = ? order by revision
                """,
                (rs, n) -> new PublicationRef(
                        rs.getLong("id"),
                        rs.getInt("revision"),
                        instant(rs.getObject("published_at")),
                        rs.getString("published_by"),
                        rs.getString("reason"),
                        rs.getString("decision_number")),
                periodId,
                blockId);
    }

    /**
     * Records the signed decision on a revision, once: false when the revision already has a number
     * (a single conditional update, so two secretaries cannot both number it).
     */
    public boolean recordDecision(long publicationId, vn.parindex.ranking.DecisionDetails decision) {
        return jdbc.update(
                        """
                        update ranking_publication set decision_number = ?, decision_date = ?,
                               decision_signer_capacity = ?, decision_signer_position = ?, decision_signer = ?
                        where id = ? and decision_number is null
                        """,
                        decision.number(),
                        java.sql.Date.valueOf(decision.date()),
                        decision.signerCapacity(),
                        decision.signerPosition(),
                        decision.signerName(),
                        publicationId)
                == 1;
    }

    /** The signed decision recorded on a revision, if any. */
    public Optional<vn.parindex.ranking.DecisionDetails> decision(long publicationId) {
        return jdbc
                .query(
                        """
                        select decision_number, decision_date, decision_signer_capacity, decision_signer_position,
                               decision_signer
                        from ranking_publication where id = ? and decision_number is not null
                        """,
                        (rs, n) -> new vn.parindex.ranking.DecisionDetails(
                                rs.getString("decision_number"),
                                rs.getDate("decision_date").toLocalDate(),
                                rs.getString("decision_signer_capacity"),
                                rs.getString("decision_signer_position"),
                                rs.getString("decision_signer")),
                        publicationId)
                .stream()
                .findFirst();
    }

    public Optional<PublicationRef> latestRef(long periodId, long blockId) {
        List<PublicationRef> history = history(periodId, blockId);
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }

    /** The latest revision of the block's publication. */
    public Optional<BlockResults> latest(long periodId, long blockId) {
        return latestRef(periodId, blockId).map(ref -> read(ref));
    }

    /** Blocks of the period with at least one publication. */
    public List<Long> publishedBlocks(long periodId) {
        return jdbc.queryForList(
                "select distinct block_id from ranking_publication where period_id = ?", Long.class, periodId);
    }

    /** Periods with at least one publication of the block. */
    public List<Long> periodsPublishing(long blockId) {
        return jdbc.queryForList(
                "select distinct period_id from ranking_publication where block_id = ?", Long.class, blockId);
    }

    /**
     * Every ranked unit's row of the block's latest publication of each year from {@code fromYear} to
     * {@code toYear}, oldest year first and best rank first: one statement whatever the number of
     * units and years.
     */
    public List<vn.parindex.ranking.UnitYearIndex> blockHistory(long blockId, int fromYear, int toYear) {
        return jdbc.query(
                """
                select p.period_id, p.year, r.unit_id, r.unit_code, r.unit_name_vi, r.unit_name_en,
                       r.unit_short_name, r.result_index, r.rank_place, r.band_min, r.band_name_vi, r.band_name_en
                from ranking_result r
                join ranking_publication p on p.id = r.publication_id
                where p.block_id = ? and p.year between ? and ? and r.unranked_reason is null
                  and p.revision = (select max(q.revision) from ranking_publication q
                                    where q.period_id = p.period_id and q.block_id = p.block_id)
                order by p.year, r.position
                """,
                (rs, n) -> {
                    BigDecimal bandMin = rs.getBigDecimal("band_min");
                    return new vn.parindex.ranking.UnitYearIndex(
                            rs.getLong("period_id"),
                            rs.getInt("year"),
                            rs.getLong("unit_id"),
                            rs.getString("unit_code"),
                            rs.getString("unit_name_vi"),
                            rs.getString("unit_name_en"),
                            rs.getString("unit_short_name"),
                            rs.getBigDecimal("result_index"),
                            rs.getInt("rank_place"),
                            bandMin == null
                                    ? null
                                    : new RankingBand(
                                            bandMin, rs.getString("band_name_vi"), rs.getString("band_name_en")));
                },
                blockId,
                fromYear,
                toYear);
    }

    /** One revision as it was published. */
    public BlockResults read(PublicationRef ref) {
        Map<String, Object> head = jdbc.queryForMap(
                "select period_id, block_id, year, block_name_vi, block_name_en from ranking_publication where id = ?",
                ref.id());
        List<AreaHeading> areas = jdbc.query(
                """
                select area_node_id, code, name_vi, name_en, maximum from ranking_publication_area
                where publication_id = ? order by position
                """,
                (rs, n) -> new AreaHeading(
                        rs.getLong("area_node_id"),
                        rs.getString("code"),
                        rs.getString("name_vi"),
                        rs.getString("name_en"),
                        rs.getBigDecimal("maximum")),
                ref.id());
        Map<Long, Map<Long, AreaResult>> areaResults = new HashMap<>();
        jdbc.query(
                """
                select unit_id, area_node_id, points, applicable_maximum, area_index from ranking_result_area
                where publication_id = ?
                """,
                rs -> {
                    areaResults
                            .computeIfAbsent(rs.getLong("unit_id"), id -> new HashMap<>())
                            .put(
                                    rs.getLong("area_node_id"),
                                    new AreaResult(
                                            rs.getLong("area_node_id"),
                                            rs.getBigDecimal("points"),
                                            rs.getBigDecimal("applicable_maximum"),
                                            rs.getBigDecimal("area_index")));
                },
                ref.id());
        List<UnitResultRow> ranked = new ArrayList<>();
        List<UnrankedUnit> notRanked = new ArrayList<>();
        jdbc.query(
                "select * from ranking_result where publication_id = ? order by position",
                rs -> {
                    long unitId = rs.getLong("unit_id");
                    String reason = rs.getString("unranked_reason");
                    if (reason != null) {
                        notRanked.add(new UnrankedUnit(
                                unitId,
                                rs.getString("unit_code"),
                                rs.getString("unit_name_vi"),
                                rs.getString("unit_name_en"),
                                UnrankedUnit.Reason.valueOf(reason),
                                rs.getString("unranked_note")));
                        return;
                    }
                    int previous = rs.getInt("previous_rank");
                    Integer previousRank = rs.wasNull() ? null : previous;
                    BigDecimal bandMin = rs.getBigDecimal("band_min");
                    RankingBand band = bandMin == null
                            ? null
                            : new RankingBand(bandMin, rs.getString("band_name_vi"), rs.getString("band_name_en"));
                    Map<Long, AreaResult> byArea = areaResults.getOrDefault(unitId, Map.of());
                    List<AreaResult> unitAreas = areas.stream()
                            .map(area -> byArea.getOrDefault(
                                    area.nodeId(),
                                    new AreaResult(area.nodeId(), BigDecimal.ZERO, BigDecimal.ZERO, null)))
                            .toList();
                    ranked.add(new UnitResultRow(
                            unitId,
                            rs.getString("unit_code"),
                            rs.getString("unit_name_vi"),
                            rs.getString("unit_name_en"),
                            rs.getString("unit_short_name"),
                            rs.getBigDecimal("total"),
                            rs.getBigDecimal("adjustments"),
                            rs.getBigDecimal("applicable_maximum"),
                            rs.getBigDecimal("result_index"),
                            rs.getInt("rank_place"),
                            previousRank,
                            new RankChange(
                                    RankChange.Direction.valueOf(rs.getString("change_direction")),
                                    rs.getInt("change_places")),
                            band,
                            unitAreas));
                },
                ref.id());
        return new BlockResults(
                ((Number) head.get("period_id")).longValue(),
                ((Number) head.get("year")).intValue(),
                ((Number) head.get("block_id")).longValue(),
                (String) head.get("block_name_vi"),
                (String) head.get("block_name_en"),
                areas,
                ranked,
                notRanked,
                Optional.of(ref));
    }

    /** Writes the results as the block's next revision and returns its reference. */
    public PublicationRef save(BlockResults results, String reason, Instant at, String by) {
        Integer last = jdbc.queryForObject(
                "select max(revision) from ranking_publication where period_id = ? and block_id = ?",
                Integer.class,
                results.periodId(),
                results.blockId());
        int revision = last == null ? 1 : last + 1;
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    var statement = connection.prepareStatement("""
                            insert into ranking_publication (period_id, block_id, revision, year, block_name_vi,
                                block_name_en, reason, published_at, published_by)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                            """, new String[] {"id"});
                    statement.setLong(1, results.periodId());
                    statement.setLong(2, results.blockId());
                    statement.setInt(3, revision);
                    statement.setInt(4, results.year());
                    statement.setString(5, results.blockNameVi());
                    statement.setString(6, results.blockNameEn());
                    statement.setString(7, reason);
                    statement.setTimestamp(8, Timestamp.valueOf(LocalDateTime.ofInstant(at, ZoneOffset.UTC)));
                    statement.setString(9, by);
                    return statement;
                },
                keys);
        long id = keys.getKey().longValue();
        List<Object[]> areaRows = new ArrayList<>();
        int position = 0;
        for (AreaHeading area : results.areas()) {
            areaRows.add(new Object[] {
                id, area.nodeId(), position++, area.code(), area.nameVi(), area.nameEn(), area.maximum()
            });
        }
        jdbc.batchUpdate("""
                insert into ranking_publication_area (publication_id, area_node_id, position, code, name_vi,
                    name_en, maximum) values (?, ?, ?, ?, ?, ?, ?)
                """, areaRows);
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> unitAreas = new ArrayList<>();
        position = 0;
        for (UnitResultRow row : results.ranked()) {
            RankingBand band = row.band();
            rows.add(new Object[] {
                id,
                row.unitId(),
                position++,
                row.unitCode(),
                row.unitNameVi(),
                row.unitNameEn(),
                row.unitShortName(),
                row.total(),
                row.adjustments(),
                row.applicableMaximum(),
                row.index(),
                row.rank(),
                row.previousRank(),
                row.change().direction().name(),
                row.change().places(),
                band == null ? null : band.minIndex(),
                band == null ? null : band.nameVi(),
                band == null ? null : band.nameEn(),
                null,
                null
            });
            for (AreaResult area : row.areas()) {
                unitAreas.add(new Object[] {
                    id, row.unitId(), area.areaNodeId(), area.points(), area.applicableMaximum(), area.index()
                });
            }
        }
        for (UnrankedUnit unit : results.notRanked()) {
            rows.add(new Object[] {
                id,
                unit.unitId(),
                position++,
                unit.unitCode(),
                unit.unitNameVi(),
                unit.unitNameEn(),
                unit.unitCode(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                unit.reason().name(),
                unit.note()
            });
        }
        jdbc.batchUpdate("""
                insert into ranking_result (publication_id, unit_id, position, unit_code, unit_name_vi, unit_name_en,
                    unit_short_name, total, adjustments, applicable_maximum, result_index, rank_place,
                    previous_rank, change_direction, change_places, band_min, band_name_vi, band_name_en,
                    unranked_reason, unranked_note)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows);
        jdbc.batchUpdate("""
                insert into ranking_result_area (publication_id, unit_id, area_node_id, points, applicable_maximum,
                    area_index) values (?, ?, ?, ?, ?, ?)
                """, unitAreas);
        return new PublicationRef(id, revision, at, by, reason, null);
    }

    static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        return null;
    }
}
