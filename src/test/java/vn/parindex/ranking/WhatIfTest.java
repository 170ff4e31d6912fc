package vn.parindex.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.parindex.appraisal.AppraisalRows;
import vn.parindex.assessment.AssessmentFixtures;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.support.SignIn;

/**
 * The what-if on the constructed case's draft 2037 (HGL 90, HCG 84.44, HBG 82, the rest 60): changes
 * move places as the real ones would, are checked like them, and nothing is saved or audited.
 */
@vn.parindex.support.PortalIntegrationTest
class WhatIfTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    WhatIf whatIf;

    @Autowired
    JdbcTemplate jdbc;

    ExplainFixtures.Years years;
    long block;
    long hcg;
    long hbg;

    @BeforeEach
    void constructedCase() {
        years = ExplainFixtures.constructedCase(context);
        hcg = AssessmentFixtures.unit(context, "HCG").id();
        hbg = AssessmentFixtures.unit(context, "HBG").id();
        block = AssessmentFixtures.unit(context, "HCG").blockId();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aHigherScoreMovesTheUnitAndThoseItPassesSideBySideWithTheCurrentRanking() {
        SignIn.as(context, "hoidong1");
        WhatIfResult result =
                whatIf.simulate(years.thisYear(), block, List.of(change(WhatIfChange.Kind.SCORE, hbg, "2.2.1", "10")));

        assertThat(top3(result.current())).containsExactly("HGL 1 90.00", "HCG 2 84.44", "HBG 3 82.00");
        assertThat(top3(result.simulated())).containsExactly("HBG 1 92.00", "HGL 2 90.00", "HCG 3 84.44");
        assertThat(result.moves())
                .extracting(move -> move.unitCode() + " " + move.rank() + ">" + move.simulatedRank())
                .containsExactly("HBG 3>1", "HGL 1>2", "HCG 2>3");
        assertThat(result.moves().get(0).placesGained()).isEqualTo(2);
    }

    @Test
    void acceptingAPendingExplanationGivesTheSelfScoreAndRejectingKeepsTheAppraisedOne() {
        SignIn.as(context, "noivu");
        WhatIfOptions options = whatIf.options(years.thisYear(), block);
        assertThat(options.pending())
                .extracting(pending -> pending.unitCode() + " " + pending.code())
                .containsExactly("HCG 1.1.1");
        assertThat(options.items()).extracting(WhatIfOptions.ItemOption::code).contains("1.1.1", "T1");

        WhatIfResult accepted = whatIf.simulate(
                years.thisYear(), block, List.of(change(WhatIfChange.Kind.ACCEPT_EXPLANATION, hcg, "1.1.1", null)));
        // 18 -> 20: 78 of 90
        assertThat(accepted.moves())
                .extracting(move -> move.unitCode() + " " + move.simulatedRank() + " " + move.simulatedIndex())
                .containsExactly("HCG 2 86.67");

        WhatIfResult rejected = whatIf.simulate(
                years.thisYear(), block, List.of(change(WhatIfChange.Kind.REJECT_EXPLANATION, hcg, "1.1.1", null)));
        assertThat(rejected.moves()).isEmpty();
    }

    @Test
    void nothingIsSavedAndNothingAudited() {
        // signing in is audited: before the counts are taken
        SignIn.as(context, "noivu");
        Map<String, Object> before = state();
        WhatIfResult result = whatIf.simulate(
                years.thisYear(),
                block,
                List.of(
                        change(WhatIfChange.Kind.SCORE, hbg, "2.2.1", "10"),
                        change(WhatIfChange.Kind.ACCEPT_EXPLANATION, hcg, "1.1.1", null),
                        change(WhatIfChange.Kind.SCORE, hcg, "T1", "0")));
        assertThat(result.moves()).isNotEmpty();
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void changesAreCheckedLikeRealOnes() {
        SignIn.as(context, "noivu");
        refused(change(WhatIfChange.Kind.SCORE, hcg, "1.1.2", "5"), "score.notApplicable");
        refused(change(WhatIfChange.Kind.SCORE, hbg, "2.2.1", "11"), "score.aboveMaximum");
        refused(change(WhatIfChange.Kind.SCORE, hbg, "2.2.1", "2.25"), "score.offStep");
        refused(change(WhatIfChange.Kind.SCORE, hbg, "2.2.1", null), "whatIf.valueRequired");
        refused(change(WhatIfChange.Kind.SURVEY, hbg, "2.1.1", "3"), "whatIf.notSurvey");
        refused(change(WhatIfChange.Kind.ACCEPT_EXPLANATION, hbg, "2.1.1", null), "whatIf.notPending");
        // an item of another block's set
        long otherBlockNode = jdbc.queryForObject(
                "select n.id from criteria_node n join criteria_set s on s.id = n.set_id"
                        + " where s.period_id = ? and s.block_id <> ? and n.code = '1.1.1'",
                Long.class,
                years.thisYear(),
                block);
        assertThatThrownBy(() -> whatIf.simulate(
                        years.thisYear(),
                        block,
                        List.of(new WhatIfChange(WhatIfChange.Kind.SCORE, hbg, otherBlockNode, BigDecimal.ONE))))
                .isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "whatIf.itemNotFound");
    }

    @Test
    void refusedAfterPublicationAndForOtherRoles() {
        SignIn.as(context, "noivu");
        assertThatThrownBy(() -> whatIf.simulate(years.lastYear(), block, List.of()))
                .isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "whatIf.published");
        assertThatThrownBy(() -> whatIf.options(years.lastYear(), block))
                .isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "whatIf.published");

        for (String user : List.of("lanhdao", "admin")) {
            SignIn.as(context, user);
            assertThatThrownBy(() -> whatIf.simulate(years.thisYear(), block, List.of()))
                    .isInstanceOf(AccessDeniedException.class);
        }
        AssessmentFixtures.signInFocalPointOf(context, "HCG");
        assertThatThrownBy(() -> whatIf.options(years.thisYear(), block)).isInstanceOf(AccessDeniedException.class);
    }

    private void refused(WhatIfChange change, String key) {
        assertThatThrownBy(() -> whatIf.simulate(years.thisYear(), block, List.of(change)))
                .isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", key);
    }

    private WhatIfChange change(WhatIfChange.Kind kind, long unitId, String code, String value) {
        return new WhatIfChange(
                kind,
                unitId,
                AppraisalRows.node(jdbc, years.thisYear(), unitId, code),
                value == null ? null : new BigDecimal(value));
    }

    private static List<String> top3(BlockResults results) {
        return results.ranked().stream()
                .limit(3)
                .map(row ->
                        row.unitCode() + " " + row.rank() + " " + row.index().toPlainString())
                .toList();
    }

    /** Row counts and checksums of every table a what-if could touch. */
    private Map<String, Object> state() {
        Map<String, Object> state = new java.util.TreeMap<>();
        for (String table : List.of(
                "score_item",
                "appraisal_item",
                "appraisal",
                "survey_point",
                "survey_import",
                "audit_event",
                "ranking_publication",
                "ranking_result")) {
            state.put(table + ".rows", jdbc.queryForObject("select count(*) from " + table, Long.class));
            state.put(
                    table + ".checksum",
                    jdbc.queryForMap("checksum table " + table).get("Checksum"));
        }
        return state;
    }
}
