package vn.parindex.appraisal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.assessment.OwnPeriods;
import vn.parindex.criteria.ImportedNode;
import vn.parindex.criteria.NodeDraft;
import vn.parindex.criteria.NodeLevel;
import vn.parindex.criteria.Scoring;
import vn.parindex.criteria.ScoringMethod;
import vn.parindex.period.PeriodAdministration;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.period.Phase;
import vn.parindex.ranking.ResultPublications;
import vn.parindex.support.SignIn;

/**
 * Periods of the survey, vote and consistency tests (years 2050-2059), with appraisals written
 * straight into the tables: the appraisal core's services are another module's work, and these tests
 * only need their outcome (items appraised, appraisals final or not ranked).
 */
public final class AppraisalRows {

    /** Created first, so tests that take "the year after the latest period" never land on ours. */
    static final int CEILING_YEAR = 2059;

    /** Ids far above what the sequences hand out in a test run (the overview data uses 9e9). */
    private static final AtomicLong NEXT_ID = new AtomicLong(7_000_000_000L + (System.nanoTime() % 1000) * 1_000_000L);

    private AppraisalRows() {}

    /**
     * The period of that year with {@link #surveySet()} in every block, in the given phase (set
     * directly: the phase checks of other modules are not what these tests are about). Signs in as
     * the secretariat and leaves it signed in.
     */
    public static long period(ApplicationContext context, int year, Phase phase) {
        ceiling(context);
        long periodId = OwnPeriods.prepare(context, year, surveySet());
        phase(context.getBean(JdbcTemplate.class), periodId, phase);
        return periodId;
    }

    /**
     * The last test year's period (in preparation, holding nothing of its own), created when missing;
     * measurements add a block and set of their own to it and remove them afterwards. Signs in as the
     * secretariat.
     */
    public static long ceiling(ApplicationContext context) {
        SignIn.as(context, "noivu");
        PeriodDirectory periods = context.getBean(PeriodDirectory.class);
        return periods.byYear(CEILING_YEAR)
                .map(vn.parindex.period.PeriodSummary::id)
                .orElseGet(() -> context.getBean(PeriodAdministration.class)
                        .createPeriod(CEILING_YEAR, "Kỳ thử " + CEILING_YEAR, "Test period " + CEILING_YEAR));
    }

    /** The council's vote approved the block, written straight in as the vote leaves it. */
    public static void approved(JdbcTemplate jdbc, long periodId, long blockId) {
        jdbc.update(
                "insert into block_decision (period_id, block_id, status, approved_at, version)"
                        + " values (?, ?, 'APPROVED', ?, 0)",
                periodId,
                blockId,
                Timestamp.from(Instant.now()));
    }

