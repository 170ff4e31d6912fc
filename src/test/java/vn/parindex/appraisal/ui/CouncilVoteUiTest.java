package vn.parindex.appraisal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.appraisal.AppraisalRows;
import vn.parindex.appraisal.BlockVoteSummary;
import vn.parindex.appraisal.CouncilVoteChoice;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.period.PeriodSummary;
import vn.parindex.period.Phase;
import vn.parindex.support.KaribuTest;
import vn.parindex.support.SignIn;
import vn.parindex.support.UiAssertions;

/** The vote view: a member sees a ready block's draft results and votes; the secretariat sees the votes. */
class CouncilVoteUiTest extends KaribuTest {

    private static final int YEAR = 2058;
    private static Long periodId;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrganizationDirectory organization;

    private long district;

    @BeforeEach
    void preparePeriod() {
        SignIn.as(context, "noivu");
        district = organization.blocks().stream()
                .filter(b -> b.code().equals("DISTRICT"))
                .findFirst()
                .orElseThrow()
                .id();
        if (periodId == null) {
            periodId = AppraisalRows.period(context, YEAR, Phase.COUNCIL_APPROVAL);
            AppraisalRows.allFinal(jdbc, periodId, district, "hoidong1");
            AppraisalRows.surveyed(jdbc, periodId, district);
        }
    }

    @Test
    void aMemberSeesTheDraftResultsAndVotesAndTheSecretariatSeesTheVote() {
        openAs("hoidong2");
        UI.getCurrent().navigate("appraisal/vote");
        choosePeriod();
        Grid<BlockVoteSummary> blocks = blocks();
        BlockVoteSummary districtRow = row(blocks, district);
        assertThat(GridKt._getFormattedRow(blocks, districtRow)).contains("Đang biểu quyết", "Chưa biểu quyết");

        blocks.select(districtRow);
        @SuppressWarnings("unchecked")
        Grid<Object> results = _get(Grid.class, spec -> spec.withId("vote-results"));
        assertThat(GridKt._size(results))
                .isEqualTo(AppraisalRows.units(jdbc, district).size());
        // 52 final + 22 survey + 1 bonus, of an applicable 100, in Vietnamese number format.
        assertThat(GridKt._getFormattedRow(results, 0)).contains("52,00", "22,00", "1,00", "75,00", "100,00");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<CouncilVoteChoice> choice = _get(RadioButtonGroup.class, spec -> spec.withId("vote-choice"));
        HasValueUtilsKt._setValue(choice, CouncilVoteChoice.REJECT, true);
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("vote-save")));
        assertThat(UiAssertions.notificationTexts()).contains("Hãy nêu lý do không tán thành");

        HasValueUtilsKt._setValue(
                _get(TextArea.class, spec -> spec.withId("vote-comment")), "Cần xem lại điểm khảo sát", true);
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("vote-save")));
        assertThat(UiAssertions.notificationTexts()).contains("Đã lưu biểu quyết của Anh/Chị");
        assertThat(GridKt._getFormattedRow(blocks(), row(blocks(), district))).contains("Không tán thành");
        // The form stays on the block, showing the vote to change.
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withId("vote-choice"))
                        .getValue())
                .isEqualTo(CouncilVoteChoice.REJECT);

        openAs("noivu");
        UI.getCurrent().navigate("appraisal/vote");
        choosePeriod();
        blocks().select(row(blocks(), district));
        @SuppressWarnings("unchecked")
        Grid<Object> votes = _get(Grid.class, spec -> spec.withId("vote-votes"));
        assertThat(GridKt._size(votes)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(votes, 0))
                .contains("Đỗ Văn Thắng", "Không tán thành", "Cần xem lại điểm khảo sát");
        assertThat(_find(RadioButtonGroup.class, spec -> spec.withId("vote-choice")))
                .isEmpty();
        assertThat(_find(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("vote-publish-link")))
                .isEmpty();
    }

    @Test
    void aBlockNotReadyShowsWhatIsMissingAndNoResults() {
        openAs("hoidong3");
        UI.getCurrent().navigate("appraisal/vote");
        choosePeriod();
        long department = organization.blocks().stream()
                .filter(b -> b.code().equals("DEPARTMENT"))
                .findFirst()
                .orElseThrow()
                .id();
        blocks().select(row(blocks(), department));
        assertThat(_get(Span.class, spec -> spec.withId("vote-not-ready")).getText())
                .startsWith("Khối được biểu quyết khi");
        assertThat(_find(Grid.class, spec -> spec.withId("vote-results"))).isEmpty();
        assertThat(_find(RadioButtonGroup.class, spec -> spec.withId("vote-choice")))
                .isEmpty();
    }

    @SuppressWarnings("unchecked")
    private void choosePeriod() {
        Select<PeriodSummary> period = _get(Select.class, spec -> spec.withId("vote-period"));
        PeriodSummary ours = period.getListDataView()
                .getItems()
                .filter(p -> p.id() == periodId)
                .findFirst()
                .orElseThrow();
        HasValueUtilsKt._setValue(period, ours, true);
    }

    @SuppressWarnings("unchecked")
    private static Grid<BlockVoteSummary> blocks() {
        return _get(Grid.class, spec -> spec.withId("vote-blocks"));
    }

    private static BlockVoteSummary row(Grid<BlockVoteSummary> grid, long blockId) {
        List<BlockVoteSummary> items = grid.getListDataView().getItems().toList();
        return items.stream().filter(b -> b.blockId() == blockId).findFirst().orElseThrow();
    }
}
