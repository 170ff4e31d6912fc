package vn.parindex.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.parindex.appraisal.AppraisalRows;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.period.Phase;
import vn.parindex.ranking.RankChange.Direction;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.support.JdbcRoundTrips;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;

/**
 * The draft from stored scores: applicable final scores, survey points and adjustments per area, the
 * applicable maximum, units not ranked with their reason, a constant number of statements; and who may
 * see it. Period 2031 (test years 2031-2035 are this module's).
 */
@PortalIntegrationTest
class RankingResultsTest {

    static final int YEAR = 2031;

    @Autowired
    ApplicationContext context;

    @Autowired
    RankingResults results;

    @Autowired
    OrganizationDirectory organization;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    /** The 2031 period with every unit of both blocks final and surveyed (once per run). */
    static long period(ApplicationContext context) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        Long existing = jdbc.query(
                "select id from assessment_period where year = ?", rs -> rs.next() ? rs.getLong(1) : null, YEAR);
        if (existing != null) {
            SignIn.as(context, "noivu");
            return existing;
        }
        long periodId = AppraisalRows.period(context, YEAR, Phase.COUNCIL_APPROVAL);
        for (String block : List.of("DISTRICT", "DEPARTMENT")) {
            long blockId = block(jdbc, block);
            AppraisalRows.allFinal(jdbc, periodId, blockId, "hoidong1");
            AppraisalRows.surveyed(jdbc, periodId, blockId);
        }
        return periodId;
    }

    static long block(JdbcTemplate jdbc, String code) {
        return jdbc.queryForObject("select id from org_block where code = ?", Long.class, code);
    }

    static long unit(JdbcTemplate jdbc, String code) {
        return jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
    }

    @Test
    void theDraftSumsApplicableFinalScoresSurveyAndAdjustmentsPerArea() {
        long periodId = period(context);
        long district = block(jdbc, "DISTRICT");
        List<Long> units = AppraisalRows.units(jdbc, district);
        long best = units.get(0);
        long partial = units.get(1);
        long excluded = units.get(2);
        long unfinished = units.get(3);
        // best: 1.1.1 final 40 instead of 28 (the appraised 24 and self 30 never count once final)
        jdbc.update(
                "update appraisal_item set final_score = 40 where score_item_id = (select i.id from score_item i"
                        + " join self_assessment a on a.id = i.assessment_id where a.period_id = ? and a.unit_id = ?"
                        + " and i.node_id = ?)",
                periodId,
                best,
                AppraisalRows.node(jdbc, periodId, best, "1.1.1"));
        // partial: 1.1.2 (30 points) does not apply: its 24 points and 30 of maximum leave
        long setId = jdbc.queryForObject(
                "select id from criteria_set where period_id = ? and block_id = ?", Long.class, periodId, district);
        jdbc.update(
                "insert into criteria_not_applicable (set_id, node_id, unit_id) values (?, ?, ?)",
                setId,
                AppraisalRows.node(jdbc, periodId, partial, "1.1.2"),
                partial);
        jdbc.update(
                "update appraisal set not_ranked = true, not_ranked_reason = 'Sáp nhập giữa năm' where assessment_id ="
                        + " (select id from self_assessment where period_id = ? and unit_id = ?)",
                periodId,
                excluded);
        jdbc.update(
                "update appraisal set status = 'IN_PROGRESS' where assessment_id ="
                        + " (select id from self_assessment where period_id = ? and unit_id = ?)",
                periodId,
                unfinished);
        try {
            SignIn.as(context, "lanhdao");
            BlockResults draft = results.draft(periodId, district);

            assertThat(draft.published()).isFalse();
            assertThat(draft.year()).isEqualTo(YEAR);
            assertThat(draft.areas()).extracting(AreaHeading::code).containsExactly("1", "2");
            assertThat(draft.ranked()).hasSize(units.size() - 2);
            UnitResultRow first = draft.ranked().get(0);
            assertThat(first.unitId()).isEqualTo(best);
            assertThat(first.rank()).isEqualTo(1);
            // 40 + 24 + survey 7 + 15 + bonus 1
            assertThat(first.total()).isEqualByComparingTo("87");
            assertThat(first.adjustments()).isEqualByComparingTo("1");
            assertThat(first.applicableMaximum()).isEqualByComparingTo("100");
            assertThat(first.index()).isEqualByComparingTo("87.00");
            assertThat(first.areas().get(0).points()).isEqualByComparingTo("64");
            assertThat(first.areas().get(0).index()).isEqualByComparingTo("91.43");
            assertThat(first.areas().get(1).points()).isEqualByComparingTo("22");
            assertThat(first.areas().get(1).index()).isEqualByComparingTo("73.33");

            UnitResultRow shrunk = row(draft, partial);
            assertThat(shrunk.total()).isEqualByComparingTo("51");
            assertThat(shrunk.applicableMaximum()).isEqualByComparingTo("70");
            assertThat(shrunk.index()).isEqualByComparingTo("72.86");
            assertThat(shrunk.areas().get(0).applicableMaximum()).isEqualByComparingTo("40");
            assertThat(shrunk.rank()).isEqualTo(units.size() - 2);

            // every other unit: 28 + 24 + 22 + 1 = 75, sharing place 2
            assertThat(draft.ranked())
                    .filteredOn(r -> r.unitId() != best && r.unitId() != partial)
                    .allSatisfy(r -> {
                        assertThat(r.index()).isEqualByComparingTo("75.00");
                        assertThat(r.rank()).isEqualTo(2);
                        assertThat(r.change().direction()).isEqualTo(Direction.NEW);
                    });
            assertThat(draft.notRanked())
                    .extracting(UnrankedUnit::unitId, UnrankedUnit::reason, UnrankedUnit::note)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple(
                                    excluded, UnrankedUnit.Reason.COUNCIL_DECISION, "Sáp nhập giữa năm"),
                            org.assertj.core.groups.Tuple.tuple(unfinished, UnrankedUnit.Reason.NOT_APPRAISED, null));
        } finally {
            jdbc.update(
                    "update appraisal_item set final_score = 28 where score_item_id = (select i.id from score_item i"
                            + " join self_assessment a on a.id = i.assessment_id where a.period_id = ?"
                            + " and a.unit_id = ? and i.node_id = ?)",
                    periodId,
                    best,
                    AppraisalRows.node(jdbc, periodId, best, "1.1.1"));
            jdbc.update("delete from criteria_not_applicable where set_id = ? and unit_id = ?", setId, partial);
            jdbc.update(
                    "update appraisal set not_ranked = false, not_ranked_reason = null, status = 'FINAL'"
                            + " where assessment_id in (select id from self_assessment where period_id = ?"
                            + " and unit_id in (?, ?))",
                    periodId,
                    excluded,
                    unfinished);
        }
    }

    @Test
    void theDraftTakesTheSameNumberOfStatementsWhateverTheNumberOfUnits() {
        long periodId = period(context);
        long district = block(jdbc, "DISTRICT");
        long department = block(jdbc, "DEPARTMENT");
        assertThat(AppraisalRows.units(jdbc, department).size())
                .isNotEqualTo(AppraisalRows.units(jdbc, district).size());
        SignIn.as(context, "noivu");
        results.draft(periodId, district);
        results.draft(periodId, department);

        JdbcRoundTrips.reset();
        BlockResults districts = results.draft(periodId, district);
        long forDistricts = JdbcRoundTrips.executions() + JdbcRoundTrips.batches();
        JdbcRoundTrips.reset();
        BlockResults departments = results.draft(periodId, department);
        long forDepartments = JdbcRoundTrips.executions() + JdbcRoundTrips.batches();

        assertThat(districts.ranked().size()).isNotEqualTo(departments.ranked().size());
        assertThat(forDistricts).isPositive().isEqualTo(forDepartments).isLessThanOrEqualTo(20);
    }

    @Test
    void onlyTheSecretariatTheCouncilAndLeadersSeeTheDraft() {
        long periodId = period(context);
        long department = block(jdbc, "DEPARTMENT");
        long district = block(jdbc, "DISTRICT");
        for (String user : List.of("noivu", "hoidong1", "lanhdao")) {
            SignIn.as(context, user);
            assertThat(results.draft(periodId, department).ranked()).isNotEmpty();
            // before publication, results() is the draft for them
            assertThat(results.results(periodId, department).published()).isFalse();
        }
        SignIn.as(context, "admin");
        assertThatThrownBy(() -> results.draft(periodId, department)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> results.results(periodId, department)).isInstanceOf(AccessDeniedException.class);

        SignIn.as(context, "gtvt");
        assertThatThrownBy(() -> results.draft(periodId, department)).isInstanceOf(AccessDeniedException.class);
        // own block, not yet published: refused with a reason; another block: denied
        assertThatThrownBy(() -> results.results(periodId, department))
                .isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "ranking.notPublished");
        assertThatThrownBy(() -> results.results(periodId, district)).isInstanceOf(AccessDeniedException.class);
        assertThat(results.ownResult(periodId)).isEmpty();
        assertThatThrownBy(() -> results.unitResult(periodId, unit(jdbc, "SYT")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(results.blocks(periodId)).isEmpty();
        assertThat(results.periods()).noneMatch(p -> p.id() == periodId);
    }

    private static UnitResultRow row(BlockResults results, long unitId) {
        return results.ranked().stream()
                .filter(r -> r.unitId() == unitId)
                .findFirst()
                .orElseThrow();
    }

    static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
