package vn.parindex.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.parindex.appraisal.AppraisalRows;
import vn.parindex.period.Phase;
import vn.parindex.ranking.RankChange.Direction;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.ConcurrentEditException;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;

/**
 * Publication freezes the results (later edits of scores and criteria do not reach it), goes with the
 * council decision, is refused unless approved; a correction is a reasoned new revision with what
 * changed; last year's published ranks give this year's changes, and a merged unit is NEW with its
 * predecessors' results for reference. Years 2032 to 2034.
 */
@PortalIntegrationTest
class ResultPublicationsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ResultPublications publications;

    @Autowired
    RankingResults results;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private long period(int year) {
        Long existing = jdbc.query(
                "select id from assessment_period where year = ?", rs -> rs.next() ? rs.getLong(1) : null, year);
        if (existing != null) {
            return existing;
        }
        long periodId = AppraisalRows.period(context, year, Phase.COUNCIL_APPROVAL);
        long district = RankingResultsTest.block(jdbc, "DISTRICT");
        AppraisalRows.allFinal(jdbc, periodId, district, "hoidong2");
        AppraisalRows.surveyed(jdbc, periodId, district);
        return periodId;
    }

    private void approve(long periodId, long blockId) {
        AppraisalRows.approved(jdbc, periodId, blockId);
    }

    private void setFinal(long periodId, long unitId, String code, String score) {
        jdbc.update(
                "update appraisal_item set final_score = ? where score_item_id = (select i.id from score_item i"
                        + " join self_assessment a on a.id = i.assessment_id where a.period_id = ? and a.unit_id = ?"
                        + " and i.node_id = ?)",
                new java.math.BigDecimal(score),
                periodId,
                unitId,
                AppraisalRows.node(jdbc, periodId, unitId, code));
    }

    @Test
    void publicationFreezesTheResultsAndACorrectionIsAReasonedNewRevision() {
        long periodId = period(2034);
        long district = RankingResultsTest.block(jdbc, "DISTRICT");
        List<Long> units = AppraisalRows.units(jdbc, district);
        long first = units.get(units.size() - 1);
        setFinal(periodId, first, "1.1.1", "39");

        SignIn.as(context, "noivu");
        assertThatThrownBy(() -> publications.publish(periodId, district))
                .isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "publish.notApproved");
        assertThat(results.published(periodId, district)).isFalse();

        approve(periodId, district);
        SignIn.as(context, "lanhdao");
        assertThatThrownBy(() -> publications.publish(periodId, district)).isInstanceOf(AccessDeniedException.class);
        SignIn.as(context, "noivu");
        PublicationRef published = publications.publish(periodId, district);
        assertThat(published.revision()).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select status from block_decision where period_id = ? and block_id = ?",
                        String.class,
                        periodId,
                        district))
                .isEqualTo("PUBLISHED");
        assertThatThrownBy(() -> publications.publish(periodId, district))
                .isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "ranking.alreadyPublished");

        BlockResults frozen = results.results(periodId, district);
        assertThat(frozen.published()).isTrue();
        assertThat(frozen.ranked().get(0).unitId()).isEqualTo(first);
        assertThat(frozen.ranked().get(0).index()).isEqualByComparingTo("86.00");
        assertThat(frozen.ranked().get(0).areas().get(0).index()).isEqualByComparingTo("90.00");

        // Later edits of a score, an area's name and maximum never reach the publication.
        long area = frozen.areas().get(0).nodeId();
        String areaName = frozen.areas().get(0).nameVi();
        setFinal(periodId, first, "1.1.1", "10");
        jdbc.update("update criteria_node set name_vi = 'Đổi tên sau công bố' where id = ?", area);
        try {
            BlockResults again = results.results(periodId, district);
            assertThat(again.ranked().get(0).unitId()).isEqualTo(first);
            assertThat(again.ranked().get(0).total()).isEqualByComparingTo("86");
            assertThat(again.areas().get(0).nameVi()).isEqualTo(areaName);
            assertThat(again).usingRecursiveComparison().isEqualTo(frozen);
            BlockResults draft = results.draft(periodId, district);
            assertThat(row(draft, first).total()).isEqualByComparingTo("57");

            // A correction: reason required, stale revision refused, then revision 2 with what changed.
            assertThatThrownBy(() -> publications.correct(periodId, district, 1, "  "))
                    .isInstanceOf(BusinessRuleException.class)
                    .hasFieldOrPropertyWithValue("messageKey", "ranking.correctionReasonRequired");
            assertThatThrownBy(() -> publications.correct(periodId, district, 0, "Sai điểm 1.1.1"))
                    .isInstanceOf(ConcurrentEditException.class);
            PublicationRef corrected = publications.correct(periodId, district, 1, "Sai điểm 1.1.1");
            assertThat(corrected.revision()).isEqualTo(2);
            assertThatThrownBy(() -> publications.correct(periodId, district, 2, "Lần nữa"))
                    .isInstanceOf(BusinessRuleException.class)
                    .hasFieldOrPropertyWithValue("messageKey", "ranking.correctionNoChange");

            BlockResults latest = results.results(periodId, district);
            assertThat(latest.publication().orElseThrow().revision()).isEqualTo(2);
            assertThat(latest.publication().orElseThrow().reason()).isEqualTo("Sai điểm 1.1.1");
            assertThat(row(latest, first).total()).isEqualByComparingTo("57");
            assertThat(results.history(periodId, district))
                    .extracting(PublicationRef::revision)
                    .containsExactly(1, 2);
            List<PublicationChange> changes = publications.changes(periodId, district, 2);
            assertThat(changes).extracting(PublicationChange::unitId).contains(first);
            PublicationChange change = changes.stream()
                    .filter(c -> c.unitId() == first)
                    .findFirst()
                    .orElseThrow();
            assertThat(change.oldRank()).isEqualTo(1);
            assertThat(change.newRank()).isGreaterThan(1);
            assertThat(change.oldIndex()).isEqualByComparingTo("86.00");
            assertThat(change.newIndex()).isEqualByComparingTo("57.00");
            assertThat(publications.changes(periodId, district, 1)).isEmpty();
            assertThat(jdbc.queryForList(
                            "select action from audit_event where entity_type = 'RANKING_PUBLICATION'"
                                    + " and entity_id = ? order by id",
                            String.class,
                            periodId + "/" + district))
                    .containsExactly("RESULTS_PUBLISHED", "RESULTS_CORRECTED");

            // The focal point of a district sees their own row only, and no other unit.
            SignIn.as(context, "namsach");
            long own = RankingResultsTest.unit(jdbc, "HNS");
            BlockResults mine = results.results(periodId, district);
            assertThat(mine.ranked()).extracting(UnitResultRow::unitId).containsExactly(own);
            assertThat(results.ownResult(periodId)).map(UnitResultRow::unitId).contains(own);
            assertThatThrownBy(() -> results.unitResult(periodId, first)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> publications.changes(periodId, district, 2))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(results.blocks(periodId)).extracting(b -> b.id()).containsExactly(district);
        } finally {
            jdbc.update("update criteria_node set name_vi = ? where id = ?", areaName, area);
        }
    }

    @Test
    void lastYearsPublishedRanksGiveTheChangeAndAMergedUnitIsNew() {
        long previous = period(2032);
        long district = RankingResultsTest.block(jdbc, "DISTRICT");
        List<Long> units = AppraisalRows.units(jdbc, district);
        if (jdbc.queryForObject(
                        "select count(*) from ranking_publication where period_id = ? and block_id = ?",
                        Integer.class,
                        previous,
                        district)
                == 0) {
            // last year the future predecessor led alone (82), every other unit shared place 2 (75)
            setFinal(previous, units.get(3), "1.1.1", "35");
            approve(previous, district);
            SignIn.as(context, "noivu");
            publications.publish(previous, district);
        }
        long periodId = period(2033);
        long climber = units.get(1);
        long merged = units.get(2);
        long predecessor = units.get(3);
        setFinal(periodId, climber, "1.1.1", "40");
        jdbc.update("insert into unit_predecessor (unit_id, predecessor_id) values (?, ?)", merged, predecessor);
        try {
            SignIn.as(context, "hoidong1");
            BlockResults lastYear = results.results(previous, district);
            BlockResults draft = results.draft(periodId, district);
            UnitResultRow up = row(draft, climber);
            assertThat(up.rank()).isEqualTo(1);
            assertThat(row(lastYear, climber).rank()).isEqualTo(2);
            assertThat(up.previousRank()).isEqualTo(2);
            assertThat(up.change()).isEqualTo(new RankChange(Direction.UP, 1));
            UnitResultRow newUnit = row(draft, merged);
            assertThat(newUnit.previousRank()).isNull();
            assertThat(newUnit.change().direction()).isEqualTo(Direction.NEW);
            List<PredecessorResult> predecessors =
                    results.predecessorResults(periodId, district).get(merged);
            assertThat(predecessors).singleElement().satisfies(p -> {
                assertThat(p.predecessorId()).isEqualTo(predecessor);
                assertThat(p.year()).isEqualTo(2032);
                assertThat(p.rank()).isEqualTo(1);
                assertThat(p.index()).isEqualByComparingTo("82.00");
            });
            // a unit that kept its place: SAME
            long steady = units.get(4);
            assertThat(row(draft, steady).change()).isEqualTo(new RankChange(Direction.SAME, 0));
        } finally {
            jdbc.update("delete from unit_predecessor where unit_id = ? and predecessor_id = ?", merged, predecessor);
        }
    }

    private static UnitResultRow row(BlockResults results, long unitId) {
        return results.ranked().stream()
                .filter(r -> r.unitId() == unitId)
                .findFirst()
                .orElseThrow();
    }
}
