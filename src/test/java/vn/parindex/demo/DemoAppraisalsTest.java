package vn.parindex.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.criteria.CriteriaCatalog;
import vn.parindex.criteria.CriteriaTree;
import vn.parindex.criteria.NodeLevel;
import vn.parindex.criteria.ScoreRule;
import vn.parindex.criteria.ScoringMethod;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.period.PeriodSummary;
import vn.parindex.period.Phase;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;

/**
 * The 2022 and 2023 demo history, read back from the stored item scores and survey points with SQL:
 * every published fact of the Hai Duong 2023 report and the constraints the leader classifications and
 * awards follow from hold, every score is valid for its node's rule, and nobody appraises their own unit.
 */
@PortalIntegrationTest
class DemoAppraisalsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CriteriaCatalog catalog;

    @Autowired
    PeriodDirectory periods;

    @Autowired
    DemoAppraisals demoAppraisals;

    @BeforeEach
    void signIn() {
        SignIn.as(context, "noivu");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    /** A unit's published result as computed here from the rows. */
    record Result(String code, String block, BigDecimal total, BigDecimal maximum, BigDecimal index, int rank) {}

    record Unit(long id, String code, String block, long blockId) {}

    private List<Unit> units() {
        return jdbc.query(
                "SELECT u.id, u.code, b.code, b.id FROM org_unit u JOIN org_block b ON b.id = u.block_id WHERE u.active",
                (rs, row) -> new Unit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
    }

    private Map<Long, CriteriaTree> trees(long periodId) {
        Map<Long, CriteriaTree> trees = new HashMap<>();
        catalog.sets(periodId).forEach(set -> trees.put(set.blockId(), catalog.tree(set.setId())));
        return trees;
    }

    /** Final scores of applicable items + active survey points; index half-up to 2 decimals; ties share a rank. */
    private Map<String, Result> results(int year) {
        long periodId = periods.byYear(year).orElseThrow().id();
        Map<Long, CriteriaTree> trees = trees(periodId);
        Map<Long, BigDecimal> totals = new HashMap<>();
        Map<Long, Map<Long, ScoreRule>> rules = new HashMap<>();
        for (Unit unit : units()) {
            rules.put(unit.id(), trees.get(unit.blockId()).scoreRules(unit.id()));
            totals.put(unit.id(), BigDecimal.ZERO);
        }
        jdbc.query(
                """
                SELECT a.unit_id, si.node_id, ai.final_score
                FROM self_assessment a
                JOIN score_item si ON si.assessment_id = a.id
                JOIN appraisal_item ai ON ai.score_item_id = si.id
                WHERE a.period_id = ?
                """,
                rs -> {
                    long unit = rs.getLong(1);
                    if (rules.get(unit).get(rs.getLong(2)).applicable() && rs.getBigDecimal(3) != null) {
                        totals.merge(unit, rs.getBigDecimal(3), BigDecimal::add);
                    }
                },
                periodId);
        jdbc.query(
                """
                SELECT p.unit_id, p.node_id, p.points FROM survey_point p
                JOIN survey_import i ON i.id = p.import_id WHERE i.period_id = ? AND i.active
                """,
                rs -> {
                    long unit = rs.getLong(1);
                    if (rules.get(unit).get(rs.getLong(2)).applicable()) {
                        totals.merge(unit, rs.getBigDecimal(3), BigDecimal::add);
                    }
                },
                periodId);
        Map<String, BigDecimal> indexes = new HashMap<>();
        Map<String, BigDecimal> maxima = new HashMap<>();
        List<Unit> units = units();
        for (Unit unit : units) {
            BigDecimal maximum = trees.get(unit.blockId()).maximumFor(unit.id());
            maxima.put(unit.code(), maximum);
            indexes.put(
                    unit.code(),
                    totals.get(unit.id()).multiply(new BigDecimal("100")).divide(maximum, 2, RoundingMode.HALF_UP));
        }
        Map<String, Result> results = new HashMap<>();
        for (Unit unit : units) {
            BigDecimal index = indexes.get(unit.code());
            int rank = 1
                    + (int) units.stream()
                            .filter(other -> other.block().equals(unit.block()))
                            .filter(other -> indexes.get(other.code()).compareTo(index) > 0)
                            .count();
            results.put(
                    unit.code(),
                    new Result(unit.code(), unit.block(), totals.get(unit.id()), maxima.get(unit.code()), index, rank));
        }
        return results;
    }

    private static Set<Integer> ranks(Map<String, Result> results, String... codes) {
        return java.util.Arrays.stream(codes)
                .map(code -> results.get(code).rank())
                .collect(Collectors.toSet());
    }

    private static long count(
            Map<String, Result> results, String block, java.util.function.Predicate<BigDecimal> test) {
        return results.values().stream()
                .filter(result -> result.block().equals(block) && test.test(result.index()))
                .count();
    }

    @Test
    void the2023FactsOfTheReportHold() {
        Map<String, Result> results = results(2023);
        printResults(2023, results);
        assertThat(results.values().stream().filter(r -> r.block().equals("DEPARTMENT")))
                .hasSize(18);
        assertThat(results.values().stream().filter(r -> r.block().equals("DISTRICT")))
                .hasSize(12);

        assertThat(results.get("SGTVT").rank()).isEqualTo(1);
        assertThat(results.get("SGTVT").index()).isEqualByComparingTo("92.86");
        assertThat(results.get("SNV").rank()).isEqualTo(2);
        assertThat(results.get("SNV").index()).isEqualByComparingTo("91.11");
        assertThat(ranks(results, "SGDDT", "STTTT", "SNNPTNT", "SVHTTDL")).containsExactlyInAnyOrder(3, 4, 5, 6);
        assertThat(results.get("BQLKCN").rank()).isEqualTo(17);
        assertThat(results.get("SYT").rank()).isEqualTo(18);
        assertThat(count(results, "DEPARTMENT", index -> index.compareTo(BigDecimal.valueOf(90)) >= 0))
                .isEqualTo(6);

        assertThat(results.get("HNS").rank()).isEqualTo(1);
        assertThat(results.get("HNS").index()).isEqualByComparingTo("90.86");
        assertThat(results.get("TPCL").rank()).isEqualTo(2);
        assertThat(results.get("TPCL").index()).isEqualByComparingTo("88.82");
        assertThat(ranks(results, "HKT", "HNG")).containsExactlyInAnyOrder(3, 4);
        assertThat(results.get("HTK").rank()).isEqualTo(11);
        assertThat(results.get("HTM").rank()).isEqualTo(12);
        assertThat(count(results, "DISTRICT", index -> index.compareTo(BigDecimal.valueOf(90)) >= 0))
                .isEqualTo(1);

        assertThat(results.values())
                .allSatisfy(result -> assertThat(result.index()).isGreaterThanOrEqualTo(BigDecimal.valueOf(70)));
        // No two units of a block share an index, so every rank above is the unit's alone.
        assertThat(results.values().stream().map(r -> r.block() + r.rank()).distinct())
                .hasSize(30);
    }

    @Test
    void the2022FactsOfTheReportHold() {
        Map<String, Result> results = results(2022);
        printResults(2022, results);
        assertThat(results.get("SGTVT").rank()).isEqualTo(1);
        assertThat(results.get("SNV").rank()).isEqualTo(2);
        assertThat(results.get("BQLKCN").rank()).isEqualTo(17);
        assertThat(results.get("SYT").rank()).isEqualTo(18);
        assertThat(results.values().stream()
                        .filter(r -> r.block().equals("DEPARTMENT") && r.index().compareTo(BigDecimal.valueOf(70)) < 0)
                        .map(Result::code))
                .containsExactlyInAnyOrder("BQLKCN", "SYT");

        assertThat(results.get("HNS").rank()).isEqualTo(1);
        assertThat(results.get("TPCL").rank()).isEqualTo(3);
        assertThat(results.get("HTK").rank()).isEqualTo(11);
        assertThat(results.get("HTM").rank()).isEqualTo(6);
        assertThat(count(results, "DISTRICT", index -> index.compareTo(BigDecimal.valueOf(70)) < 0))
                .isEqualTo(2);
        assertThat(results.values().stream().map(r -> r.block() + r.rank()).distinct())
                .hasSize(30);
    }

    @Test
    void everyStoredScoreIsValidForItsRuleAndEveryComponentIsScored() {
        for (int year : new int[] {2022, 2023}) {
            long periodId = periods.byYear(year).orElseThrow().id();
            Map<Long, CriteriaTree> trees = trees(periodId);
            Map<Long, Unit> units = units().stream().collect(Collectors.toMap(Unit::id, unit -> unit));
            Map<Long, Integer> items = new HashMap<>();
            jdbc.query(
                    """
                    SELECT a.unit_id, si.node_id, si.self_score, ai.appraised_score, ai.final_score, a.status, ap.status,
                           ai.explanation_accepted, ai.question, ai.answer
                    FROM self_assessment a
                    JOIN score_item si ON si.assessment_id = a.id
                    JOIN appraisal ap ON ap.assessment_id = a.id
                    JOIN appraisal_item ai ON ai.score_item_id = si.id AND ai.appraisal_id = ap.id
                    WHERE a.period_id = ?
                    """,
                    rs -> {
                        long unit = rs.getLong(1);
                        ScoreRule rule = trees.get(units.get(unit).blockId())
                                .scoreRules(unit)
                                .get(rs.getLong(2));
                        assertThat(rule.selfScored()).isTrue();
                        for (int column = 3; column <= 5; column++) {
                            BigDecimal score = rs.getBigDecimal(column);
                            assertThat(score).as("%s %s", rule.code(), column).isNotNull();
                            assertThat(rule.problemWith(score))
                                    .as("%s %s", rule.code(), score)
                                    .isEmpty();
                        }
                        assertThat(rs.getString(6)).isEqualTo("SUBMITTED");
                        assertThat(rs.getString(7)).isEqualTo("FINAL");
                        if (rs.getString(9) != null) {
                            assertThat(rs.getString(10)).isNotBlank();
                            assertThat(rs.getObject(8)).isNotNull();
                        }
                        items.merge(unit, 1, Integer::sum);
                    },
                    periodId);
            assertThat(items).hasSize(30);
            for (Unit unit : units.values()) {
                long scored = trees.get(unit.blockId()).scoreRules(unit.id()).values().stream()
                        .filter(ScoreRule::selfScored)
                        .count();
                assertThat(items.get(unit.id())).as(unit.code()).isEqualTo((int) scored);
            }
            jdbc.query(
                    """
                    SELECT p.unit_id, p.node_id, p.points FROM survey_point p
                    JOIN survey_import i ON i.id = p.import_id WHERE i.period_id = ? AND i.active
                    """,
                    rs -> {
                        ScoreRule rule = trees.get(units.get(rs.getLong(1)).blockId())
                                .scoreRules(rs.getLong(1))
                                .get(rs.getLong(2));
                        assertThat(rule.method()).isEqualTo(ScoringMethod.SURVEY);
                        assertThat(rs.getBigDecimal(3)).isBetween(BigDecimal.ZERO, rule.highest());
                    },
                    periodId);
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM survey_point p JOIN survey_import i ON i.id = p.import_id WHERE i.period_id = ?",
                            Integer.class,
                            periodId))
                    .isEqualTo(30 * 11);
        }
    }

    @Test
    void theAppraisalsHaveDeductionsQuestionsAndAdjustments() {
        for (int year : new int[] {2022, 2023}) {
            long periodId = periods.byYear(year).orElseThrow().id();
            String scope = " FROM appraisal_item ai JOIN score_item si ON si.id = ai.score_item_id"
                    + " JOIN self_assessment a ON a.id = si.assessment_id JOIN criteria_node n ON n.id = si.node_id"
                    + " WHERE a.period_id = ? AND ";
            int items = count("SELECT COUNT(*)" + scope + "TRUE", periodId);
            int deducted = count("SELECT COUNT(*)" + scope + "ai.final_score < si.self_score", periodId);
            int accepted = count("SELECT COUNT(*)" + scope + "ai.explanation_accepted", periodId);
            int rejected = count("SELECT COUNT(*)" + scope + "NOT ai.explanation_accepted", periodId);
            System.out.printf(
                    "Demo %d: %d appraised items, %d deducted, %d explanations accepted, %d not%n",
                    year, items, deducted, accepted, rejected);
            assertThat(deducted).isBetween(items / 20, items / 4);
            assertThat(accepted).isPositive();
            assertThat(rejected).isPositive();
            assertThat(count("SELECT COUNT(*)" + scope + "n.level = 'ADJUSTMENT' AND ai.final_score > 0", periodId))
                    .isPositive();
            assertThat(count("SELECT COUNT(*)" + scope + "n.level = 'ADJUSTMENT' AND ai.final_score < 0", periodId))
                    .isPositive();
            // The work on a year happens early in the next one.
            assertThat(count("""
                            SELECT COUNT(*) FROM self_assessment a JOIN appraisal ap ON ap.assessment_id = a.id
                            WHERE a.period_id = ? AND (YEAR(a.created_at) <> ? OR YEAR(a.submitted_at) <> ?
                                                       OR YEAR(ap.finalized_at) <> ?)
                            """, periodId, year + 1, year + 1, year + 1)).isZero();
            // Appraised and finalized by the member assigned to the unit.
            assertThat(count("""
                            SELECT COUNT(*) FROM appraisal ap JOIN self_assessment a ON a.id = ap.assessment_id
                            JOIN appraisal_assignment aa ON aa.period_id = a.period_id AND aa.unit_id = a.unit_id
                            JOIN app_user u ON u.id = aa.member_id
                            WHERE a.period_id = ? AND u.username = ap.finalized_by
                            """, periodId)).isEqualTo(30);
            assertThat(count("""
                            SELECT COUNT(*) FROM block_decision d JOIN council_vote v ON v.decision_id = d.id
                            WHERE d.period_id = ? AND d.status = 'PUBLISHED' AND v.vote = 'APPROVE'
                            """, periodId)).isEqualTo(6);
        }
    }

    @Test
    void assignmentsCoverEveryUnitWithNoMemberOnTheirOwnUnit() {
        assertThat(count("""
                        SELECT COUNT(*) FROM appraisal_assignment aa JOIN app_user u ON u.id = aa.member_id
                        WHERE u.unit_id = aa.unit_id
                        """)).isZero();
        for (int year : new int[] {2022, 2023, 2024}) {
            long periodId = periods.byYear(year).orElseThrow().id();
            assertThat(count("SELECT COUNT(DISTINCT unit_id) FROM appraisal_assignment WHERE period_id = ?", periodId))
                    .isEqualTo(30);
            assertThat(jdbc.queryForList("""
                            SELECT u.username FROM appraisal_assignment aa JOIN app_user u ON u.id = aa.member_id
                            JOIN org_unit o ON o.id = aa.unit_id WHERE aa.period_id = ? AND o.code = 'HNS'
                            """, String.class, periodId)).containsExactly("hoidong1");
            assertThat(jdbc.queryForList("""
                            SELECT DISTINCT u.username FROM appraisal_assignment aa JOIN app_user u ON u.id = aa.member_id
                            WHERE aa.period_id = ?
                            """, String.class, periodId))
                    .containsExactlyInAnyOrder("hoidong1", "hoidong2", "hoidong3");
        }
    }

    @Test
    void year2024StaysInSelfAssessmentWithNothingAppraised() {
        PeriodSummary current = periods.byYear(2024).orElseThrow();
        assertThat(current.phase()).isEqualTo(Phase.SELF_ASSESSMENT);
        assertThat(count(
                        "SELECT COUNT(*) FROM appraisal ap JOIN self_assessment a ON a.id = ap.assessment_id WHERE a.period_id = ?",
                        current.id()))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM survey_import WHERE period_id = ?", current.id()))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM block_decision WHERE period_id = ?", current.id()))
                .isZero();
        System.out.printf(
                "Demo appraisals loaded in %d ms at start-up%n",
                demoAppraisals.lastLoad().toMillis());
    }

    @Test
    void adjustmentLinesStayOutsideTheMaximum() {
        long periodId = periods.byYear(2023).orElseThrow().id();
        Map<String, Result> results = results(2023);
        assertThat(results.values())
                .allSatisfy(result -> assertThat(result.maximum()).isEqualByComparingTo("100"));
        // Transport: components + survey + a 0.5 bonus (it claimed 1).
        BigDecimal bonus = jdbc.queryForObject("""
                SELECT ai.final_score FROM appraisal_item ai JOIN score_item si ON si.id = ai.score_item_id
                JOIN self_assessment a ON a.id = si.assessment_id JOIN org_unit u ON u.id = a.unit_id
                JOIN criteria_node n ON n.id = si.node_id
                WHERE a.period_id = ? AND u.code = 'SGTVT' AND n.level = ? AND n.code = 'T1'
                """, BigDecimal.class, periodId, NodeLevel.ADJUSTMENT.name());
        assertThat(bonus).isEqualByComparingTo("0.5");
    }

    private int count(String sql, Object... arguments) {
        Integer count = jdbc.queryForObject(sql, Integer.class, arguments);
        return count == null ? 0 : count;
    }

    private static void printResults(int year, Map<String, Result> results) {
        results.values().stream()
                .sorted(java.util.Comparator.comparing(Result::block).thenComparing(Result::rank))
                .forEach(result -> System.out.printf(
                        "Demo %d %-10s %-8s %3d %7s%n",
                        year, result.block(), result.code(), result.rank(), result.index()));
    }
}
