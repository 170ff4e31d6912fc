package vn.parindex.appraisal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.parindex.appraisal.AppraisalFixtures;
import vn.parindex.appraisal.AppraisalStatus;
import vn.parindex.assessment.AssessmentFixtures;
import vn.parindex.criteria.CriteriaNodeView;
import vn.parindex.support.KaribuTest;
import vn.parindex.support.SignIn;

/**
 * The appraisal sheet in the browserless UI: an assigned member appraises an item, sees the difference
 * rolled up to the area and the total, a wrong value is refused at the field, an area is accepted in
 * one action, and an unassigned member gets the translated refusal. Period 2043 of its own.
 */
class AppraisalSheetUiTest extends KaribuTest {

    @org.junit.jupiter.api.AfterEach
    void leavePeriod() {
        AppraisalFixtures.leaveSelfAssessment(context, 2043);
        AppraisalFixtures.readNotificationsOf(context, "hoidong1");
    }

    @Test
    void anAssignedMemberAppraisesAndSeesTheDifferencesRolledUp() {
        AppraisalFixtures.submitted(context, 2043, "HNS");
        long period = AppraisalFixtures.periodId(context, 2043);
        long namSach = AssessmentFixtures.unit(context, "HNS").id();
        AppraisalFixtures.assign(context, period, "HNS", "hoidong1", null);
        AppraisalFixtures.advance(context, period);

        open("hoidong3", period, namSach);
        assertThat(_get(Div.class, spec -> spec.withId("ap-problem")).getText())
                .isEqualTo("Bạn không được phân công thẩm định đơn vị này");

        open("hoidong1", period, namSach);
        AppraisalSheetView view = _get(AppraisalSheetView.class);
        assertThat(view.sheet().status()).isEqualTo(AppraisalStatus.NOT_STARTED);
        // The heading names the year as written, never grouped like a quantity ("2.045")
        int year = view.sheet().period().year();
        assertThat(_get(com.vaadin.flow.component.html.H2.class, spec -> spec.withId("ap-title"))
                        .getText())
                .endsWith(", " + year);
        select("1.1.1");
        TextField score = _get(TextField.class, spec -> spec.withId("ap-score"));
        type(score, "15,3");
        _click(_get(Button.class, spec -> spec.withId("ap-save-item")));
        assertThat(view.sheet().line(node("1.1.1").id()).appraisedScore()).isNull();

        select("1.1.1");
        type(_get(TextField.class, spec -> spec.withId("ap-score")), "15");
        type(_get(TextArea.class, spec -> spec.withId("ap-comment")), "Thiếu báo cáo quý IV");
        type(_get(Checkbox.class, spec -> spec.withId("ap-insufficient")), true);
        _click(_get(Button.class, spec -> spec.withId("ap-save-item")));
        assertThat(view.sheet().status()).isEqualTo(AppraisalStatus.IN_PROGRESS);
        assertThat(GridKt._getFormattedRow(tree(), node("1.1.1"))).contains("20,00", "15,00", "-5,00");
        assertThat(GridKt._getFormattedRow(tree(), node("1"))).contains("-5,00");
        assertThat(_get(Div.class, spec -> spec.withId("ap-totals")).getText())
                .isEqualTo("Tự đánh giá 100,00 · thẩm định 95,00 · chênh lệch -5,00 · cuối cùng 95,00");
        assertThat(_get(Div.class, spec -> spec.withId("ap-gaps")).getElement().getTextRecursively())
                .contains("1.1.1");
        assertThat(_get(Div.class, spec -> spec.withId("ap-timeline"))
                        .getElement()
                        .getTextRecursively())
                .contains("Điểm thẩm định", "hoidong1");

        // Accepting area 2 takes the unit's scores there; area 1 keeps its difference.
        @SuppressWarnings("unchecked")
        Select<CriteriaNodeView> area = _get(Select.class, spec -> spec.withId("ap-area"));
        type(area, node("2"));
        _click(_get(Button.class, spec -> spec.withId("ap-accept-area")));
        assertThat(view.sheet().line(node("2.1.1").id()).appraisedScore()).isEqualByComparingTo("15");
        assertThat(view.sheet().differenceTotal()).isEqualByComparingTo("-5");
    }

    private void open(String username, long period, long unitId) {
        SignIn.as(context, username);
        openAsSignedIn();
        UI.getCurrent()
                .navigate(
                        "appraisal/sheet",
                        QueryParameters.simple(
                                Map.of("period", String.valueOf(period), "unit", String.valueOf(unitId))));
    }

    @SuppressWarnings("unchecked")
    private static TreeGrid<CriteriaNodeView> tree() {
        return _get(TreeGrid.class, spec -> spec.withId("ap-tree"));
    }

    private static CriteriaNodeView node(String code) {
        return all(tree()).stream()
                .filter(candidate -> candidate.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static void select(String code) {
        tree().select(node(code));
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

    private static <V> void type(HasValue<?, V> field, V value) {
        HasValueUtilsKt._setValue(field, value, true);
    }
}
