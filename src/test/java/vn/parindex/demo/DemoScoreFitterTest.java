package vn.parindex.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.parindex.criteria.CriteriaRows;
import vn.parindex.criteria.ImportedNode;
import vn.parindex.criteria.NodeLevel;
import vn.parindex.criteria.ScoreRule;
import vn.parindex.criteria.ScoringMethod;

/** The demo's score fitting, without a database: every unit lands exactly on its planned index. */
class DemoScoreFitterTest {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /** The reference set of a block as the fitter sees it: rules by node (the row number as key). */
    private record Block(List<DemoScoreFitter.Slot> slots, Map<Long, BigDecimal> survey, Map<Long, ScoreRule> rules) {}

    private static Block block(String resource) {
        List<ImportedNode> nodes =
                CriteriaRows.parse(CsvTable.read(resource), 1).nodes();
        List<DemoScoreFitter.Slot> slots = new ArrayList<>();
        Map<Long, BigDecimal> survey = new LinkedHashMap<>();
        Map<Long, ScoreRule> rules = new LinkedHashMap<>();
        long key = 0;
        for (ImportedNode node : nodes) {
            key++;
            if (node.draft().level() != NodeLevel.COMPONENT) {
                continue;
            }
            ScoreRule rule = new ScoreRule(
                    key, node.code(), NodeLevel.COMPONENT, node.draft().scoring(), true, true);
            rules.put(key, rule);
            if (rule.method() == ScoringMethod.SURVEY) {
                survey.put(key, rule.highest());
            } else {
                slots.add(new DemoScoreFitter.Slot(key, DemoScoreFitter.grid(rule.scoring())));
            }
        }
        return new Block(slots, survey, rules);
    }

    @Test
    void everyPlannedUnitLandsOnItsIndexForAnySeed() {
        Block departments = block("demo/criteria-department.csv");
        Block districts = block("demo/criteria-district.csv");
        assertThat(DemoScoreFitter.sum(departments.slots().stream()
                        .map(DemoScoreFitter.Slot::top)
                        .toList()))
                .isEqualByComparingTo("70");
        assertThat(DemoScoreFitter.sum(departments.survey().values())).isEqualByComparingTo("30");
        Random seeds = new Random(20231);
        for (int round = 0; round < 40; round++) {
            for (int year : new int[] {2022, 2023}) {
                DemoPlan.indexes(year).forEach((code, index) -> {
                    Block block =
                            code.startsWith("S") || code.equals("TTT") || code.equals("VPUBND") || code.equals("BQLKCN")
                                    ? departments
                                    : districts;
                    BigDecimal adjustments = DemoScoreFitter.sum(DemoPlan.adjustments(code, year).stream()
                            .map(DemoPlan.Adjustment::decided)
                            .toList());
                    DemoScoreFitter.UnitFit fit = DemoScoreFitter.fit(
                            block.slots(), block.survey(), adjustments, index, HUNDRED, new Random(seeds.nextLong()));
                    assertThat(DemoScoreFitter.index(fit.total(adjustments), HUNDRED))
                            .as("%s %s", code, year)
                            .isEqualByComparingTo(index);
                    fit.components()
                            .forEach((node, score) -> assertThat(
                                            block.rules().get(node).problemWith(score))
                                    .isEmpty());
                    fit.survey().forEach((node, points) -> {
                        assertThat(points)
                                .isBetween(
                                        BigDecimal.ZERO, block.rules().get(node).highest());
                        assertThat(points.scale()).isLessThanOrEqualTo(2);
                    });
                    assertThat(fit.components()).hasSize(block.slots().size());
                    assertThat(fit.survey()).hasSize(block.survey().size());
                });
            }
        }
    }

    @Test
    void aNotApplicableComponentShrinksTheMaximumAndTheIndexStillComesOut() {
        Block departments = block("demo/criteria-department.csv");
        // Without the 2 points of 4.3.1: 98 points, 92.86 % of which is 91.0028 -> 91.00.
        List<DemoScoreFitter.Slot> fewer = departments.slots().stream()
                .filter(slot -> !departments.rules().get(slot.key()).code().equals("4.3.1"))
                .toList();
        BigDecimal maximum = new BigDecimal("98");
        for (long seed = 0; seed < 50; seed++) {
            DemoScoreFitter.UnitFit fit = DemoScoreFitter.fit(
                    fewer, departments.survey(), BigDecimal.ZERO, new BigDecimal("92.86"), maximum, new Random(seed));
            assertThat(DemoScoreFitter.index(fit.total(BigDecimal.ZERO), maximum))
                    .isEqualByComparingTo("92.86");
        }
    }

