package vn.parindex.assessment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parindex.assessment.AssessmentFixtures;
import vn.parindex.assessment.AssessmentStatus;
import vn.parindex.assessment.OverviewRow;
import vn.parindex.assessment.SelfAssessments;
import vn.parindex.assessment.Sheet;
import vn.parindex.criteria.CriteriaNodeView;
import vn.parindex.period.PeriodSummary;
import vn.parindex.support.Accounts;
import vn.parindex.support.KaribuTest;
import vn.parindex.support.SignIn;
import vn.parindex.support.UiAssertions;

/** The sheet, its editor, the evidence library and the secretariat's overview, browserless. */
class SelfAssessmentUiTest extends KaribuTest {

    @Autowired
    SelfAssessments assessments;

    long period;

    @BeforeEach
    void findPeriod() {
        period = AssessmentFixtures.period2024(context);
    }

    private void openSheet(String username, long unitId) {
        SignIn.as(context, username, username.startsWith("t") ? Accounts.PASSWORD : SignIn.DEMO_PASSWORD);
        openAsSignedIn();
        UI.getCurrent()
                .navigate(
                        "self-assessment",
                        QueryParameters.simple(
                                Map.of("period", String.valueOf(period), "unit", String.valueOf(unitId))));
    }

    @SuppressWarnings("unchecked")
    private static TreeGrid<CriteriaNodeView> tree() {
        return _get(TreeGrid.class, spec -> spec.withId("sa-tree"));
    }

    private static CriteriaNodeView select(String code) {
        TreeGrid<CriteriaNodeView> tree = tree();
        CriteriaNodeView node = all(tree).stream()
                .filter(candidate -> candidate.code().equals(code))
                .findFirst()
                .orElseThrow();
        tree.select(node);
        return node;
    }

    /** Every node the tree shows under the current filter, depth first. */
    private static List<CriteriaNodeView> all(TreeGrid<CriteriaNodeView> tree) {
        List<CriteriaNodeView> nodes = new ArrayList<>();
        TreeDataProvider<CriteriaNodeView> provider = (TreeDataProvider<CriteriaNodeView>) tree.getDataProvider();
        collect(provider, null, nodes);
        return nodes;
    }

    private static void collect(
            TreeDataProvider<CriteriaNodeView> provider, CriteriaNodeView parent, List<CriteriaNodeView> into) {
        provider.fetchChildren(new HierarchicalQuery<>(null, parent)).forEach(child -> {
            into.add(child);
            collect(provider, child, into);
        });
    }

