package vn.parindex.criteria.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parindex.criteria.CriteriaNodeView;
import vn.parindex.period.PeriodAdministration;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.period.PeriodSummary;
import vn.parindex.support.KaribuTest;
import vn.parindex.support.SignIn;

class CriteriaUiTest extends KaribuTest {

    @Autowired
    PeriodAdministration periodAdministration;

    @Autowired
    PeriodDirectory periods;

    @Test
    void theSecretariatEditsAMaximumAndSeesTheProblemInline() {
        SignIn.as(context, "noivu");
        int year = Math.max(2030, periods.periods().get(0).year() + 1);
        long periodId = periodAdministration.createPeriod(year, "Kỳ thử " + year, "Test " + year);
        openAs("noivu");
        UI.getCurrent().navigate("criteria");
        @SuppressWarnings("unchecked")
        Select<PeriodSummary> period = _get(Select.class, spec -> spec.withId("criteria-period"));
        _setValue(period, periods.period(periodId));
        assertThat(_find(Span.class, spec -> spec.withId("criteria-valid"))).hasSize(1);

        @SuppressWarnings("unchecked")
        TreeGrid<CriteriaNodeView> tree = _get(TreeGrid.class, spec -> spec.withId("criteria-tree"));
        CriteriaNodeView component = tree.getTreeData()
                .getRootItems()
                .get(0)
                .children()
                .get(0)
                .children()
                .get(0);
        assertThat(component.code()).isEqualTo("1.1.1");
        tree.select(component);
        BigDecimalField max = _get(BigDecimalField.class, spec -> spec.withId("node-max"));
        assertThat(max.getValue()).isEqualByComparingTo("1");
        _setValue(max, new BigDecimal("1.5"));
        _click(_get(Button.class, spec -> spec.withId("node-save")));

        assertThat(_find(Span.class, spec -> spec.withId("criteria-valid"))).isEmpty();
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("criteria-problems"))
                        .getElement()
                        .getTextRecursively())
                .contains("1.1: tổng điểm các mục con là 3, khác điểm tối đa 2,5");

        // Put it back through the form: later tests copy the newest period, which must stay valid.
        _setValue(max, new BigDecimal("1"));
        _click(_get(Button.class, spec -> spec.withId("node-save")));
        assertThat(_find(Span.class, spec -> spec.withId("criteria-valid"))).hasSize(1);
    }

    @Test
    void viewingTheSetAsAUnitShowsWhatDoesNotApplyAndItsSmallerMaximum() {
        openAs("noivu");
        UI.getCurrent().navigate("criteria");
        @SuppressWarnings("unchecked")
        Select<PeriodSummary> period = _get(Select.class, spec -> spec.withId("criteria-period"));
        _setValue(period, periods.byYear(2024).orElseThrow());
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.ComboBox<vn.parindex.organization.UnitSummary> viewAs =
                _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("criteria-view-as"));
        _setValue(
                viewAs,
                viewAs.getListDataView()
                        .getItems()
                        .filter(unit -> unit.code().equals("TTT"))
                        .findFirst()
                        .orElseThrow());
        assertThat(_get(Span.class, spec -> spec.withId("criteria-summary")).getText())
                .contains("Tối đa của Thanh tra tỉnh: 98,00");
        @SuppressWarnings("unchecked")
        TreeGrid<CriteriaNodeView> tree = _get(TreeGrid.class, spec -> spec.withId("criteria-tree"));
        CriteriaNodeView delegation = tree.getTreeData()
                .getRootItems()
                .get(3)
                .children()
                .get(2)
                .children()
                .get(0);
        assertThat(delegation.code()).isEqualTo("4.3.1");
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(tree, rowOf(tree, delegation)))
                .anyMatch(cell -> cell.contains("Không áp dụng"));
        CriteriaNodeView planIssued = tree.getTreeData()
                .getRootItems()
                .get(0)
                .children()
                .get(0)
                .children()
                .get(0);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(tree, rowOf(tree, planIssued)))
                .noneMatch(cell -> cell.contains("Không áp dụng"));
    }

    private static int rowOf(TreeGrid<CriteriaNodeView> tree, CriteriaNodeView node) {
        for (int row = 0; row < com.github.mvysny.kaributesting.v10.GridKt._size(tree); row++) {
            if (com.github.mvysny.kaributesting.v10.GridKt._get(tree, row).id() == node.id()) {
                return row;
            }
        }
        throw new AssertionError("row of " + node.code());
    }

    @Test
    void aCouncilMemberReadsTheSetWithoutTheEditor() {
        openAs("hoidong1");
        UI.getCurrent().navigate("criteria");
        assertThat(_find(NodeForm.class)).as("no visible editor").isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("add-area"))).isEmpty();
        @SuppressWarnings("unchecked")
        TreeGrid<CriteriaNodeView> tree = _get(TreeGrid.class, spec -> spec.withId("criteria-tree"));
        assertThat(tree.getTreeData().getRootItems()).isNotEmpty();
    }
}
