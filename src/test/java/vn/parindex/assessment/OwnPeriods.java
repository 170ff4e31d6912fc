package vn.parindex.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationContext;
import vn.parindex.criteria.CriteriaCatalog;
import vn.parindex.criteria.CriteriaEditor;
import vn.parindex.criteria.CriteriaSetRef;
import vn.parindex.criteria.ImportedNode;
import vn.parindex.criteria.NodeDraft;
import vn.parindex.criteria.NodeLevel;
import vn.parindex.criteria.Scoring;
import vn.parindex.criteria.ScoringMethod;
import vn.parindex.organization.BlockSummary;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.period.PeriodAdministration;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.period.PeriodSummary;
import vn.parindex.period.Phase;
import vn.parindex.support.SignIn;

/**
 * Periods of the tests' own, years before the demo years (no later test copies their sets), each
 * with the same small valid set in every block, so criteria changes never touch shared data.
 * Signs in as the secretariat and leaves it signed in.
 */
public final class OwnPeriods {

    private OwnPeriods() {}

    /** The period of that year, in preparation, with the small set in every block. */
    public static long prepare(ApplicationContext context, int year) {
        return prepare(context, year, smallSet());
    }

    /** The period of that year, in preparation, with the given set in every block. */
    public static long prepare(ApplicationContext context, int year, List<ImportedNode> rows) {
        SignIn.as(context, "noivu");
        PeriodDirectory periods = context.getBean(PeriodDirectory.class);
        PeriodAdministration administration = context.getBean(PeriodAdministration.class);
        CriteriaCatalog catalog = context.getBean(CriteriaCatalog.class);
        CriteriaEditor editor = context.getBean(CriteriaEditor.class);
        long periodId = periods.byYear(year)
                .map(PeriodSummary::id)
                .orElseGet(() -> administration.createPeriod(year, "Kỳ thử " + year, "Test period " + year));
        for (BlockSummary block : context.getBean(OrganizationDirectory.class).blocks()) {
            long setId = catalog.set(periodId, block.id())
                    .map(CriteriaSetRef::setId)
                    .orElseGet(() -> editor.createSet(periodId, block.id()));
            editor.replaceAll(setId, rows);
        }
        return periodId;
    }

    /** The period of that year opened for self-assessment (no deadline). */
    public static long open(ApplicationContext context, int year) {
        long periodId = prepare(context, year);
        context.getBean(PeriodAdministration.class).advance(periodId, Phase.PREPARATION);
        return periodId;
    }

    /** Back to preparation, so focal points' home pages do not list the test period. */
    public static void close(ApplicationContext context, long periodId) {
        SignIn.as(context, "noivu");
        PeriodSummary period = context.getBean(PeriodDirectory.class).period(periodId);
        if (period.phase() == Phase.SELF_ASSESSMENT) {
            context.getBean(PeriodAdministration.class).moveBack(periodId, Phase.SELF_ASSESSMENT, "Kết thúc kiểm thử");
        }
        SignIn.out();
    }

    /**
     * 100 points: area 1 (criterion 1.1: a range of 20 in steps of 0.5, a yes/no of 10, a choice of
     * 0, 5 or 10 needing evidence, a range of 10 in steps of 1) and area 2 (criterion 2.1: two
     * yes/no of 15; criterion 2.2: a range of 20 in steps of 1).
     */
    public static List<ImportedNode> smallSet() {
        List<ImportedNode> rows = new ArrayList<>();
        rows.add(group(NodeLevel.AREA, "1", "50"));
        rows.add(group(NodeLevel.CRITERION, "1.1", "50"));
        rows.add(component("1.1.1", ScoringMethod.RANGE, "20", "0.5", false));
        rows.add(component("1.1.2", ScoringMethod.YES_NO, "10", null, false));
        rows.add(component("1.1.3", ScoringMethod.CHOICES, "10", null, true));
        rows.add(component("1.1.4", ScoringMethod.RANGE, "10", "1", false));
        rows.add(group(NodeLevel.AREA, "2", "50"));
        rows.add(group(NodeLevel.CRITERION, "2.1", "30"));
        rows.add(component("2.1.1", ScoringMethod.YES_NO, "15", null, false));
        rows.add(component("2.1.2", ScoringMethod.YES_NO, "15", null, false));
        rows.add(group(NodeLevel.CRITERION, "2.2", "20"));
        rows.add(component("2.2.1", ScoringMethod.RANGE, "20", "1", false));
        return rows;
    }

    private static ImportedNode group(NodeLevel level, String code, String max) {
        return new ImportedNode(code, NodeDraft.group(level, "Nhóm " + code, "Group " + code, new BigDecimal(max)));
    }

    static ImportedNode component(String code, ScoringMethod method, String max, String step, boolean evidence) {
        BigDecimal points = new BigDecimal(max);
        boolean range = method == ScoringMethod.RANGE;
        return new ImportedNode(
                code,
                new NodeDraft(
                        NodeLevel.COMPONENT,
                        "Thành phần " + code,
                        "Component " + code,
                        new Scoring(
                                method,
                                points,
                                range ? BigDecimal.ZERO : null,
                                range ? points : null,
                                step == null ? null : new BigDecimal(step),
                                method == ScoringMethod.CHOICES
                                        ? List.of(
                                                new vn.parindex.criteria.Choice(
                                                        BigDecimal.ZERO, "Không đạt", "Not met"),
                                                new vn.parindex.criteria.Choice(
                                                        points.divide(BigDecimal.valueOf(2)),
                                                        "Đạt một phần",
                                                        "Partly met"),
                                                new vn.parindex.criteria.Choice(points, "Đạt", "Met"))
                                        : List.of()),
                        evidence,
                        null,
                        null));
    }
}
