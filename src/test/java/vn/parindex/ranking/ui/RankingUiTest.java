package vn.parindex.ranking.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.server.VaadinSession;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.parindex.appraisal.AppraisalRows;
import vn.parindex.period.Phase;
import vn.parindex.ranking.RankingExports;
import vn.parindex.ranking.UnitResultRow;
import vn.parindex.shared.ui.BackgroundDownload;
import vn.parindex.support.KaribuTest;
import vn.parindex.support.SignIn;
import vn.parindex.support.UiAssertions;

/**
 * /ranking per role: the secretariat sees the draft, publishes with a confirmation and corrects with a
 * reason; a leader reads without buttons; a focal point sees only its own unit's published row. 2035.
 */
class RankingUiTest extends KaribuTest {

    private static final int YEAR = 2035;
    private static Long periodId;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RankingExports exports;

    private long district;

    @BeforeEach
    void preparePeriod() {
        district = jdbc.queryForObject("select id from org_block where code = 'DISTRICT'", Long.class);
        if (periodId == null) {
            periodId = AppraisalRows.period(context, YEAR, Phase.COUNCIL_APPROVAL);
            AppraisalRows.allFinal(jdbc, periodId, district, "hoidong3");
            AppraisalRows.surveyed(jdbc, periodId, district);
            AppraisalRows.approved(jdbc, periodId, district);
            SignIn.out();
        }
    }

    @SuppressWarnings("unchecked")
    private static Grid<UnitResultRow> grid() {
        return _get(Grid.class, spec -> spec.withId("ranking-grid"));
    }

    /** The text a cell shows (the grid's light renderers fill a small template). */
    private static String cellText(int row, String column) {
        return GridKt._getFormatted(grid(), row, column)
                .replaceAll("<[^>]*>", "")
                .trim();
    }

    private static String status() {
        return _get(Span.class, spec -> spec.withId("ranking-status")).getText();
    }

    private void open(String user) {
        openAs(user);
        navigate(periodId, district);
    }

    private static void navigate(long period, long block) {
        UI.getCurrent()
                .navigate(
                        "ranking",
                        QueryParameters.simple(
                                java.util.Map.of("period", String.valueOf(period), "block", String.valueOf(block))));
    }

