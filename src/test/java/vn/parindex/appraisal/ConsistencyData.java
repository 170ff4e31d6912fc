package vn.parindex.appraisal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.assessment.OverviewData;
import vn.parindex.criteria.CriteriaCatalog;
import vn.parindex.criteria.CriteriaEditor;
import vn.parindex.criteria.CriteriaNodeView;

/**
 * Many appraised units written straight into the tables, in a block of their own, for measuring the
 * consistency view: every item reviewed by one of five appraisers (by unit), deductions varying by
 * item and unit. {@link #cleanUp} removes it all again.
 */
public final class ConsistencyData {

    /** Ids above the overview data's (9e9) and the fixtures' (7e9) ranges. */
    private static final AtomicLong NEXT_ID = new AtomicLong(9_500_000_000L);

    private final JdbcTemplate jdbc;
    public final long blockId;
    public final long setId;
    public final List<Long> units;
    public final List<Long> components;

    private ConsistencyData(JdbcTemplate jdbc, long blockId, long setId, List<Long> units, List<Long> components) {
        this.jdbc = jdbc;
        this.blockId = blockId;
        this.setId = setId;
        this.units = units;
        this.components = components;
    }

    /** A block with {@code units} units and a set of 20 x {@code perCriterion} components in the period. */
    public static ConsistencyData create(
            JdbcTemplate jdbc,
            CriteriaEditor editor,
            CriteriaCatalog catalog,
            long periodId,
            String blockCode,
            int units,
            int perCriterion) {
        jdbc.update(
                "insert into org_block (code, name_vi, name_en, sort_order, active, version)"
                        + " values (?, 'Khối đo nhất quán', 'Consistency block', 98, true, 0)",
                blockCode);
        long blockId = jdbc.queryForObject("select id from org_block where code = ?", Long.class, blockCode);
        List<Object[]> rows = new ArrayList<>();
        for (int index = 1; index <= units; index++) {
            rows.add(new Object[] {
                blockCode + index, "Đơn vị đo " + index, "Measured unit " + index, "ĐV " + index, blockId, index
            });
        }
        jdbc.batchUpdate(
                "insert into org_unit (code, name_vi, name_en, short_name, block_id, ranked, active, sort_order,"
                        + " version) values (?, ?, ?, ?, ?, true, true, ?, 0)",
                rows);
        List<Long> unitIds =
                jdbc.queryForList("select id from org_unit where block_id = ? order by id", Long.class, blockId);
        long setId = editor.createSet(periodId, blockId);
        editor.replaceAll(setId, OverviewData.set(perCriterion));
        List<Long> components =
                catalog.tree(setId).components().map(CriteriaNodeView::id).toList();
        return new ConsistencyData(jdbc, blockId, setId, unitIds, components);
    }

    /** Appraises the units (by index, from inclusive to exclusive): self full marks, deductions varying. */
    public void appraise(long periodId, int from, int to) {
        Timestamp now = Timestamp.from(Instant.now());
        for (long unitId : units.subList(from, to)) {
            jdbc.update(
                    "insert into self_assessment (period_id, unit_id, set_id, status, created_at, submitted_by,"
                            + " submitted_at, version) values (?, ?, ?, 'SUBMITTED', ?, 'do-luong', ?, 0)",
                    periodId,
                    unitId,
                    setId,
                    now,
                    now);
            long assessmentId = jdbc.queryForObject(
                    "select id from self_assessment where period_id = ? and unit_id = ?", Long.class, periodId, unitId);
            jdbc.update(
                    "insert into appraisal (assessment_id, status, not_ranked, version) values (?, 'FINAL', false, 0)",
                    assessmentId);
            long appraisalId =
                    jdbc.queryForObject("select id from appraisal where assessment_id = ?", Long.class, assessmentId);
            String appraiser = "nhat-quan-" + (unitId % 5);
            List<Object[]> items = new ArrayList<>();
            List<Object[]> appraised = new ArrayList<>();
            for (int index = 0; index < components.size(); index++) {
                long itemId = NEXT_ID.incrementAndGet();
                BigDecimal self = new BigDecimal("0.25");
                // Every third item lowered, more for some units, so the spread is never zero.
                BigDecimal score = (index + unitId) % 3 == 0
                        ? BigDecimal.valueOf((unitId + index) % 4).multiply(new BigDecimal("0.05"))
                        : self;
                items.add(new Object[] {itemId, assessmentId, components.get(index), setId, self});
                appraised.add(
                        new Object[] {NEXT_ID.incrementAndGet(), appraisalId, itemId, score, appraiser, now, score});
            }
            jdbc.batchUpdate(
                    "insert into score_item (id, assessment_id, node_id, set_id, self_score, needs_recheck, version)"
                            + " values (?, ?, ?, ?, ?, false, 0)",
                    items);
            jdbc.batchUpdate(
                    "insert into appraisal_item (id, appraisal_id, score_item_id, appraised_score, appraised_by,"
                            + " appraised_at, final_score, version) values (?, ?, ?, ?, ?, ?, ?, 0)",
                    appraised);
        }
    }

    /** Removes the block's appraisals, assessments, set, units and the block. */
    public void cleanUp(long periodId) {
        String assessments = "select id from self_assessment where period_id = " + periodId
                + " and unit_id in (select id from org_unit where block_id = " + blockId + ")";
        jdbc.update("delete from appraisal_item where appraisal_id in"
                + " (select id from appraisal where assessment_id in (" + assessments + "))");
        jdbc.update("delete from appraisal where assessment_id in (" + assessments + ")");
        jdbc.update("delete from score_item where assessment_id in (" + assessments + ")");
        jdbc.update(
                "delete from self_assessment where period_id = ? and unit_id in"
                        + " (select id from org_unit where block_id = ?)",
                periodId,
                blockId);
        jdbc.update("delete from criteria_not_applicable where set_id = ?", setId);
        jdbc.update("delete from criteria_change where set_id = ?", setId);
        IntStream.of(0, 1, 2)
                .forEach(pass -> jdbc.update(
                        "delete from criteria_node where set_id = ? and level = ?",
                        setId,
                        List.of("COMPONENT", "CRITERION", "AREA").get(pass)));
        jdbc.update("delete from criteria_node where set_id = ?", setId);
        jdbc.update("delete from criteria_set where id = ?", setId);
        jdbc.update("delete from org_unit where block_id = ?", blockId);
        jdbc.update("delete from org_block where id = ?", blockId);
    }
}