    /** Sets a value as the user would, so the view sees it as coming from the browser. */
    private static <V> void type(HasValue<?, V> field, V value) {
        HasValueUtilsKt._setValue(field, value, true);
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    @Test
    void theFocalPointScoresWithCheckedInputAndSeesProgressAndSubtotals() {
        long unitId = AssessmentFixtures.unit(context, "SKHDT").id();
        String user = Accounts.create(context, vn.parindex.security.Role.FOCAL_POINT, unitId);
        openSheet(user, unitId);

        assertThat(_get(com.vaadin.flow.component.html.H2.class, spec -> spec.withId("sa-title"))
                        .getText())
                .isEqualTo("Tự đánh giá năm 2024 – Sở Kế hoạch và Đầu tư");
        assertThat(text("sa-progress")).isEqualTo("Đã chấm 0/52 tiêu chí");
        assertThat(text("sa-total")).isEqualTo("Tổng điểm tự chấm: 0,00 / 100,00");
        assertThat(text("sa-deadline")).startsWith("Hạn nộp ").contains("(còn 14 ngày)");

        CriteriaNodeView range = select("1.2.1");
        TextField score = _get(TextField.class, spec -> spec.withId("item-score"));
        assertThat(score.getHelperText()).isEqualTo("Từ 0 đến 1, bước 0,25");
        type(score, "1,5");
        assertThat(score.isInvalid()).isTrue();
        assertThat(score.getErrorMessage()).isEqualTo("1.2.1: điểm 1,5 vượt quá điểm tối đa 1");
        type(score, "abc");
        assertThat(score.getErrorMessage()).isEqualTo("“abc” không phải là số; hãy nhập ví dụ 1,5");
        _click(_get(Button.class, spec -> spec.withId("sa-save")));
        assertThat(UiAssertions.notificationTexts()).contains("“abc” không phải là số; hãy nhập ví dụ 1,5");
        assertThat(assessments.sheet(period, unitId).progress().scored()).isZero();

        type(score, "0,75");
        assertThat(score.isInvalid()).isFalse();
        type(_get(TextArea.class, spec -> spec.withId("item-note")), "Ban hành 3/4 báo cáo đúng hạn");
        assertThat(text("sa-progress")).isEqualTo("Đã chấm 1/52 tiêu chí");
        assertThat(text("sa-total")).isEqualTo("Tổng điểm tự chấm: 0,75 / 100,00");
        assertThat(GridKt._getFormattedRow(tree(), range)).contains("0,75");
        CriteriaNodeView criterion = all(tree()).stream()
                .filter(node -> node.code().equals("1.2"))
                .findFirst()
                .orElseThrow();
        assertThat(GridKt._getFormattedRow(tree(), criterion)).contains("0,75");

        select("1.1.1");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<BigDecimal> yesNo = _get(RadioButtonGroup.class, spec -> spec.withId("item-yesno"));
        type(yesNo, new BigDecimal("1.00"));
        assertThat(_get(Button.class, spec -> spec.withId("sa-save")).getText()).isEqualTo("Lưu (2)");
        _click(_get(Button.class, spec -> spec.withId("sa-save")));
        assertThat(UiAssertions.notificationTexts()).contains("Đã lưu 2 tiêu chí");
        assertThat(_get(Span.class, spec -> spec.withId("sa-status-badge")).getText())
                .isEqualTo("Đang thực hiện");
        Sheet stored = assessments.sheet(period, unitId);
        assertThat(stored.item(range.id()).score()).isEqualByComparingTo("0.75");
        assertThat(stored.item(range.id()).note()).isEqualTo("Ban hành 3/4 báo cáo đúng hạn");

        // Only what is still to do, with its area and criterion around it.
        @SuppressWarnings("unchecked")
        Select<SheetDraft.Filter> filter = _get(Select.class, spec -> spec.withId("sa-filter"));
        _setValue(filter, SheetDraft.Filter.UNSCORED);
        List<String> shown = all(tree()).stream().map(CriteriaNodeView::code).toList();
        assertThat(shown).contains("1", "1.1", "1.1.2").doesNotContain("1.1.1", "1.2.1", "8.1.1");

        // Leaving with an unsaved change asks first and stays.
        _setValue(filter, SheetDraft.Filter.ALL);
        select("1.2.1");
        type(_get(TextField.class, spec -> spec.withId("item-score")), "1");
        UI.getCurrent().navigate("");
        ConfirmDialog unsaved = _get(ConfirmDialog.class, spec -> spec.withId("sa-unsaved-dialog"));
        assertThat(ConfirmDialogKt.getHeader(unsaved)).isEqualTo("Còn thay đổi chưa lưu");
        assertThat(_find(SelfAssessmentView.class)).hasSize(1);
        ConfirmDialogKt._fireConfirm(unsaved);
        assertThat(_find(SelfAssessmentView.class)).isEmpty();
        assertThat(assessments.sheet(period, unitId).item(range.id()).score()).isEqualByComparingTo("0.75");
    }

    @Test
    void submittingAnIncompleteSheetListsWhatIsMissingAndACompleteOneLocks() {
        long unitId = AssessmentFixtures.unit(context, "SNNPTNT").id();
        String user = Accounts.create(context, vn.parindex.security.Role.FOCAL_POINT, unitId);
        openSheet(user, unitId);
        int blockers = assessments.sheet(period, unitId).blockers().size();
        assertThat(blockers).isGreaterThan(52);
        _click(_get(Button.class, spec -> spec.withId("sa-submit")));
        assertThat(_find(com.vaadin.flow.component.dialog.Dialog.class, spec -> spec.withId("sa-blockers-dialog")))
                .hasSize(1);
        assertThat(_get(com.vaadin.flow.component.html.UnorderedList.class, spec -> spec.withId("sa-blockers"))
                        .getChildren()
                        .count())
                .isEqualTo(blockers);

        Sheet sheet = assessments.sheet(period, unitId);
        assessments.save(sheet.assessmentId(), AssessmentFixtures.fullMarks(sheet));
        openSheet(user, unitId);
        _click(_get(Button.class, spec -> spec.withId("sa-submit")));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("sa-submit-dialog"));
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(UiAssertions.notificationTexts()).contains("Đã nộp bản tự đánh giá");
        assertThat(_get(Span.class, spec -> spec.withId("sa-status-badge")).getText())
                .isEqualTo("Đã nộp");
        assertThat(_get(Span.class, spec -> spec.withId("sa-locked")).getText())
                .isEqualTo("Bản tự đánh giá đã nộp và bị khóa");
        assertThat(_find(Button.class, spec -> spec.withId("sa-submit"))).isEmpty();
        select("1.2.1");
        assertThat(_get(TextField.class, spec -> spec.withId("item-score")).isReadOnly())
                .isTrue();

        // The secretariat returns it with a reason; the overview shows it back in progress.
        openAs("noivu");
        UI.getCurrent().navigate("self-assessment/overview");
        @SuppressWarnings("unchecked")
        Select<PeriodSummary> periodSelect = _get(Select.class, spec -> spec.withId("overview-period"));
        _setValue(
                periodSelect,
                periodSelect
                        .getListDataView()
                        .getItems()
                        .filter(p -> p.id() == period)
                        .findFirst()
                        .orElseThrow());
        @SuppressWarnings("unchecked")
        Grid<OverviewRow> grid = _get(Grid.class, spec -> spec.withId("overview-grid"));
        assertThat(GridKt._size(grid)).isGreaterThanOrEqualTo(30);
        OverviewRow row = grid.getListDataView()
                .getItems()
                .filter(candidate -> candidate.unit().id() == unitId)
                .findFirst()
                .orElseThrow();
        assertThat(row.status()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(GridKt._getFormattedRow(grid, row)).contains("Sở NN&PTNT", "52/52 (100%)");
        int index = GridKt._fetch(grid, 0, GridKt._size(grid)).indexOf(row);
        Component actions = GridKt._getCellComponent(grid, index, "actions");
        _click(_get(actions, Button.class, spec -> spec.withId("overview-return-SNNPTNT")));
        _click(_get(Button.class, spec -> spec.withId("return-confirm")));
        assertThat(_get(TextArea.class, spec -> spec.withId("return-reason")).getErrorMessage())
                .isEqualTo("Hãy nhập lý do trả lại");
        _setValue(_get(TextArea.class, spec -> spec.withId("return-reason")), "Thiếu minh chứng mục 3.1");
        _click(_get(Button.class, spec -> spec.withId("return-confirm")));
        assertThat(UiAssertions.notificationTexts()).contains("Đã trả lại bản tự đánh giá cho Sở NN&PTNT");
        OverviewRow returned = grid.getListDataView()
                .getItems()
                .filter(candidate -> candidate.unit().id() == unitId)
                .findFirst()
                .orElseThrow();
        assertThat(returned.status()).isEqualTo(AssessmentStatus.IN_PROGRESS);

        openSheet(user, unitId);
        assertThat(_get(Span.class, spec -> spec.withId("sa-returned")).getText())
                .isEqualTo("Văn phòng trả lại để bổ sung: Thiếu minh chứng mục 3.1");
        assertThat(_get(Button.class, spec -> spec.withId("sa-submit")).isVisible())
                .isTrue();
    }

    @Test
    void theSecretariatReadsAUnitSheetWithoutChangingIt() {
        long transport = AssessmentFixtures.unit(context, "SGTVT").id();
        openSheet("noivu", transport);
        assertThat(_get(Span.class, spec -> spec.withId("sa-locked")).getText())
                .isEqualTo("Chỉ xem: chỉ đầu mối cải cách hành chính của đơn vị được chấm điểm");
        assertThat(_find(Button.class, spec -> spec.withId("sa-submit"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("sa-save"))).isEmpty();
        select("1.2.1");
        assertThat(_get(TextField.class, spec -> spec.withId("item-score")).isReadOnly())
                .isTrue();
        assertThat(_find(com.vaadin.flow.component.upload.Upload.class))
                .allSatisfy(upload -> assertThat(upload.isVisible()).isFalse());
    }

    @Test
    void anEditKeepsTheVersionItStartedFromAcrossReloads() {
        long unitId = AssessmentFixtures.unit(context, "STC").id();
        String first = Accounts.create(context, vn.parindex.security.Role.FOCAL_POINT, unitId);
        String second = Accounts.create(context, vn.parindex.security.Role.FOCAL_POINT, unitId);
        openSheet(first, unitId);
        CriteriaNodeView range = select("1.2.1");
        type(_get(TextField.class, spec -> spec.withId("item-score")), "0,5");

        // Meanwhile the colleague saves the same item.
        SignIn.as(context, second, Accounts.PASSWORD);
        Sheet theirs = assessments.sheet(period, unitId);
        assessments.save(
                theirs.assessmentId(),
                List.of(new vn.parindex.assessment.ItemChange(
                        range.id(), theirs.item(range.id()).version(), BigDecimal.ONE, null)));
        SignIn.as(context, first, Accounts.PASSWORD);

        // A reload (here: adding a document reference) keeps the edit, and its starting version.
        _get(com.vaadin.flow.component.tabs.TabSheet.class, spec -> spec.withId("sa-tabs"))
                .setSelectedIndex(1);
        _click(_get(Button.class, spec -> spec.withId("evidence-add-reference")));
        _setValue(_get(TextField.class, spec -> spec.withId("reference-title")), "Báo cáo quý");
        _setValue(_get(TextField.class, spec -> spec.withId("reference-number")), "7/BC-STC");
        _setValue(_get(DatePicker.class, spec -> spec.withId("reference-date")), LocalDate.of(2024, 4, 1));
        _setValue(_get(TextField.class, spec -> spec.withId("reference-issuer")), "Sở Tài chính");
        _click(_get(Button.class, spec -> spec.withId("reference-save")));
        assertThat(_get(Button.class, spec -> spec.withId("sa-save")).getText()).isEqualTo("Lưu (1)");

        _click(_get(Button.class, spec -> spec.withId("sa-save")));
        assertThat(UiAssertions.notificationTexts())
                .anySatisfy(text -> assertThat(text).startsWith("1.2.1 vừa được " + second + " lưu với điểm 1."));
        assertThat(assessments.sheet(period, unitId).item(range.id()).score()).isEqualByComparingTo("1");

        // Having been told, the user keeps the edit and saves again to replace the colleague's value.
        assertThat(_get(Button.class, spec -> spec.withId("sa-save")).getText()).isEqualTo("Lưu (1)");
        _click(_get(Button.class, spec -> spec.withId("sa-save")));
        assertThat(assessments.sheet(period, unitId).item(range.id()).score()).isEqualByComparingTo("0.5");
    }

    @Test
    void aFocalPointAskingForAnotherUnitSeesTheirOwn() {
        long namSach = AssessmentFixtures.unit(context, "HNS").id();
        openSheet("gtvt", namSach);
        assertThat(_get(com.vaadin.flow.component.html.H2.class, spec -> spec.withId("sa-title"))
                        .getText())
                .isEqualTo("Tự đánh giá năm 2024 – Sở Giao thông vận tải");
        assertThat(_find(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("sa-unit")))
                .isEmpty();
    }

    @Test
    void aDocumentReferenceIsAddedFromTheLibraryWithItsChecks() {
        long unitId = AssessmentFixtures.unit(context, "SXD").id();
        String user = Accounts.create(context, vn.parindex.security.Role.FOCAL_POINT, unitId);
        openSheet(user, unitId);
        _get(com.vaadin.flow.component.tabs.TabSheet.class, spec -> spec.withId("sa-tabs"))
                .setSelectedIndex(1);
        _click(_get(Button.class, spec -> spec.withId("evidence-add-reference")));
        _setValue(_get(TextField.class, spec -> spec.withId("reference-title")), "Kế hoạch kiểm tra CCHC");
        _setValue(_get(DatePicker.class, spec -> spec.withId("reference-date")), LocalDate.of(2024, 2, 1));
        _setValue(_get(TextField.class, spec -> spec.withId("reference-issuer")), "UBND tỉnh Hải Dương");
        _click(_get(Button.class, spec -> spec.withId("reference-save")));
        assertThat(UiAssertions.notificationTexts()).contains("Hãy nhập số, ký hiệu văn bản (tối đa 100 ký tự)");
        _setValue(_get(TextField.class, spec -> spec.withId("reference-number")), "123/QĐ-UBND");
        _click(_get(Button.class, spec -> spec.withId("reference-save")));
        assertThat(UiAssertions.notificationTexts()).contains("Đã thêm văn bản tham chiếu");
        @SuppressWarnings("unchecked")
        Grid<vn.parindex.assessment.EvidenceSummary> grid = _get(Grid.class, spec -> spec.withId("evidence-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, grid.getListDataView().getItem(0)))
                .contains("Văn bản", "Số 123/QĐ-UBND ngày 01/02/2024 của UBND tỉnh Hải Dương");
    }
}
