package vn.parindex.assessment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parindex.assessment.AssessmentFixtures;
import vn.parindex.assessment.OverviewRow;
import vn.parindex.assessment.OwnPeriods;
import vn.parindex.assessment.SelfAssessments;
import vn.parindex.assessment.Sheet;
import vn.parindex.criteria.Choice;
import vn.parindex.criteria.CriteriaCatalog;
import vn.parindex.criteria.CriteriaEditor;
import vn.parindex.criteria.CriteriaNodeView;
import vn.parindex.criteria.CriteriaTree;
import vn.parindex.criteria.NodeDraft;
import vn.parindex.criteria.Scoring;
import vn.parindex.organization.BlockSummary;
import vn.parindex.organization.UnitSummary;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.period.PeriodSummary;
import vn.parindex.security.Role;
import vn.parindex.support.Accounts;
import vn.parindex.support.KaribuTest;
import vn.parindex.support.SignIn;
import vn.parindex.support.UiAssertions;

/**
 * After the secretariat changed the criteria: the unit's sheet marks what to check again, filters
 * it, says why a score is no longer allowed, lets the unit confirm or clear; the overview shows who
 * has marks; the criteria view names the units before a delete or an applicability change; a
 * published period offers no way back.
 */
class CriteriaChangesUiTest extends KaribuTest {

    private static final String REASON = "Điều chỉnh theo Quyết định của UBND tỉnh";

    @Autowired
    SelfAssessments assessments;

    @Autowired
    CriteriaEditor editor;

    @Autowired
    CriteriaCatalog catalog;

    @Autowired
    PeriodDirectory periods;

    private Long periodId;

    @AfterEach
    void closePeriod() {
        if (periodId != null) {
            OwnPeriods.close(context, periodId);
        }
    }

