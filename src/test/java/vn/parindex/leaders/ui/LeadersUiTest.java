package vn.parindex.leaders.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.appraisal.AppraisalRows;
import vn.parindex.leaders.ClassificationEntry;
import vn.parindex.leaders.LeaderClassificationsTest;
import vn.parindex.leaders.LeaderRuleSets;
import vn.parindex.leaders.Level;
import vn.parindex.period.Phase;
import vn.parindex.support.KaribuTest;
import vn.parindex.support.SignIn;
import vn.parindex.support.UiAssertions;

/**
 * /leaders per role: the secretariat prepares, overrides with a justification (highlighted) and
 * submits, never for its own unit; the leader approves; the demo's 2023 list in English numbers; the
 * rules page lists the rules with what they do. Period 2028.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LeadersUiTest extends KaribuTest {

    private static final int YEAR = 2028;
    private static Long periodId;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LeaderRuleSets ruleSets;

    @BeforeEach
    void preparePeriod() {
        if (periodId == null) {
            periodId = AppraisalRows.period(context, YEAR, Phase.COUNCIL_APPROVAL);
            long department = jdbc.queryForObject("select id from org_block where code = 'DEPARTMENT'", Long.class);
            AppraisalRows.allFinal(jdbc, periodId, department, "hoidong2");
            AppraisalRows.surveyed(jdbc, periodId, department);
            ruleSets.save(periodId, LeaderClassificationsTest.rules(), 0);
            SignIn.out();
        }
    }

    private long unit(String code) {
        return jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
    }

    private static void open(int year) {
        UI.getCurrent().navigate("leaders", QueryParameters.simple(Map.of("year", String.valueOf(year))));
    }

    @SuppressWarnings("unchecked")
    private static Grid<ClassificationEntry> grid() {
        return _get(Grid.class, spec -> spec.withId("leaders-grid"));
    }

    private static String status() {
        return _get(Span.class, spec -> spec.withId("leaders-status")).getText();
    }

    private static int row(long unitId) {
        for (int i = 0; i < GridKt._size(grid()); i++) {
            if (GridKt._get(grid(), i).unitId() == unitId) {
                return i;
            }
        }
        throw new AssertionError("no row for unit " + unitId);
    }

    /** The row's buttons (the secretariat's column), empty when the row has none. */
    private static List<Button> buttons(long unitId) {
        return ((com.vaadin.flow.component.Component) GridKt._getCellComponent(grid(), row(unitId), "actions"))
                .getChildren()
                .filter(Button.class::isInstance)
                .map(Button.class::cast)
                .toList();
    }

    private static String finalCell(long unitId) {
        return ((com.vaadin.flow.component.Component) GridKt._getCellComponent(grid(), row(unitId), "final"))
                .getElement()
                .getTextRecursively();
    }

    @Test
    @Order(1)
    void noivuOverridesWithAJustificationAndSubmitsThenLanhdaoApproves() {
        openAs("noivu");
        open(YEAR);
        assertThat(_get(Span.class, spec -> spec.withId("leaders-none")).getText())
                .isEqualTo("Khối này chưa được xếp loại.");
        _click(_get(Button.class, spec -> spec.withId("leaders-prepare")));
        assertThat(GridKt._size(grid())).isEqualTo(18);
        assertThat(status()).startsWith("Đang xếp loại · Bộ quy tắc phiên bản 1");
        // The secretariat's own unit (Home Affairs) has no buttons.
        assertThat(_find(Button.class, spec -> spec.withId("leaders-set-" + unit("SNV"))))
                .isEmpty();

        long health = unit("SYT");
        _click(buttons(health).get(0));
        @SuppressWarnings("unchecked")
        Select<Level> level = _get(Select.class, spec -> spec.withId("leaders-level"));
        HasValueUtilsKt._setValue(level, Level.EXCELLENT, true);
        _click(_get(Button.class, spec -> spec.withId("leaders-level-save")));
        assertThat(UiAssertions.notificationTexts()).contains("Mức xếp loại ngoài quy tắc phải có lý do");
        HasValueUtilsKt._setValue(
                _get(TextArea.class, spec -> spec.withId("leaders-justification")), "Chống dịch xuất sắc", true);
        _click(_get(Button.class, spec -> spec.withId("leaders-level-save")));
        assertThat(UiAssertions.notificationTexts()).contains("Đã lưu");
        assertThat(finalCell(health)).contains("Hoàn thành xuất sắc nhiệm vụ", "Ngoài quy tắc", "Chống dịch xuất sắc");

        // The flags dialog: discipline needs the decision's number (the dialog stays open, nothing saved),
        // absence beyond 12 months is refused, then the head is at "not completed", "why" says so.
        long justice = unit("STP");
        _click(buttons(justice).get(1));
        _get(com.vaadin.flow.component.dialog.Dialog.class, spec -> spec.withId("leaders-flags-dialog"));
        HasValueUtilsKt._setValue(_get(Checkbox.class, spec -> spec.withId("leaders-disciplined")), true, true);
        _click(_get(Button.class, spec -> spec.withId("leaders-flags-save")));
        assertThat(UiAssertions.notificationTexts()).contains("Phải ghi số quyết định kỷ luật");
        assertThat(finalCell(justice)).doesNotContain("Bị kỷ luật");
        HasValueUtilsKt._setValue(_get(IntegerField.class, spec -> spec.withId("leaders-absence")), 13, true);
        HasValueUtilsKt._setValue(
                _get(TextField.class, spec -> spec.withId("leaders-discipline-ref")), "12/QĐ-UBND", true);
        _click(_get(Button.class, spec -> spec.withId("leaders-flags-save")));
        assertThat(UiAssertions.notificationTexts()).contains("Số tháng vắng mặt phải từ 0 đến 12");
        HasValueUtilsKt._setValue(_get(IntegerField.class, spec -> spec.withId("leaders-absence")), 2, true);
        _click(_get(Button.class, spec -> spec.withId("leaders-flags-save")));
        assertThat(UiAssertions.notificationTexts()).contains("Đã lưu");
        assertThat(_find(com.vaadin.flow.component.dialog.Dialog.class, spec -> spec.withId("leaders-flags-dialog")))
                .isEmpty();
        assertThat(finalCell(justice))
                .contains("Không hoàn thành nhiệm vụ", "Bị kỷ luật trong năm (12/QĐ-UBND)", "Số tháng vắng mặt: 2");
        assertThat(((com.vaadin.flow.component.Component) GridKt._getCellComponent(grid(), row(justice), "proposed"))
                        .getElement()
                        .getTextRecursively())
                .contains("Không hoàn thành nhiệm vụ", "Discipline");

        _click(_get(Button.class, spec -> spec.withId("leaders-submit")));
        assertThat(UiAssertions.notificationTexts()).contains("Đã trình lãnh đạo");
        assertThat(status()).startsWith("Đã trình lãnh đạo");
        assertThat(_find(Button.class, spec -> spec.withId("leaders-submit"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("leaders-set-" + health)))
                .isEmpty();

        openAs("lanhdao");
        open(YEAR);
        assertThat(finalCell(health)).contains("Ngoài quy tắc");
        _click(_get(Button.class, spec -> spec.withId("leaders-approve")));
        assertThat(UiAssertions.notificationTexts()).contains("Đã phê duyệt xếp loại");
        assertThat(status()).startsWith("Đã phê duyệt");
        assertThat(_find(Button.class, spec -> spec.withId("leaders-approve"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("leaders-refresh"))).isEmpty();
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("leaders-pdf")))
                .hasSize(1);
    }

    @Test
    @Order(3)
    void theLeaderReadsTheDemo2023ListInEnglish() {
        SignIn.as(context, "lanhdao");
        openAsSignedIn();
        UI.getCurrent().setLocale(Locale.ENGLISH);
        open(2023);
        assertThat(status()).startsWith("Approved · rules revision 1 · From the ");
        assertThat(GridKt._size(grid())).isEqualTo(18);
        List<String> first = GridKt._getFormattedRow(grid(), 0);
        assertThat(first).contains("1", "92.86");
        assertThat(((com.vaadin.flow.component.Component) GridKt._getCellComponent(grid(), 0, "unit"))
                        .getElement()
                        .getTextRecursively())
                .isEqualTo("Department of Transport");
        @SuppressWarnings("unchecked")
        Grid<Level> summary = _get(Div.class, spec -> spec.withId("leaders-summary"))
                .getChildren()
                .filter(Grid.class::isInstance)
                .map(Grid.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(GridKt._getFormattedRow(summary, 0)).containsExactly("Completed tasks excellently", "6", "2");
        assertThat(GridKt._getFormattedRow(summary, 2)).containsExactly("Completed tasks", "0", "2");
        assertThat(_find(Button.class, spec -> spec.withId("leaders-approve"))).isEmpty();
    }

    @Test
    @Order(4)
    void theRulesPageShowsEachRuleWithItsExplanationAndWhatItDoes() {
        openAs("noivu");
        UI.getCurrent().navigate("leaders/rules", QueryParameters.simple(Map.of("year", "2023")));
        @SuppressWarnings("unchecked")
        Grid<vn.parindex.leaders.LeaderRule> rules = _get(Grid.class, spec -> spec.withId("leader-rules-grid"));
        assertThat(GridKt._size(rules)).isEqualTo(6);
        assertThat(GridKt._getFormattedRow(rules, 0))
                .contains("Đề xuất mức", "Đơn vị từ nhóm Tốt trở lên: đề xuất hoàn thành xuất sắc nhiệm vụ");
        assertThat(_get(Span.class, spec -> spec.withId("leader-rules-revision"))
                        .getText())
                .startsWith("Phiên bản 1");
        // Saving the same rules again is refused as unchanged.
        _click(_get(Button.class, spec -> spec.withId("leader-rules-save")));
        assertThat(UiAssertions.notificationTexts()).contains("Bộ quy tắc không thay đổi");
    }

    /**
     * The rule dialog: a second default level is refused on saving (nothing saved), an absence cap
     * added through the dialog is saved as a new revision; the leader reads the rules, without editing.
     */
    @Test
    @Order(5)
    void theRuleDialogAddsAndEditsRulesAndTheLeaderOnlyReadsThem() {
        openAs("noivu");
        UI.getCurrent().navigate("leaders/rules", QueryParameters.simple(Map.of("year", String.valueOf(YEAR))));
        @SuppressWarnings("unchecked")
        Grid<vn.parindex.leaders.LeaderRule> rules = _get(Grid.class, spec -> spec.withId("leader-rules-grid"));
        int before = GridKt._size(rules);
        int revision = ruleSets.current(periodId).orElseThrow().revision();

        _click(_get(Button.class, spec -> spec.withId("leader-rules-add")));
        fillRule(vn.parindex.leaders.RuleKind.DEFAULT, "Second default", "Everyone completed", Level.COMPLETED);
        _click(_get(Button.class, spec -> spec.withId("leader-rule-ok")));
        assertThat(GridKt._size(rules)).isEqualTo(before + 1);
        _click(_get(Button.class, spec -> spec.withId("leader-rules-save")));
        assertThat(UiAssertions.notificationTexts()).contains("Bộ quy tắc phải có đúng một mức mặc định");
        assertThat(ruleSets.current(periodId).orElseThrow().revision()).isEqualTo(revision);

        // The wrong rule turned into an absence cap through the edit dialog, then saved.
        _click(ruleButtons(rules, before).get(0));
        @SuppressWarnings("unchecked")
        Select<vn.parindex.leaders.RuleKind> kind = _get(Select.class, spec -> spec.withId("leader-rule-kind"));
        assertThat(kind.getValue()).isEqualTo(vn.parindex.leaders.RuleKind.DEFAULT);
        assertThat(_find(IntegerField.class, spec -> spec.withId("leader-rule-min-months")))
                .isEmpty();
        fillRule(vn.parindex.leaders.RuleKind.ABSENCE, "Absence 3-6", "3 to under 6 months away", Level.COMPLETED);
        HasValueUtilsKt._setValue(_get(IntegerField.class, spec -> spec.withId("leader-rule-min-months")), 3, true);
        HasValueUtilsKt._setValue(_get(IntegerField.class, spec -> spec.withId("leader-rule-max-months")), 6, true);
        _click(_get(Button.class, spec -> spec.withId("leader-rule-ok")));
        _click(_get(Button.class, spec -> spec.withId("leader-rules-save")));
        assertThat(UiAssertions.notificationTexts()).contains("Đã lưu phiên bản " + (revision + 1) + " của bộ quy tắc");
        vn.parindex.leaders.LeaderRule saved =
                ruleSets.current(periodId).orElseThrow().rules().get(before);
        assertThat(saved.kind()).isEqualTo(vn.parindex.leaders.RuleKind.ABSENCE);
        assertThat(saved.name()).isEqualTo("Absence 3-6");
        assertThat(saved.minMonths()).isEqualTo(3);
        assertThat(saved.maxMonths()).isEqualTo(6);
        assertThat(GridKt._getFormattedRow(rules, before)).contains("Vắng mặt");

        // The leader reads the same rules: no dialog, no saving.
        openAs("lanhdao");
        UI.getCurrent().navigate("leaders/rules", QueryParameters.simple(Map.of("year", String.valueOf(YEAR))));
        @SuppressWarnings("unchecked")
        Grid<vn.parindex.leaders.LeaderRule> read = _get(Grid.class, spec -> spec.withId("leader-rules-grid"));
        assertThat(GridKt._size(read)).isEqualTo(before + 1);
        assertThat(GridKt._getFormattedRow(read, before)).contains("Vắng mặt");
        assertThat(_find(Button.class, spec -> spec.withId("leader-rules-add"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("leader-rules-save")))
                .isEmpty();
        assertThat(read.getColumnByKey("actions")).isNull();
    }

    private static List<Button> ruleButtons(Grid<vn.parindex.leaders.LeaderRule> rules, int row) {
        return ((com.vaadin.flow.component.Component) GridKt._getCellComponent(rules, row, "actions"))
                .getChildren()
                .filter(Button.class::isInstance)
                .map(Button.class::cast)
                .toList();
    }

    private static void fillRule(vn.parindex.leaders.RuleKind kind, String name, String explanation, Level level) {
        HasValueUtilsKt._setValue(_get(Select.class, spec -> spec.withId("leader-rule-kind")), kind, true);
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withId("leader-rule-name")), name, true);
        HasValueUtilsKt._setValue(
                _get(TextArea.class, spec -> spec.withId("leader-rule-explanation")), explanation, true);
        HasValueUtilsKt._setValue(_get(Select.class, spec -> spec.withId("leader-rule-level")), level, true);
    }
}
