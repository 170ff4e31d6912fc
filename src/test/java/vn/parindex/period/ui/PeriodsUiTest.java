package vn.parindex.period.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parindex.criteria.CriteriaCatalog;
import vn.parindex.criteria.CriteriaEditor;
import vn.parindex.criteria.CriteriaNodeView;
import vn.parindex.criteria.CriteriaTree;
import vn.parindex.criteria.NodeDraft;
import vn.parindex.criteria.Scoring;
import vn.parindex.period.PeriodAdministration;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.period.PeriodSummary;
import vn.parindex.period.Phase;
import vn.parindex.support.KaribuTest;
import vn.parindex.support.SignIn;
import vn.parindex.support.UiAssertions;

class PeriodsUiTest extends KaribuTest {

    @Autowired
    PeriodAdministration administration;

    @Autowired
    PeriodDirectory periods;

    @Autowired
    CriteriaCatalog catalog;

    @Autowired
    CriteriaEditor editor;

    @Test
    void anInvalidCriteriaSetKeepsThePeriodInPreparationAndSaysWhy() {
        SignIn.as(context, "noivu");
        int year = Math.max(2030, periods.periods().get(0).year() + 1);
        long periodId = administration.createPeriod(year, "Kỳ thử", "Test period");
        CriteriaTree tree = catalog.tree(catalog.sets(periodId).get(0).setId());
        CriteriaNodeView component =
                tree.areas().get(0).children().get(0).children().get(0);
        NodeDraft original = component.toDraft();
        editor.updateNode(
                component.id(),
                component.version(),
                new NodeDraft(
                        original.level(),
                        original.nameVi(),
                        original.nameEn(),
                        new Scoring(
                                original.method(),
                                original.maxPoints().add(BigDecimal.ONE),
                                original.scoring().rangeMin(),
                                original.scoring().rangeMax(),
                                original.scoring().step(),
                                original.scoring().choices()),
                        original.evidenceRequired(),
                        null,
                        null),
                null);

        openAs("noivu");
        UI.getCurrent().navigate("periods");
        @SuppressWarnings("unchecked")
        Grid<PeriodSummary> grid = _get(Grid.class, spec -> spec.withId("periods-grid"));
        grid.select(periods.period(periodId));
        _click(_get(Button.class, spec -> spec.withId("advance-phase")));
        assertThat(UiAssertions.notificationTexts()).anyMatch(text -> text.contains("còn 1 lỗi"));
        assertThat(periods.period(periodId).phase()).isEqualTo(Phase.PREPARATION);

        SignIn.as(context, "noivu");
        editor.updateNode(component.id(), component.version() + 1, original, null);
    }

    @Test
    void councilMembersSeePeriodsButCannotChangeThem() {
        openAs("hoidong2");
        UI.getCurrent().navigate("periods");
        assertThat(_find(Button.class, spec -> spec.withId("advance-phase"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("new-period"))).isEmpty();
        assertThat(_get(DatePicker.class, spec -> spec.withId("deadline-SELF_ASSESSMENT"))
                        .isReadOnly())
                .isTrue();
        assertThat(_get(Div.class, spec -> spec.withId("phase-stepper"))
                        .getElement()
                        .getTextRecursively())
                .contains("Tự đánh giá");
    }
}