    @Test
    void theSecretariatPublishesWithAConfirmationAndCorrectsWithAReason() {
        open("noivu");
        assertThat(status()).startsWith("Bản dự thảo");
        int units = AppraisalRows.units(jdbc, district).size();
        assertThat(GridKt._size(grid())).isEqualTo(units);
        assertThat(GridKt._get(grid(), 0).index()).isEqualByComparingTo("75.00");
        assertThat(_find(Button.class, spec -> spec.withId("ranking-correct"))).isEmpty();

        _click(_get(Button.class, spec -> spec.withId("ranking-publish")));
        ConfirmDialog publish = _get(ConfirmDialog.class, spec -> spec.withId("ranking-publish-dialog"));
        assertThat(ConfirmDialogKt.getHeader(publish)).isEqualTo("Công bố kết quả xếp hạng?");
        ConfirmDialogKt._fireConfirm(publish);
        assertThat(UiAssertions.notificationTexts()).contains("Đã công bố kết quả của khối");
        assertThat(status()).startsWith("Đã công bố lần 1");
        assertThat(_find(Button.class, spec -> spec.withId("ranking-publish"))).isEmpty();
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("ranking-history"))))
                .isEqualTo(1);

        // A changed score, then a correction: refused without a reason, published with one.
        long unit = AppraisalRows.units(jdbc, district).get(0);
        jdbc.update(
                "update appraisal_item set final_score = 35 where score_item_id = (select i.id from score_item i"
                        + " join self_assessment a on a.id = i.assessment_id where a.period_id = ? and a.unit_id = ?"
                        + " and i.node_id = ?)",
                periodId,
                unit,
                AppraisalRows.node(jdbc, periodId, unit, "1.1.1"));
        _click(_get(Button.class, spec -> spec.withId("ranking-correct")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("ranking-correct-dialog")));
        assertThat(UiAssertions.notificationTexts()).contains("Hãy nêu lý do đính chính");
        assertThat(status()).startsWith("Đã công bố lần 1");

        _click(_get(Button.class, spec -> spec.withId("ranking-correct")));
        HasValueUtilsKt._setValue(
                _get(TextArea.class, spec -> spec.withId("ranking-correct-reason")), "Nhập sai điểm 1.1.1", true);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("ranking-correct-dialog")));
        assertThat(UiAssertions.notificationTexts()).contains("Đã công bố bản đính chính lần 2");
        assertThat(status()).startsWith("Đã công bố lần 2");
        assertThat(GridKt._get(grid(), 0).unitId()).isEqualTo(unit);
        assertThat(GridKt._get(grid(), 0).index()).isEqualByComparingTo("82.00");
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("ranking-history"))))
                .isEqualTo(2);

        // The leader reads the same publication, without the secretariat's buttons.
        open("lanhdao");
        assertThat(status()).startsWith("Đã công bố lần 2");
        assertThat(GridKt._size(grid())).isEqualTo(units);
        assertThat(_find(Button.class, spec -> spec.withId("ranking-correct"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("ranking-publish"))).isEmpty();
    }

    @Test
    void aFocalPointSeesOnlyItsOwnPublishedRow() {
        openAs("gtvt");
        // another block's id in the address is not offered: the focal point's own block is shown
        UI.getCurrent()
                .navigate("ranking", QueryParameters.simple(java.util.Map.of("block", String.valueOf(district))));
        assertThat(GridKt._size(grid())).isEqualTo(1);
        UnitResultRow own = GridKt._get(grid(), 0);
        assertThat(own.unitCode()).isEqualTo("SGTVT");
        assertThat(status()).startsWith("Đã công bố lần");
        assertThat(_find(Button.class, spec -> spec.withId("ranking-correct"))).isEmpty();
        assertThat(_find(Grid.class, spec -> spec.withId("ranking-history"))).isEmpty();
        assertThat(_find(Grid.class, spec -> spec.withId("ranking-unranked"))).isEmpty();
    }

    @Test
    void theLeaderSeesTheDemoRankingsInEnglishNumbers() {
        SignIn.as(context, "lanhdao");
        openAsSignedIn();
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        long period2023 = jdbc.queryForObject("select id from assessment_period where year = 2023", Long.class);
        navigate(period2023, district);
        assertThat(status()).startsWith("Published revision 1");
        List<UnitResultRow> rows = GridKt._findAll(grid());
        int namSach = rows.indexOf(rows.stream()
                .filter(r -> r.unitCode().equals("HNS"))
                .findFirst()
                .orElseThrow());
        int chiLinh = rows.indexOf(rows.stream()
                .filter(r -> r.unitCode().equals("TPCL"))
                .findFirst()
                .orElseThrow());
        assertThat(cellText(namSach, "index")).isEqualTo("90.86");
        assertThat(cellText(namSach, "rank")).isEqualTo("1");
        assertThat(cellText(chiLinh, "change")).isEqualTo("▲1");
        assertThat(rows).extracting(UnitResultRow::rank).isSorted();
    }

    /** A component of the page by id, visible or not (Karibu's locators find only visible ones). */
    private static <T extends com.vaadin.flow.component.Component> T hidden(Class<T> type, String id) {
        return descendants(UI.getCurrent())
                .filter(type::isInstance)
                .filter(component -> component.getId().filter(id::equals).isPresent())
                .map(type::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " #" + id));
    }

    private static java.util.stream.Stream<com.vaadin.flow.component.Component> descendants(
            com.vaadin.flow.component.Component root) {
        return java.util.stream.Stream.concat(
                java.util.stream.Stream.of(root), root.getChildren().flatMap(RankingUiTest::descendants));
    }

    /** Runs the UI's pending updates from the background threads until the file's link shows. */
    private static BackgroundDownload finished(String id) throws InterruptedException {
        BackgroundDownload download = _get(BackgroundDownload.class, spec -> spec.withId(id + "-box"));
        long deadline = System.currentTimeMillis() + 60_000;
        while (download.preparing() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
            MockVaadin.clientRoundtrip();
        }
        return download;
    }

    @Test
    void anExportShowsProgressThenOffersTheFinishedFile() throws Exception {
        openAs("lanhdao");
        long period2023 = jdbc.queryForObject("select id from assessment_period where year = 2023", Long.class);
        long departments = jdbc.queryForObject("select id from org_block where code = 'DEPARTMENT'", Long.class);
        navigate(period2023, departments);
        assertThat(_find(Anchor.class, spec -> spec.withId("ranking-csv-file"))).isEmpty();

        // The file is made on another thread, which tells the page through UI.access; Karibu runs that
        // news only when a locator next runs the UI queue, so the components are looked up first and
        // read directly after the click, as a browser sees the page until its next poll.
        Button csv = _get(Button.class, spec -> spec.withId("ranking-csv"));
        ProgressBar progress = hidden(ProgressBar.class, "ranking-csv-progress");
        Span progressText = hidden(Span.class, "ranking-csv-progress-text");
        csv.click();
        assertThat(progress.isVisible()).isTrue();
        assertThat(progressText.getText()).isEqualTo("Đang chuẩn bị tệp…");
        assertThat(csv.isEnabled()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isPositive();

        BackgroundDownload download = finished("ranking-csv");
        assertThat(download.preparing()).isFalse();
        assertThat(hidden(ProgressBar.class, "ranking-csv-progress").isVisible())
                .isFalse();
        Anchor link = _get(Anchor.class, spec -> spec.withId("ranking-csv-file"));
        assertThat(link.getText()).isEqualTo("Tải về chi-so-cchc-2023-DEPARTMENT.csv");
        assertThat(_get(Button.class, spec -> spec.withId("ranking-csv")).isEnabled())
                .isTrue();
        assertThat(UI.getCurrent().getPollInterval()).isNegative();
        // the link's download writes the file the export service writes directly
        ByteArrayOutputStream fetched = new ByteArrayOutputStream();
        download.finishedFile().orElseThrow().getWriter().accept(fetched, VaadinSession.getCurrent());
        ByteArrayOutputStream direct = new ByteArrayOutputStream();
        exports.csv(period2023, departments, java.util.Locale.forLanguageTag("vi"), direct);
        assertThat(fetched.toByteArray()).isEqualTo(direct.toByteArray());

        // another user in another session cannot have it through the same resource
        StreamResource resource = download.finishedFile().orElseThrow();
        openAs("noivu");
        assertThatThrownBy(() -> resource.getWriter().accept(new ByteArrayOutputStream(), VaadinSession.getCurrent()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aFocalPointsScorecardIsMadeInTheBackgroundToo() throws Exception {
        openAs("gtvt");
        UI.getCurrent().navigate("ranking");
        assertThat(_find(Button.class, spec -> spec.withId("ranking-xlsx"))).isEmpty();
        Button scorecard = _get(Button.class, spec -> spec.withId("ranking-scorecard"));
        ProgressBar progress = hidden(ProgressBar.class, "ranking-scorecard-progress");
        scorecard.click();
        assertThat(progress.isVisible()).isTrue();
        finished("ranking-scorecard");
        assertThat(_get(Anchor.class, spec -> spec.withId("ranking-scorecard-file"))
                        .getText())
                .startsWith("Tải về chi-so-cchc-")
                .endsWith("-SGTVT.pdf");
    }
}
