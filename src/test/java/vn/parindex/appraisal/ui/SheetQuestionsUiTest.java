package vn.parindex.appraisal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parindex.appraisal.AppraisalFixtures;
import vn.parindex.appraisal.AppraisalSheet;
import vn.parindex.appraisal.Appraisals;
import vn.parindex.appraisal.AppraisedChange;
import vn.parindex.appraisal.QuestionDraft;
import vn.parindex.assessment.AssessmentFixtures;
import vn.parindex.criteria.CriteriaNodeView;
import vn.parindex.period.PeriodAdministration;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.period.Phase;
import vn.parindex.support.Accounts;
import vn.parindex.support.KaribuTest;
import vn.parindex.support.MutableClock;
import vn.parindex.support.SignIn;

/**
 * The council's questions inside the unit's own self-assessment sheet: a banner with the count and
 * deadline, the item marked in the tree, the question and comment beside the item with the way to
 * answer it; the appraised score stays hidden before publication, and another unit's focal point sees
 * nothing of it. Period 2038 of its own.
 */
class SheetQuestionsUiTest extends KaribuTest {

    private static final int YEAR = 2038;

    @Autowired
    MutableClock clock;

    @AfterEach
    void leavePeriod() {
        // Out of EXPLANATION, so the Nam Sach focal point's home page elsewhere lists no request.
        long period = AppraisalFixtures.periodId(context, YEAR);
        if (AppraisalFixtures.phase(context, period) == Phase.EXPLANATION) {
            AppraisalFixtures.advance(context, period);
        }
        AppraisalFixtures.leaveSelfAssessment(context, YEAR);
        AppraisalFixtures.readNotificationsOf(context, "hoidong1", "namsach");
    }

    @Test
    void theFocalPointSeesTheCouncilsQuestionInTheirSheetAndAnotherUnitDoesNot() {
        String focalPoint = AppraisalFixtures.submitted(context, YEAR, "HNS");
        long period = AppraisalFixtures.periodId(context, YEAR);
        long namSach = AssessmentFixtures.unit(context, "HNS").id();
        AppraisalFixtures.assign(context, period, "HNS", "hoidong1", null);
        AppraisalFixtures.advance(context, period);

        SignIn.as(context, "hoidong1");
        Appraisals appraisals = context.getBean(Appraisals.class);
        AppraisalSheet sheet = appraisals.sheet(period, namSach);
        long asked = nodeId(sheet, "1.1.1");
        appraisals.save(
                sheet.appraisalId(),
                List.of(new AppraisedChange(asked, 0, new BigDecimal("15"), "Thiếu báo cáo quý IV", true)));
        sheet = appraisals.sheet(period, namSach);
        appraisals.requestExplanations(
                sheet.appraisalId(),
                List.of(new QuestionDraft(asked, sheet.line(asked).version(), "Xin bổ sung báo cáo quý IV")));
        LocalDate deadline = LocalDate.now(clock).plusDays(5);
        setExplanationDeadline(period, deadline);
        AppraisalFixtures.advance(context, period);

        openSheet(focalPoint, period, namSach);
        Div banner = _get(Div.class, spec -> spec.withId("sa-questions"));
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getElement().getTextRecursively())
                .contains(
                        "còn 1/1 câu hỏi chưa trả lời",
                        vn.parindex.shared.ui.Formats.date(
                                deadline, UI.getCurrent().getLocale()));
        assertThat(_get(Anchor.class, spec -> spec.withId("sa-questions-link")).getHref())
                .isEqualTo("explanations?period=" + period);
        TreeGrid<CriteriaNodeView> tree = tree();
        assertThat(GridKt._getFormattedRow(tree, node(tree, "1.1.1")))
                .anyMatch(cell -> cell.contains("cần giải trình"));
        assertThat(GridKt._getFormattedRow(tree, node(tree, "1.1.2"))).noneMatch(cell -> cell.contains("giải trình"));

        tree.select(node(tree, "1.1.1"));
        String box = _get(Div.class, spec -> spec.withId("item-question"))
                .getElement()
                .getTextRecursively();
        assertThat(box).contains("Xin bổ sung báo cáo quý IV", "Thiếu báo cáo quý IV", "Chưa trả lời");
        // The appraised score (15) reaches the unit only with the published results.
        assertThat(box).doesNotContain("Điểm thẩm định", "15,00");
        assertThat(_get(Anchor.class, spec -> spec.withId("item-question-link")).getHref())
                .isEqualTo("explanations?period=" + period);
        tree.select(node(tree, "1.1.2"));
        assertThat(_find(Div.class, spec -> spec.withId("item-question"))).isEmpty();

        // Another unit's focal point: their own sheet carries nothing of Nam Sach's questions.
        String other = Accounts.create(
                context,
                vn.parindex.security.Role.FOCAL_POINT,
                AssessmentFixtures.unit(context, "HTK").id());
        openSheet(other, period, namSach);
        // Asking for Nam Sach's sheet by id still shows their own unit's, with no banner.
        assertThat(_get(com.vaadin.flow.component.html.H2.class, spec -> spec.withId("sa-title"))
                        .getText())
                .contains("Tứ Kỳ");
        assertThat(_find(Div.class, spec -> spec.withId("sa-questions"))).isEmpty();
        assertThat(_find(Component.class, spec -> spec.withId("sa-questions-link")))
                .isEmpty();
        TreeGrid<CriteriaNodeView> otherTree = tree();
        if (!all(otherTree).isEmpty()) {
            assertThat(GridKt._getFormattedRow(otherTree, node(otherTree, "1.1.1")))
                    .noneMatch(cell -> cell.contains("giải trình"));
        }
    }

    private void openSheet(String username, long period, long unitId) {
        SignIn.as(context, username, Accounts.PASSWORD);
        openAsSignedIn();
        UI.getCurrent()
                .navigate(
                        "self-assessment",
                        QueryParameters.simple(
                                Map.of("period", String.valueOf(period), "unit", String.valueOf(unitId))));
    }

    private void setExplanationDeadline(long period, LocalDate date) {
        SignIn.as(context, "noivu");
        PeriodDirectory periods = context.getBean(PeriodDirectory.class);
        Map<Phase, LocalDate> deadlines = new EnumMap<>(Phase.class);
        deadlines.putAll(periods.period(period).deadlines());
        deadlines.put(Phase.EXPLANATION, date);
        context.getBean(PeriodAdministration.class)
                .setDeadlines(period, periods.period(period).version(), deadlines);
    }

    private static long nodeId(AppraisalSheet sheet, String code) {
        return sheet.rules().values().stream()
                .filter(rule -> rule.code().equals(code))
                .findFirst()
                .orElseThrow()
                .nodeId();
    }

    @SuppressWarnings("unchecked")
    private static TreeGrid<CriteriaNodeView> tree() {
        return _get(TreeGrid.class, spec -> spec.withId("sa-tree"));
    }

    private static CriteriaNodeView node(TreeGrid<CriteriaNodeView> tree, String code) {
        return all(tree).stream()
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
