package vn.parindex.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.parindex.criteria.CriteriaCatalog;
import vn.parindex.criteria.CriteriaEditor;
import vn.parindex.criteria.CriteriaNodeView;
import vn.parindex.criteria.CriteriaRows;
import vn.parindex.criteria.CriteriaTree;
import vn.parindex.criteria.MappingKind;
import vn.parindex.criteria.NodeDraft;
import vn.parindex.organization.BlockSummary;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.organization.UnitSummary;
import vn.parindex.period.PeriodAdministration;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.period.PeriodSummary;
import vn.parindex.period.Phase;
import vn.parindex.period.RankingBand;
import vn.parindex.security.RunAs;

/**
 * Demo periods 2022, 2023 (published) and 2024 (self-assessment open, deadlines around today), with
 * criteria sets from the reference tables. 2024 is the reference as it is; the earlier years differ a
 * little and are turned into the next year through the same editing a secretariat would do, so the
 * year-to-year mapping has real work in it: 2023 added component 1.4.1 (NEW), 2024 renamed 1.2.1
 * (RENAMED) and split the old 2.3.1 into 2.3.1 and 2.3.2 (SPLIT).
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "parindex.demo.enabled", havingValue = "true")
class DemoPeriods implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPeriods.class);
    private static final Map<String, String> TABLES =
            Map.of("DEPARTMENT", "demo/criteria-department.csv", "DISTRICT", "demo/criteria-district.csv");

    private final PeriodAdministration periodAdministration;
    private final PeriodDirectory periods;
    private final CriteriaEditor editor;
    private final CriteriaCatalog catalog;
    private final OrganizationDirectory organization;
    private final Clock clock;
    private final RunAs runAs;

    DemoPeriods(
            PeriodAdministration periodAdministration,
            PeriodDirectory periods,
            CriteriaEditor editor,
            CriteriaCatalog catalog,
            OrganizationDirectory organization,
            Clock clock,
            RunAs runAs) {
        this.periodAdministration = periodAdministration;
        this.periods = periods;
        this.editor = editor;
        this.catalog = catalog;
        this.organization = organization;
        this.clock = clock;
        this.runAs = runAs;
    }

    @Override
    public void run(ApplicationArguments args) {
        runAs.asSystem(() -> {
            if (periods.byYear(2022).isEmpty()) {
                create2022();
            }
            if (periods.byYear(2023).isEmpty()) {
                create2023();
            }
            if (periods.byYear(2024).isEmpty()) {
                create2024();
            }
        });
    }

    private void create2022() {
        long periodId = periodAdministration.createPeriod(
                2022, "Chỉ số cải cách hành chính năm 2022", "Administrative Reform Index 2022");
        for (BlockSummary block : organization.blocks()) {
            long setId = editor.createSet(periodId, block.id());
            List<List<String>> table = version2022(version2023(CsvTable.read(TABLES.get(block.code()))));
            CriteriaRows.Parsed parsed = CriteriaRows.parse(table, 1);
            if (!parsed.ok()) {
                throw new IllegalStateException("Demo criteria 2022 invalid: " + parsed.problems());
            }
            editor.replaceAll(setId, parsed.nodes());
            periodAdministration.setBands(periodId, block.id(), bands());
        }
        publish(periodId, LocalDate.of(2023, 1, 15));
        log.info("Demo data: period 2022 published");
    }

    private void create2023() {
        long periodId = periodAdministration.createPeriod(
                2023, "Chỉ số cải cách hành chính năm 2023", "Administrative Reform Index 2023");
        for (BlockSummary block : organization.blocks()) {
            CriteriaTree tree =
                    catalog.tree(catalog.set(periodId, block.id()).orElseThrow().setId());
            Map<String, NodeDraft> reference = reference(block);
            // 2023 added "communication plan issued" before the plan's execution, which gave up 0.5 points.
            CriteriaNodeView execution = node(tree, "1.4.1");
            editor.updateNode(execution.id(), execution.version(), reference.get("1.4.2"), null);
            long added = editor.addNode(tree.setId(), node(tree, "1.4").id(), reference.get("1.4.1"), null);
            editor.moveNode(added, -1, null);
        }
        publish(periodId, LocalDate.of(2024, 1, 15));
        log.info("Demo data: period 2023 published");
    }

    private void create2024() {
        long periodId = periodAdministration.createPeriod(
                2024, "Chỉ số cải cách hành chính năm 2024", "Administrative Reform Index 2024");
        for (BlockSummary block : organization.blocks()) {
            long setId = catalog.set(periodId, block.id()).orElseThrow().setId();
            CriteriaTree tree = catalog.tree(setId);
            Map<String, NodeDraft> reference = reference(block);
            CriteriaNodeView reports = node(tree, "1.2.1");
            editor.updateNode(reports.id(), reports.version(), reference.get("1.2.1"), null);
            editor.setMapping(reports.id(), MappingKind.RENAMED, reports.sourceIds());
            CriteriaNodeView monitoring = node(tree, "2.3.1");
            editor.updateNode(monitoring.id(), monitoring.version(), reference.get("2.3.1"), null);
            editor.setMapping(monitoring.id(), MappingKind.SPLIT, monitoring.sourceIds());
            long checking = editor.addNode(setId, node(tree, "2.3").id(), reference.get("2.3.2"), null);
            editor.setMapping(checking, MappingKind.SPLIT, monitoring.sourceIds());
            if (block.code().equals("DEPARTMENT")) {
                // The provincial inspectorate delegates no powers: criterion 4.3 does not apply to it.
                UnitSummary inspectorate = organization.units().stream()
                        .filter(unit -> unit.code().equals("TTT"))
                        .findFirst()
                        .orElseThrow();
                editor.setApplicable(node(catalog.tree(setId), "4.3.1").id(), inspectorate.id(), false, null);
            }
        }
        LocalDate today = LocalDate.now(clock);
        Map<Phase, LocalDate> deadlines = new EnumMap<>(Phase.class);
        deadlines.put(Phase.PREPARATION, today.minusDays(21));
        deadlines.put(Phase.SELF_ASSESSMENT, today.plusDays(14));
        deadlines.put(Phase.APPRAISAL, today.plusDays(45));
        deadlines.put(Phase.EXPLANATION, today.plusDays(60));
        deadlines.put(Phase.FINAL_APPRAISAL, today.plusDays(75));
        deadlines.put(Phase.COUNCIL_APPROVAL, today.plusDays(90));
        deadlines.put(Phase.PUBLISHED, today.plusDays(100));
        PeriodSummary period = periods.period(periodId);
        periodAdministration.setDeadlines(periodId, period.version(), deadlines);
        periodAdministration.advance(periodId, Phase.PREPARATION);
        log.info("Demo data: period 2024 open for self-assessment");
    }

    private void publish(long periodId, LocalDate selfAssessmentDeadline) {
        Map<Phase, LocalDate> deadlines = new EnumMap<>(Phase.class);
        LocalDate date = selfAssessmentDeadline.minusDays(30);
        for (Phase phase : Phase.values()) {
            if (phase != Phase.CLOSED) {
                deadlines.put(phase, date);
                date = date.plusDays(phase == Phase.PREPARATION ? 30 : 15);
            }
        }
        periodAdministration.setDeadlines(periodId, periods.period(periodId).version(), deadlines);
        for (Phase phase = Phase.PREPARATION; phase != Phase.PUBLISHED; phase = phase.next()) {
            periodAdministration.advance(periodId, phase);
        }
    }

    private static List<RankingBand> bands() {
        return List.of(
                new RankingBand(BigDecimal.valueOf(90), "Tốt", "Good"),
                new RankingBand(BigDecimal.valueOf(80), "Khá", "Fairly good"),
                new RankingBand(BigDecimal.valueOf(70), "Trung bình", "Average"),
                new RankingBand(BigDecimal.ZERO, "Yếu", "Weak"));
    }

    private static Map<String, NodeDraft> reference(BlockSummary block) {
        Map<String, NodeDraft> drafts = new java.util.HashMap<>();
        CriteriaRows.parse(CsvTable.read(TABLES.get(block.code())), 1)
                .nodes()
                .forEach(node -> drafts.put(node.code(), node.draft()));
        return drafts;
    }

    /** 2023: 1.2.1 had its older name; 2.3.1 and 2.3.2 were one component worth 2 points. */
    private static List<List<String>> version2023(List<List<String>> table) {
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : table) {
            String code = row.get(0);
            if (code.equals("2.3.2")) {
                continue;
            }
            rows.add(
                    switch (code) {
                        case "1.2.1" ->
                            with(
                                    row,
                                    r -> set(
                                            set(r, 2, "Chất lượng báo cáo định kỳ"), 3, "Quality of periodic reports"));
                        case "2.3.1" ->
                            with(
                                    row,
                                    r -> set(
                                            set(
                                                    set(
                                                            r,
                                                            2,
                                                            "Theo dõi thi hành pháp luật và kiểm tra, xử lý văn bản QPPL"),
                                                    3,
                                                    "Monitoring law enforcement and checking legal documents"),
                                            4,
                                            "2"));
                        default -> row;
                    });
        }
        return rows;
    }

    /** 2022: no "communication plan issued" yet; the plan's execution was worth all 1.5 points. */
    private static List<List<String>> version2022(List<List<String>> table) {
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : table) {
            String code = row.get(0);
            if (code.equals("1.4.1")) {
                continue;
            }
            rows.add(code.equals("1.4.2") ? with(row, r -> set(set(r, 0, "1.4.1"), 4, "1.5")) : row);
        }
        return rows;
    }

    private static List<String> with(List<String> row, UnaryOperator<List<String>> change) {
        return change.apply(new ArrayList<>(row));
    }

    private static List<String> set(List<String> row, int column, String value) {
        row.set(column, value);
        return row;
    }

    private static CriteriaNodeView node(CriteriaTree tree, String code) {
        return tree.allNodes().stream()
                .filter(node -> node.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No node " + code));
    }
}
