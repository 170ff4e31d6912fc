package vn.parindex.appraisal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.appraisal.AppraisalFixtures;
import vn.parindex.appraisal.AppraisalRows;
import vn.parindex.appraisal.CouncilVoteChoice;
import vn.parindex.appraisal.CouncilVotes;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.period.PeriodSummary;
import vn.parindex.period.Phase;
import vn.parindex.support.KaribuTest;
import vn.parindex.support.SignIn;

/**
 * A council member's home card: their assigned units by appraisal state with the way to the queue,
 * then the block awaiting their vote with the way to the vote, gone once they voted; a member with
 * nothing assigned gets no card. Period 2039 of its own, written straight into the tables.
 */
class CouncilHomeUiTest extends KaribuTest {

    private static final int YEAR = 2039;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrganizationDirectory organization;

    private Long periodId;

    @AfterEach
    void putAway() {
        if (periodId != null) {
            // Back in preparation: nobody's home page or vote list shows the period afterwards.
            AppraisalRows.phase(jdbc, periodId, Phase.PREPARATION);
        }
        AppraisalFixtures.readNotificationsOf(context, "hoidong1", "hoidong2");
    }

    @Test
    void hoidong1SeesTheirUnitsByStateThenTheBlockAwaitingTheirVote() {
        periodId = AppraisalRows.period(context, YEAR, Phase.APPRAISAL);
        long district = organization.blocks().stream()
                .filter(b -> b.code().equals("DISTRICT"))
                .findFirst()
                .orElseThrow()
                .id();
        AppraisalRows.allFinal(jdbc, periodId, district, "hoidong1");
        List<Long> units = AppraisalRows.units(jdbc, district);
        long hoidong1 = jdbc.queryForObject("select id from app_user where username = 'hoidong1'", Long.class);
        for (long unitId : units.subList(0, 3)) {
            jdbc.update(
                    "insert into appraisal_assignment (period_id, unit_id, member_id, assigned_by, assigned_at)"
                            + " values (?, ?, ?, 'noivu', ?)",
                    periodId,
                    unitId,
                    hoidong1,
                    Timestamp.from(Instant.now()));
        }
        setStatus(units.get(0), "IN_PROGRESS");
        setStatus(units.get(1), "EXPLANATION_REQUESTED");

        openAs("hoidong1");
        UI.getCurrent().navigate("");
        String card = card().getElement().getTextRecursively();
        assertThat(card)
                .contains("Việc thẩm định của Anh/Chị", "Được phân công 3 đơn vị")
                .contains(
                        "Chưa bắt đầu: 0",
                        "Đang thẩm định: 1",
                        "Đã yêu cầu giải trình: 1",
                        "Đã giải trình: 0",
                        "Đã chốt: 1")
                .doesNotContain("Chờ Anh/Chị biểu quyết");
        assertThat(_get(Anchor.class, spec -> spec.withId("home-council-queue-" + periodId))
                        .getHref())
                .isEqualTo("appraisal?period=" + periodId);

        // Nothing assigned to hoidong2 in this period: no card for it.
        openAs("hoidong2");
        UI.getCurrent().navigate("");
        assertThat(_find(Div.class, spec -> spec.withId("home-council-" + periodId)))
                .isEmpty();

        // Every unit final and the survey in: the block waits for hoidong1's vote.
        setStatus(units.get(0), "FINAL");
        setStatus(units.get(1), "FINAL");
        AppraisalRows.surveyed(jdbc, periodId, district);
        AppraisalRows.phase(jdbc, periodId, Phase.COUNCIL_APPROVAL);
        openAs("hoidong1");
        UI.getCurrent().navigate("");
        assertThat(card().getElement().getTextRecursively()).contains("Chờ Anh/Chị biểu quyết: Khối");
        Anchor vote = _get(Anchor.class, spec -> spec.withId("home-council-vote-" + periodId));
        assertThat(vote.getHref()).isEqualTo("appraisal/vote?period=" + periodId);
        // The link opens the vote on that period.
        UI.getCurrent()
                .navigate(
                        "appraisal/vote",
                        com.vaadin.flow.router.QueryParameters.simple(
                                java.util.Map.of("period", String.valueOf(periodId))));
        @SuppressWarnings("unchecked")
        Select<PeriodSummary> period = _get(Select.class, spec -> spec.withId("vote-period"));
        assertThat(period.getValue().id()).isEqualTo(periodId);

        SignIn.as(context, "hoidong1");
        context.getBean(CouncilVotes.class).vote(periodId, district, CouncilVoteChoice.APPROVE, null, null);
        openAs("hoidong1");
        UI.getCurrent().navigate("");
        assertThat(_find(Div.class, spec -> spec.withId("home-council-" + periodId)))
                .isEmpty();
    }

    private Div card() {
        return _get(Div.class, spec -> spec.withId("home-council-" + periodId));
    }

    private void setStatus(long unitId, String status) {
        jdbc.update(
                "update appraisal set status = ? where assessment_id ="
                        + " (select id from self_assessment where period_id = ? and unit_id = ?)",
                status,
                periodId,
                unitId);
    }
}