    @Test
    void theUnitSeesFiltersConfirmsAndClearsWhatTheChangesMarked() {
        UnitSummary justice = AssessmentFixtures.unit(context, "STP");
        periodId = OwnPeriods.open(context, 2016);
        String user = Accounts.create(context, Role.FOCAL_POINT, justice.id());
        SignIn.as(context, user, Accounts.PASSWORD);
        Sheet sheet = assessments.sheet(periodId, justice.id());
        assessments.save(sheet.assessmentId(), AssessmentFixtures.fullMarks(sheet));

        SignIn.as(context, "noivu");
        CriteriaTree tree = catalog.tree(
                catalog.set(periodId, justice.blockId()).orElseThrow().setId());
        CriteriaNodeView range = node(tree, "1.1.1");
        editor.updateNode(
                range.id(),
                range.version(),
                changed(range, new BigDecimal("15"), range.scoring().choices()),
                REASON);
        CriteriaNodeView choices = node(tree, "1.1.3");
        List<Choice> moreLevels = new ArrayList<>(choices.scoring().choices());
        moreLevels.add(new Choice(new BigDecimal("2.5"), "Đạt một phần nhỏ", "Partly met, a little"));
        editor.updateNode(choices.id(), choices.version(), changed(choices, choices.maxPoints(), moreLevels), REASON);
        CriteriaNodeView incomplete = node(tree, "1.1.4");
        editor.updateNode(incomplete.id(), incomplete.version(), withoutMethod(incomplete), REASON);
        editor.setApplicable(node(tree, "2").id(), justice.id(), false, REASON);

        SignIn.as(context, user, Accounts.PASSWORD);
        openAsSignedIn();
        UI.getCurrent().navigate("self-assessment", QueryParameters.simple(Map.of("period", String.valueOf(periodId))));
        // 1.1.1, 1.1.3 and 1.1.4 (rules changed), 2.1.1, 2.1.2 and 2.2.1 (no longer apply).
        assertThat(_get(Span.class, spec -> spec.withId("sa-recheck-count")).getText())
                .isEqualTo("Cần kiểm tra lại: 6");
        assertThat(GridKt._getFormattedRow(tree(), shown("1.1.1"))).anyMatch(cell -> cell.contains("cần kiểm tra lại"));
        assertThat(GridKt._getFormattedRow(tree(), shown("2.1.1"))).anyMatch(cell -> cell.equals("15,00 (không tính)"));
        @SuppressWarnings("unchecked")
        Select<SheetDraft.Filter> filter = _get(Select.class, spec -> spec.withId("sa-filter"));
        _setValue(filter, SheetDraft.Filter.RECHECK);
        assertThat(all(tree()).stream().map(CriteriaNodeView::code).toList())
                .containsExactly("1", "1.1", "1.1.1", "1.1.3", "1.1.4", "2", "2.1", "2.1.1", "2.1.2", "2.2", "2.2.1");

        // 20 is above the new maximum: said so, and no confirming it.
        tree().select(shown("1.1.1"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("item-recheck-invalid"))
                        .getText())
                .isEqualTo("Điểm đã nhập không còn hợp lệ: 1.1.1: điểm 20 vượt quá điểm tối đa 15. Hãy sửa điểm;"
                        + " chưa sửa thì chưa nộp được.");
        assertThat(_find(Button.class, spec -> spec.withId("item-reconfirm"))).isEmpty();
        // 10 is still a level of 1.1.3: the unit keeps it.
        tree().select(shown("1.1.3"));
        _click(_get(Button.class, spec -> spec.withId("item-reconfirm")));
        assertThat(UiAssertions.notificationTexts()).contains("Đã xác nhận 1.1.3");
        assertThat(_get(Span.class, spec -> spec.withId("sa-recheck-count")).getText())
                .isEqualTo("Cần kiểm tra lại: 5");
        // What no longer applies can be cleared.
        tree().select(shown("2.1.1"));
        _click(_get(Button.class, spec -> spec.withId("item-clear-stored")));
        assertThat(UiAssertions.notificationTexts()).contains("Đã xóa điểm và ghi chú của 2.1.1");
        assertThat(assessments
                        .sheet(periodId, justice.id())
                        .item(shown("2.1.1").id())
                        .scored())
                .isFalse();
        // A component without a method says why it cannot be scored, instead of failing.
        _setValue(filter, SheetDraft.Filter.ALL);
        tree().select(shown("1.1.4"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("item-rule-incomplete"))
                        .getText())
                .startsWith("Tiêu chí chưa có phương pháp chấm điểm");
        assertThat(_find(TextField.class, spec -> spec.withId("item-score"))).isEmpty();

        // The secretariat's overview shows the unit with its marks, and only those units on request.
        openAs("noivu");
        UI.getCurrent()
                .navigate(
                        "self-assessment/overview", QueryParameters.simple(Map.of("period", String.valueOf(periodId))));
        @SuppressWarnings("unchecked")
        Grid<OverviewRow> grid = _get(Grid.class, spec -> spec.withId("overview-grid"));
        _setValue(_get(Checkbox.class, spec -> spec.withId("overview-only-recheck")), true);
        assertThat(grid.getListDataView()
                        .getItems()
                        .map(row -> row.unit().code())
                        .toList())
                .containsExactly("STP");
        assertThat(((Span) GridKt._getCellComponent(grid, 0, "recheck")).getText())
                .isEqualTo("4");
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("50,00");
    }

