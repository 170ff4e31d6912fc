package vn.parindex.criteria.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parindex.criteria.Choice;
import vn.parindex.criteria.CriteriaCatalog;
import vn.parindex.criteria.CriteriaEditor;
import vn.parindex.criteria.CriteriaTree;
import vn.parindex.criteria.ImportedNode;
import vn.parindex.criteria.NodeDraft;
import vn.parindex.criteria.NodeLevel;
import vn.parindex.criteria.Scoring;
import vn.parindex.criteria.ScoringMethod;
import vn.parindex.organization.BlockSummary;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.period.PeriodAdministration;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.support.KaribuTest;
import vn.parindex.support.SignIn;

/**
 * Opening a criteria set costs the same number of SQL statements whatever its size, and so does
 * building its view, whose time grows no faster than the number of nodes (measured against a set of
 * 30 in the same run: wall-clock limits are flaky on a shared machine). The figures are printed.
 */
class CriteriaPerformanceTest extends KaribuTest {

    @Autowired
    PeriodAdministration periodAdministration;

    @Autowired
    PeriodDirectory periods;

    @Autowired
    CriteriaCatalog catalog;

    @Autowired
    CriteriaEditor editor;

    @Autowired
    OrganizationDirectory organization;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void aSetOf300NodesOpensAndShowsWithAsManyStatementsAsASetOf30() {
        SignIn.as(context, "noivu");
        // A year before the demo years: no predecessor to copy, and never the newest period, so the
        // deliberately unbalanced generated sets are not copied into other tests' periods.
        long periodId = periodAdministration.createPeriod(2001, "Kỳ đo hiệu năng", "Performance period");
        List<BlockSummary> blocks = organization.blocks();
        long large = editor.createSet(periodId, blocks.get(0).id());
        long small = editor.createSet(periodId, blocks.get(1).id());
        editor.replaceAll(large, generated(6, 6, 7, 6));
        editor.replaceAll(small, generated(2, 2, 6, 0));
        assertThat(catalog.tree(large).allNodes()).hasSize(300);
        assertThat(catalog.tree(small).allNodes()).hasSize(30);

        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        long smallStatements = statementsToOpen(statistics, small);
        long largeStatements = statementsToOpen(statistics, large);
        System.out.printf(
                "PERF criteria tree: 30 nodes -> %d statements, 300 nodes -> %d statements%n",
                smallStatements, largeStatements);
        assertThat(largeStatements).isEqualTo(smallStatements).isPositive();

        openAs("noivu");
        UI.getCurrent().navigate("criteria");
        @SuppressWarnings("unchecked")
        Select<BlockSummary> block = _get(Select.class, spec -> spec.withId("criteria-block"));
        @SuppressWarnings("unchecked")
        Select<vn.parindex.period.PeriodSummary> period = _get(Select.class, spec -> spec.withId("criteria-period"));
        _setValue(period, periods.period(periodId));
        long smallBest = Long.MAX_VALUE;
        long largeBest = Long.MAX_VALUE;
        long smallViewStatements = 0;
        long largeViewStatements = 0;
        for (int round = 0; round < 5; round++) {
            statistics.clear();
            long started = System.nanoTime();
            _setValue(block, blocks.get(1));
            smallBest = Math.min(smallBest, System.nanoTime() - started);
            smallViewStatements = statistics.getPrepareStatementCount();
            statistics.clear();
            started = System.nanoTime();
            _setValue(block, blocks.get(0));
            largeBest = Math.min(largeBest, System.nanoTime() - started);
            largeViewStatements = statistics.getPrepareStatementCount();
        }
        double smallMillis = Math.max(smallBest, 1) / 1e6;
        double largeMillis = Math.max(largeBest, 1) / 1e6;
        System.out.printf(
                "PERF criteria view: 30 nodes built in %.1f ms with %d statements, 300 nodes in %.1f ms with %d"
                        + " statements (best of 5; %.1f times as long for 10 times the nodes)%n",
                smallMillis, smallViewStatements, largeMillis, largeViewStatements, largeMillis / smallMillis);
        assertThat(largeViewStatements).isEqualTo(smallViewStatements).isPositive();
        // Linear growth gives at most 10 times (less, as fixed costs are shared; measured: 1 to 2
        // times); anything quadratic in the nodes gives about 100 times.
        assertThat(largeMillis).isLessThan(10 * smallMillis);
    }

    private long statementsToOpen(Statistics statistics, long setId) {
        statistics.clear();
        CriteriaTree tree = catalog.tree(setId);
        assertThat(tree.allNodes()).isNotEmpty();
        return statistics.getPrepareStatementCount();
    }

    /** A tree of the given shape; every third component scored by choices, plus adjustment lines. */
    private static List<ImportedNode> generated(int areas, int criteria, int components, int adjustments) {
        List<ImportedNode> rows = new ArrayList<>();
        BigDecimal quarter = new BigDecimal("0.25");
        for (int a = 1; a <= areas; a++) {
            rows.add(new ImportedNode(
                    String.valueOf(a),
                    NodeDraft.group(
                            NodeLevel.AREA,
                            "Lĩnh vực " + a,
                            "Area " + a,
                            quarter.multiply(BigDecimal.valueOf((long) criteria * components)))));
            for (int c = 1; c <= criteria; c++) {
                String criterion = a + "." + c;
                rows.add(new ImportedNode(
                        criterion,
                        NodeDraft.group(
                                NodeLevel.CRITERION,
                                "Tiêu chí " + criterion,
                                "Criterion " + criterion,
                                quarter.multiply(BigDecimal.valueOf(components)))));
                for (int k = 1; k <= components; k++) {
                    String code = criterion + "." + k;
                    boolean choices = k % 3 == 0;
                    rows.add(new ImportedNode(
                            code,
                            new NodeDraft(
                                    NodeLevel.COMPONENT,
                                    "Thành phần " + code,
                                    "Component " + code,
                                    new Scoring(
                                            choices ? ScoringMethod.CHOICES : ScoringMethod.YES_NO,
                                            quarter,
                                            null,
                                            null,
                                            null,
                                            choices
                                                    ? List.of(
                                                            new Choice(quarter, "đạt", "met"),
                                                            new Choice(BigDecimal.ZERO, "không đạt", "not met"))
                                                    : List.of()),
                                    true,
                                    "Hướng dẫn " + code,
                                    "Guidance " + code)));
                }
            }
        }
        for (int j = 1; j <= adjustments; j++) {
            rows.add(new ImportedNode(
                    "T" + j,
                    new NodeDraft(
                            NodeLevel.ADJUSTMENT,
                            "Điểm thưởng " + j,
                            "Bonus " + j,
                            new Scoring(
                                    ScoringMethod.ADJUSTMENT,
                                    BigDecimal.ONE,
                                    BigDecimal.ZERO,
                                    BigDecimal.ONE,
                                    quarter,
                                    List.of()),
                            false,
                            null,
                            null)));
        }
        return rows;
    }
}