    @Test
    void theTotalForAnIndexRoundsBackToIt() {
        assertThat(DemoScoreFitter.totalFor(new BigDecimal("92.86"), HUNDRED)).isEqualByComparingTo("92.86");
        BigDecimal total = DemoScoreFitter.totalFor(new BigDecimal("88.82"), new BigDecimal("97.5"));
        assertThat(DemoScoreFitter.index(total, new BigDecimal("97.5"))).isEqualByComparingTo("88.82");
        // Half-up: 2/3 of 100 is 66.666... -> 66.67.
        assertThat(DemoScoreFitter.index(new BigDecimal("2"), new BigDecimal("3")))
                .isEqualByComparingTo("66.67");
    }

    @Test
    void gridsFollowEachRule() {
        Block departments = block("demo/criteria-department.csv");
        for (DemoScoreFitter.Slot slot : departments.slots()) {
            ScoreRule rule = departments.rules().get(slot.key());
            assertThat(slot.values()).isSorted().doesNotHaveDuplicates();
            slot.values().forEach(value -> assertThat(rule.problemWith(value)).isEmpty());
            assertThat(slot.top()).isEqualByComparingTo(rule.highest());
        }
        assertThat(DemoScoreFitter.gridStep(departments.slots())).isEqualByComparingTo("0.25");
    }

    @Test
    void anUnreachableSumIsRefused() {
        List<DemoScoreFitter.Slot> yesNo =
                List.of(new DemoScoreFitter.Slot(1, List.of(BigDecimal.ZERO, BigDecimal.ONE)));
        assertThatThrownBy(() -> DemoScoreFitter.distribute(yesNo, new BigDecimal("0.5"), new Random(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DemoScoreFitter.distribute(yesNo, new BigDecimal("2"), new Random(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () -> DemoScoreFitter.spread(Map.of(1L, BigDecimal.ONE), new BigDecimal("1.01"), new Random(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void storiesKeepTheFinalScoreAndStayOnTheGrid() {
        List<BigDecimal> values = DemoScoreFitter.grid(block("demo/criteria-department.csv").rules().values().stream()
                .filter(rule -> rule.method() == ScoringMethod.RANGE)
                .findFirst()
                .orElseThrow()
                .scoring());
        Random random = new Random(7);
        int deducted = 0;
        int accepted = 0;
        for (int i = 0; i < 2000; i++) {
            BigDecimal fin = values.get(random.nextInt(values.size()));
            DemoItemStory story = DemoItemStory.of(values, fin, 0.15, random);
            assertThat(story.fin()).isEqualByComparingTo(fin);
            assertThat(values).contains(story.self(), story.appraised());
            assertThat(story.self()).isGreaterThanOrEqualTo(fin);
            if (story.changed()) {
                deducted++;
                assertThat(story.comment()).isNotNull();
            }
            if (Boolean.TRUE.equals(story.accepted())) {
                accepted++;
                assertThat(story.self()).isEqualByComparingTo(fin);
                assertThat(story.appraised()).isLessThan(fin);
            }
        }
        // 4 values of 5 can be deducted to, with chance 0.375 each; 4 of 5 doubted with chance 0.05.
        assertThat(deducted).isBetween(450, 750);
        assertThat(accepted).isBetween(40, 140);
    }

    @Test
    void assignmentsNeverPairAMemberWithTheirOwnUnit() {
        List<String> units = List.of("SGTVT", "SNV", "STP", "STC", "STTTT", "HNS", "HKT", "TPCL");
        Map<String, String> memberUnits = Map.of("hoidong1", "STP", "hoidong2", "STC", "hoidong3", "STTTT");
        for (int year = 2020; year < 2030; year++) {
            Map<String, String> assigned = DemoPlan.assignments(units, memberUnits, year);
            assertThat(assigned).containsOnlyKeys(units).containsEntry("HNS", "hoidong1");
            assigned.forEach(
                    (unit, member) -> assertThat(memberUnits.get(member)).isNotEqualTo(unit));
            assertThat(assigned.values()).contains("hoidong1", "hoidong2", "hoidong3");
        }
        assertThat(DemoPlan.assignments(units, memberUnits, 2022))
                .isNotEqualTo(DemoPlan.assignments(units, memberUnits, 2023));
    }
}