    @Test
    void theCriteriaViewNamesTheUnitsBeforeADeleteOrAnApplicabilityChange() {
        UnitSummary justice = AssessmentFixtures.unit(context, "STP");
        periodId = OwnPeriods.open(context, 2017);
        String user = Accounts.create(context, Role.FOCAL_POINT, justice.id());
        SignIn.as(context, user, Accounts.PASSWORD);
        Sheet sheet = assessments.sheet(periodId, justice.id());
        assessments.save(sheet.assessmentId(), AssessmentFixtures.fullMarks(sheet));

        openAs("noivu");
        UI.getCurrent().navigate("criteria");
        @SuppressWarnings("unchecked")
        Select<PeriodSummary> period = _get(Select.class, spec -> spec.withId("criteria-period"));
        _setValue(period, periods.period(periodId));
        @SuppressWarnings("unchecked")
        Select<BlockSummary> block = _get(Select.class, spec -> spec.withId("criteria-block"));
        _setValue(
                block,
                block.getListDataView()
                        .getItems()
                        .filter(candidate -> candidate.id() == justice.blockId())
                        .findFirst()
                        .orElseThrow());
        @SuppressWarnings("unchecked")
        TreeGrid<CriteriaNodeView> criteria = _get(TreeGrid.class, spec -> spec.withId("criteria-tree"));
        criteria.select(criteria.getTreeData()
                .getRootItems()
                .get(0)
                .children()
                .get(0)
                .children()
                .get(0));
        _click(_get(Button.class, spec -> spec.withId("node-delete")));
        assertThat(_find(ConfirmDialog.class, spec -> spec.withId("node-delete-confirm")))
                .isEmpty();
        assertThat(UiAssertions.notificationTexts())
                .contains("Không thể xóa mục 1.1.1: các đơn vị sau đã nhập điểm, ghi chú hoặc tài liệu kiểm chứng"
                        + " cho mục này hoặc mục con của nó: Sở Tư pháp");

        // Excluding area 1 for the unit asks first, naming it; cancelling changes nothing.
        _get(com.vaadin.flow.component.tabs.TabSheet.class).setSelectedIndex(1);
        _setValue(_get(TextField.class, spec -> spec.withId("applicability-reason")), REASON);
        @SuppressWarnings("unchecked")
        Grid<UnitSummary> applicability = _get(Grid.class, spec -> spec.withId("applicability-grid"));
        UnitSummary row = applicability
                .getListDataView()
                .getItems()
                .filter(candidate -> candidate.id() == justice.id())
                .findFirst()
                .orElseThrow();
        Checkbox applies = (Checkbox) GridKt._getCellComponent(
                applicability,
                applicability.getListDataView().getItems().toList().indexOf(row),
                "applies-1");
        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(applies, false, true);
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("applicability-confirm"));
        assertThat(ConfirmDialogKt.getText(confirm)).startsWith("Đã có nội dung nhập cho mục này của: Sở Tư pháp.");
        ConfirmDialogKt._fireCancel(confirm);
        assertThat(applies.getValue()).isTrue();
        SignIn.as(context, "noivu");
        assertThat(catalog.tree(catalog.set(periodId, justice.blockId())
                                .orElseThrow()
                                .setId())
                        .applicable(criteria.getTreeData().getRootItems().get(0).id(), justice.id()))
                .isTrue();
    }

    @Test
    void aPublishedPeriodOffersNoWayBack() {
        openAs("noivu");
        UI.getCurrent().navigate("periods");
        @SuppressWarnings("unchecked")
        Grid<PeriodSummary> grid = _get(Grid.class, spec -> spec.withId("periods-grid"));
        grid.select(periods.byYear(2023).orElseThrow());
        assertThat(_find(Button.class, spec -> spec.withId("move-back-phase"))).isEmpty();
        grid.select(periods.byYear(2024).orElseThrow());
        assertThat(_find(Button.class, spec -> spec.withId("move-back-phase"))).hasSize(1);
    }

    private static CriteriaNodeView node(CriteriaTree tree, String code) {
        return tree.allNodes().stream()
                .filter(candidate -> candidate.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static NodeDraft changed(CriteriaNodeView node, BigDecimal max, List<Choice> choices) {
        NodeDraft draft = node.toDraft();
        return new NodeDraft(
                draft.level(),
                draft.nameVi(),
                draft.nameEn(),
                new Scoring(
                        draft.method(),
                        max,
                        draft.scoring().rangeMin(),
                        draft.scoring().rangeMax() == null ? null : max,
                        draft.scoring().step(),
                        choices),
                draft.evidenceRequired(),
                null,
                null);
    }

    private static NodeDraft withoutMethod(CriteriaNodeView node) {
        NodeDraft draft = node.toDraft();
        return new NodeDraft(
                draft.level(),
                draft.nameVi(),
                draft.nameEn(),
                new Scoring(null, draft.maxPoints(), null, null, null, List.of()),
                false,
                null,
                null);
    }

    @SuppressWarnings("unchecked")
    private static TreeGrid<CriteriaNodeView> tree() {
        return _get(TreeGrid.class, spec -> spec.withId("sa-tree"));
    }

    private static CriteriaNodeView shown(String code) {
        return all(tree()).stream()
                .filter(candidate -> candidate.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static List<CriteriaNodeView> all(TreeGrid<CriteriaNodeView> tree) {
        List<CriteriaNodeView> nodes = new ArrayList<>();
        collect((TreeDataProvider<CriteriaNodeView>) tree.getDataProvider(), null, nodes);
        return nodes;
    }

    private static void collect(
            TreeDataProvider<CriteriaNodeView> provider, CriteriaNodeView parent, List<CriteriaNodeView> into) {
        provider.fetchChildren(new HierarchicalQuery<>(null, parent)).forEach(child -> {
            into.add(child);
            collect(provider, child, into);
        });
    }
}