    /**
     * The block approved and published by the secretariat (noivu, left signed in), the period moved to
     * PUBLISHED.
     */
    public static void published(ApplicationContext context, long periodId, long blockId) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        approved(jdbc, periodId, blockId);
        SignIn.as(context, "noivu");
        context.getBean(ResultPublications.class).publish(periodId, blockId);
        phase(jdbc, periodId, Phase.PUBLISHED);
    }

    public static void phase(JdbcTemplate jdbc, long periodId, Phase phase) {
        jdbc.update("update assessment_period set phase = ? where id = ?", phase.name(), periodId);
    }

    /**
     * 100 points: area 1 (criterion 1.1: a range of 40 and one of 30, steps of 0.5), area 2 the
     * survey (criterion 2.1: 2.1.1 of 10 and 2.1.2 of 20), and a bonus line T1 of 0 to 2.
     */
    public static List<ImportedNode> surveySet() {
        List<ImportedNode> rows = new ArrayList<>();
        rows.add(group(NodeLevel.AREA, "1", "70"));
        rows.add(group(NodeLevel.CRITERION, "1.1", "70"));
        rows.add(component("1.1.1", ScoringMethod.RANGE, "40"));
        rows.add(component("1.1.2", ScoringMethod.RANGE, "30"));
        rows.add(group(NodeLevel.AREA, "2", "30"));
        rows.add(group(NodeLevel.CRITERION, "2.1", "30"));
        rows.add(component("2.1.1", ScoringMethod.SURVEY, "10"));
        rows.add(component("2.1.2", ScoringMethod.SURVEY, "20"));
        rows.add(new ImportedNode(
                "T1",
                new NodeDraft(
                        NodeLevel.ADJUSTMENT,
                        "Điểm thưởng",
                        "Bonus",
                        Scoring.adjustment(BigDecimal.ZERO, new BigDecimal("2"), new BigDecimal("0.5")),
                        false,
                        null,
                        null)));
        return rows;
    }

    private static ImportedNode group(NodeLevel level, String code, String max) {
        return new ImportedNode(code, NodeDraft.group(level, "Nhóm " + code, "Group " + code, new BigDecimal(max)));
    }

    private static ImportedNode component(String code, ScoringMethod method, String max) {
        BigDecimal points = new BigDecimal(max);
        boolean range = method == ScoringMethod.RANGE;
        return new ImportedNode(
                code,
                new NodeDraft(
                        NodeLevel.COMPONENT,
                        "Thành phần " + code,
                        "Component " + code,
                        new Scoring(
                                method,
                                points,
                                range ? BigDecimal.ZERO : null,
                                range ? points : null,
                                range ? new BigDecimal("0.5") : null,
                                List.of()),
                        false,
                        null,
                        null));
    }

    /** The active units of a block now (other tests may have added some). */
    public static List<Long> units(JdbcTemplate jdbc, long blockId) {
        return jdbc.queryForList(
                "select id from org_unit where block_id = ? and active = true order by id", Long.class, blockId);
    }

    /** The node of a code in the unit's set of the period. */
    public static long node(JdbcTemplate jdbc, long periodId, long unitId, String code) {
        return jdbc.queryForObject(
                "select n.id from criteria_node n join criteria_set s on s.id = n.set_id"
                        + " join org_unit u on u.block_id = s.block_id"
                        + " where s.period_id = ? and u.id = ? and n.code = ?",
                Long.class,
                periodId,
                unitId,
                code);
    }

    /**
     * A submitted self-assessment of the unit with an appraisal in that state (FINAL, IN_PROGRESS...);
     * returns the appraisal id.
     */
    public static long appraisal(JdbcTemplate jdbc, long periodId, long unitId, String status, boolean notRanked) {
        Timestamp now = Timestamp.from(Instant.now());
        long setId = jdbc.queryForObject(
                "select s.id from criteria_set s join org_unit u on u.block_id = s.block_id"
                        + " where s.period_id = ? and u.id = ?",
                Long.class,
                periodId,
                unitId);
        jdbc.update(
                "insert into self_assessment (period_id, unit_id, set_id, status, created_at, submitted_by,"
                        + " submitted_at, version) values (?, ?, ?, 'SUBMITTED', ?, 'dau-moi', ?, 0)",
                periodId,
                unitId,
                setId,
                now,
                now);
        long assessmentId = jdbc.queryForObject(
                "select id from self_assessment where period_id = ? and unit_id = ?", Long.class, periodId, unitId);
        jdbc.update(
                "insert into appraisal (assessment_id, status, not_ranked, version) values (?, ?, ?, 0)",
                assessmentId,
                status,
                notRanked);
        return jdbc.queryForObject("select id from appraisal where assessment_id = ?", Long.class, assessmentId);
    }

    /** A score item with its appraisal item (any score may be null). */
    public static void item(
            JdbcTemplate jdbc,
            long appraisalId,
            long nodeId,
            BigDecimal self,
            BigDecimal appraised,
            BigDecimal finalScore,
            String appraisedBy) {
        Map<String, Object> assessment = jdbc.queryForMap(
                "select a.id, a.set_id from self_assessment a join appraisal p on p.assessment_id = a.id"
                        + " where p.id = ?",
                appraisalId);
        long itemId = NEXT_ID.incrementAndGet();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update(
                "insert into score_item (id, assessment_id, node_id, set_id, self_score, needs_recheck, version)"
                        + " values (?, ?, ?, ?, ?, false, 0)",
                itemId,
                assessment.get("id"),
                nodeId,
                assessment.get("set_id"),
                self);
        jdbc.update(
                "insert into appraisal_item (id, appraisal_id, score_item_id, appraised_score, appraised_by,"
                        + " appraised_at, final_score, version) values (?, ?, ?, ?, ?, ?, ?, 0)",
                NEXT_ID.incrementAndGet(),
                appraisalId,
                itemId,
                appraised,
                appraised == null ? null : appraisedBy,
                appraised == null ? null : now,
                finalScore);
    }

    /**
     * Every active unit of the block appraised and final: self 30 + 25, final 28 + 24 and a bonus of
     * 1 (so 53 before the survey), by {@code appraiser}.
     */
    public static void allFinal(JdbcTemplate jdbc, long periodId, long blockId, String appraiser) {
        for (long unitId : units(jdbc, blockId)) {
            long appraisal = appraisal(jdbc, periodId, unitId, "FINAL", false);
            item(jdbc, appraisal, node(jdbc, periodId, unitId, "1.1.1"), bd("30"), bd("28"), bd("28"), appraiser);
            item(jdbc, appraisal, node(jdbc, periodId, unitId, "1.1.2"), bd("25"), bd("24"), bd("24"), appraiser);
            item(jdbc, appraisal, node(jdbc, periodId, unitId, "T1"), bd("1"), bd("1"), bd("1"), appraiser);
        }
    }

    /** Survey points for every unit of the block straight into an active import: 7 + 15. */
    public static void surveyed(JdbcTemplate jdbc, long periodId, long blockId) {
        jdbc.update(
                "insert into survey_import (period_id, file_name, active, imported_by, imported_at)"
                        + " values (?, 'fixture.csv', true, 'fixture', ?)",
                periodId,
                Timestamp.from(Instant.now()));
        long importId =
                jdbc.queryForObject("select max(id) from survey_import where period_id = ?", Long.class, periodId);
        for (long unitId : units(jdbc, blockId)) {
            jdbc.update(
                    "insert into survey_point (import_id, unit_id, node_id, points) values (?, ?, ?, 7), (?, ?, ?, 15)",
                    importId,
                    unitId,
                    node(jdbc, periodId, unitId, "2.1.1"),
                    importId,
                    unitId,
                    node(jdbc, periodId, unitId, "2.1.2"));
        }
    }

    static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
