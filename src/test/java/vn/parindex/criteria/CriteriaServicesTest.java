package vn.parindex.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.parindex.criteria.CriteriaTestSupport.block;
import static vn.parindex.criteria.CriteriaTestSupport.describe;
import static vn.parindex.criteria.CriteriaTestSupport.node;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.parindex.audit.AuditEntry;
import vn.parindex.audit.AuditTrail;
import vn.parindex.organization.BlockSummary;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.organization.UnitSummary;
import vn.parindex.period.PeriodAdministration;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.period.PeriodSummary;
import vn.parindex.period.Phase;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;

@PortalIntegrationTest
class CriteriaServicesTest {

    @Autowired
    ApplicationContext context;

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
    AuditTrail auditTrail;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void signIn() {
        SignIn.as(context, "noivu");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theDemoYearsHaveTheirPhasesAnd2024IsTheReferenceTableAsItIs() {
        assertThat(periods.byYear(2022)).get().extracting(PeriodSummary::phase).isEqualTo(Phase.PUBLISHED);
        assertThat(periods.byYear(2023)).get().extracting(PeriodSummary::phase).isEqualTo(Phase.PUBLISHED);
        PeriodSummary year2024 = periods.byYear(2024).orElseThrow();
        assertThat(year2024.phase()).isEqualTo(Phase.SELF_ASSESSMENT);
        for (String blockCode : List.of("DEPARTMENT", "DISTRICT")) {
            CriteriaTree tree = tree(2024, blockCode);
            assertThat(tree.problems()).isEmpty();
            assertThat(tree.total()).isEqualByComparingTo("100");
            assertThat(tree.allNodes().stream()
                            .map(CriteriaTestSupport::describe)
                            .toList())
                    .containsExactlyElementsOf(CriteriaTestSupport.reference(blockCode).stream()
                            .map(CriteriaTestSupport::describe)
                            .toList());
        }
        assertThat(tree(2024, "DEPARTMENT").components().count()).isEqualTo(63);
        assertThat(tree(2024, "DISTRICT").components().count()).isEqualTo(64);
    }

    @Test
    void theYearToYearMappingRecordsWhatChanged() {
        CriteriaTree y2022 = tree(2022, "DEPARTMENT");
        CriteriaTree y2023 = tree(2023, "DEPARTMENT");
        CriteriaTree y2024 = tree(2024, "DEPARTMENT");
        assertThat(node(y2023, "1.4.1").mapping()).isEqualTo(MappingKind.NEW);
        assertThat(node(y2023, "1.4.2").sourceIds())
                .containsExactly(node(y2022, "1.4.1").id());
        assertThat(node(y2024, "1.2.1").mapping()).isEqualTo(MappingKind.RENAMED);
        assertThat(node(y2024, "1.2.1").sourceIds())
                .containsExactly(node(y2023, "1.2.1").id());
        assertThat(node(y2023, "1.2.1").nameVi())
                .isNotEqualTo(node(y2024, "1.2.1").nameVi());
        assertThat(node(y2024, "2.3.1").mapping()).isEqualTo(MappingKind.SPLIT);
        assertThat(node(y2024, "2.3.2").mapping()).isEqualTo(MappingKind.SPLIT);
        assertThat(node(y2024, "2.3.2").sourceIds())
                .containsExactly(node(y2023, "2.3.1").id());
        assertThat(node(y2024, "5.1.1").mapping()).isEqualTo(MappingKind.SAME);
        assertThat(y2022.components().count()).isEqualTo(61);
        assertThat(y2023.components().count()).isEqualTo(62);
    }

    @Test
    void aNotApplicableCriterionShrinksTheUnitsMaximum() {
        CriteriaTree tree = tree(2024, "DEPARTMENT");
        UnitSummary inspectorate = unit("TTT");
        UnitSummary transport = unit("SGTVT");
        assertThat(tree.applicable(node(tree, "4.3.1").id(), inspectorate.id())).isFalse();
        assertThat(tree.maximumFor(inspectorate.id())).isEqualByComparingTo("98");
        assertThat(tree.maximumFor(transport.id())).isEqualByComparingTo("100");
    }

    /** The tree and the single scoring statement build a unit's rules with the same builder: they agree. */
    @Test
    void theSingleStatementRulesEqualTheWholeTreesRules() {
        for (String blockCode : List.of("DEPARTMENT", "DISTRICT")) {
            CriteriaTree tree = tree(2024, blockCode);
            for (UnitSummary unit : organization.units()) {
                if (unit.blockId() == tree.blockId()) {
                    assertThat(catalog.scoreRules(tree.setId(), unit.id()))
                            .as(unit.code())
                            .containsExactlyInAnyOrderEntriesOf(tree.scoreRules(unit.id()));
                }
            }
        }
        // The inspectorate's 4.3 does not apply: its components are not applicable through their criterion.
        CriteriaTree tree = tree(2024, "DEPARTMENT");
        long inspectorate = unit("TTT").id();
        assertThat(catalog.scoreRules(tree.setId(), inspectorate)
                        .get(node(tree, "4.3.1").id())
                        .applicable())
                .isFalse();
        assertThat(catalog.scoreRules(tree.setId(), inspectorate).values())
                .anyMatch(rule -> rule.scoring().method() == ScoringMethod.CHOICES
                        && !rule.scoring().choices().isEmpty());
    }

    /** The node form saves a node's applicability to every unit of the block in one call: all or nothing. */
    @Test
    void aNodesApplicabilityToSeveralUnitsIsSetAllAtOnceOrNotAtAll() {
        long periodId = periodAdministration.createPeriod(nextYear(), "Kỳ thử", "Test period");
        long setId = catalog.set(periodId, block(organization, "DEPARTMENT").id())
                .orElseThrow()
                .setId();
        long area = node(catalog.tree(setId), "2").id();
        long transport = unit("SGTVT").id();
        long health = unit("SYT").id();
        java.util.Map<Long, Boolean> withUnknownUnit = new java.util.HashMap<>();
        withUnknownUnit.put(transport, false);
        withUnknownUnit.put(health, false);
        withUnknownUnit.put(Long.MAX_VALUE, false);
        assertThatThrownBy(() -> editor.setApplicability(area, withUnknownUnit, null));
        assertThat(catalog.tree(setId).applicable(area, transport)).isTrue();
        assertThat(catalog.tree(setId).applicable(area, health)).isTrue();

        editor.setApplicability(area, java.util.Map.of(transport, false, health, false), null);
        CriteriaTree tree = catalog.tree(setId);
        assertThat(tree.applicable(area, transport)).isFalse();
        assertThat(tree.applicable(area, health)).isFalse();
        editor.setApplicability(area, java.util.Map.of(transport, true, health, false), null);
        assertThat(catalog.tree(setId).applicable(area, transport)).isTrue();
        assertThat(auditTrail.latest("CRITERIA_NODE", String.valueOf(area), 10))
                .extracting(AuditEntry::action)
                .containsExactly(
                        "CRITERIA_APPLICABILITY_CHANGED",
                        "CRITERIA_APPLICABILITY_CHANGED",
                        "CRITERIA_APPLICABILITY_CHANGED");
    }

    @Test
    void validationReportsEveryKindOfProblemWithoutBlockingEditing() {
        long periodId = periodAdministration.createPeriod(nextYear(), "Kỳ thử", "Test period");
        BlockSummary department = block(organization, "DEPARTMENT");
        long setId = catalog.set(periodId, department.id()).orElseThrow().setId();
        CriteriaTree copied = catalog.tree(setId);
        assertThat(copied.problems()).isEmpty();

        CriteriaNodeView component = node(copied, "1.1.1");
        editor.updateNode(component.id(), component.version(), withMax(component, "1.5"), null);
        CriteriaTree edited = catalog.tree(setId);
        assertThat(edited.problems())
                .extracting(CriteriaProblem::messageKey, CriteriaProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("criteria.problem.childrenSum", "1.1"));
        CriteriaNodeView area = node(edited, "1");
        editor.updateNode(
                area.id(),
                area.version(),
                NodeDraft.group(NodeLevel.AREA, area.nameVi(), area.nameEn(), new BigDecimal("10.5")),
                null);
        assertThat(catalog.tree(setId).problems())
                .extracting(CriteriaProblem::messageKey)
                .contains("criteria.problem.setTotal", "criteria.problem.childrenSum");
        CriteriaNodeView changedArea = node(catalog.tree(setId), "1");
        editor.updateNode(changedArea.id(), changedArea.version(), area.toDraft(), null);

        long emptyArea = editor.addNode(
                setId, null, NodeDraft.group(NodeLevel.AREA, "Lĩnh vực rỗng", "Empty area", BigDecimal.ONE), null);
        CriteriaNodeView choices = node(edited, "1.1.2");
        editor.updateNode(
                choices.id(),
                choices.version(),
                new NodeDraft(
                        NodeLevel.COMPONENT,
                        choices.nameVi(),
                        choices.nameEn(),
                        new Scoring(
                                ScoringMethod.CHOICES,
                                choices.maxPoints(),
                                null,
                                null,
                                null,
                                List.of(
                                        new Choice(new BigDecimal("1"), "một", "one"),
                                        new Choice(new BigDecimal("1"), "trùng", "dup"))),
                        true,
                        null,
                        null),
                null);
        CriteriaNodeView range = node(edited, "1.2.1");
        editor.updateNode(
                range.id(),
                range.version(),
                new NodeDraft(
                        NodeLevel.COMPONENT,
                        range.nameVi(),
                        range.nameEn(),
                        new Scoring(
                                ScoringMethod.RANGE,
                                range.maxPoints(),
                                BigDecimal.ZERO,
                                range.maxPoints(),
                                new BigDecimal("0.3"),
                                List.of()),
                        true,
                        null,
                        null),
                null);
        assertThat(catalog.tree(setId).problems())
                .extracting(CriteriaProblem::messageKey)
                .contains("criteria.problem.emptyArea", "criteria.problem.choices", "criteria.problem.stepFit");

        // Putting everything back makes the set valid again.
        editor.deleteNode(emptyArea, null);
        CriteriaTree back = catalog.tree(setId);
        editor.updateNode(node(back, "1.1.1").id(), node(back, "1.1.1").version(), component.toDraft(), null);
        editor.updateNode(node(back, "1.1.2").id(), node(back, "1.1.2").version(), choices.toDraft(), null);
        editor.updateNode(node(back, "1.2.1").id(), node(back, "1.2.1").version(), range.toDraft(), null);
        assertThat(catalog.tree(setId).problems()).isEmpty();
    }

    @Test
    void aNewPeriodCopiesEverySetAndMapsEveryNodeToItsSource() {
        PeriodSummary latest = periods.periods().get(0);
        long periodId = periodAdministration.createPeriod(nextYear(), "Kỳ thử", "Test period");
        for (BlockSummary block : organization.blocks()) {
            CriteriaTree source = catalog.tree(
                    catalog.set(latest.id(), block.id()).orElseThrow().setId());
            CriteriaTree copy =
                    catalog.tree(catalog.set(periodId, block.id()).orElseThrow().setId());
            assertThat(copy.allNodes()).hasSameSizeAs(source.allNodes());
            for (CriteriaNodeView node : copy.allNodes()) {
                CriteriaNodeView original = node(source, node.code());
                assertThat(node.mapping()).isEqualTo(MappingKind.SAME);
                assertThat(node.sourceIds()).containsExactly(original.id());
                assertThat(describe(node)).isEqualTo(describe(original));
            }
            assertThat(copy.notApplicableUnitsByNode().values())
                    .hasSameSizeAs(source.notApplicableUnitsByNode().values());
        }
        assertThat(periods.bands(periodId)).isEqualTo(periods.bands(latest.id()));
    }

    @Test
    void phasesMoveForwardOneAtATimeOnlyWhenTheCriteriaAreValid() {
        long periodId = periodAdministration.createPeriod(nextYear(), "Kỳ thử", "Test period");
        BlockSummary district = block(organization, "DISTRICT");
        CriteriaTree tree =
                catalog.tree(catalog.set(periodId, district.id()).orElseThrow().setId());
        CriteriaNodeView component = node(tree, "3.1.1");
        editor.updateNode(component.id(), component.version(), withMax(component, "9"), null);

        assertThatThrownBy(() -> periodAdministration.advance(periodId, Phase.PREPARATION))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageStartingWith("criteria.invalidSet");
        assertThat(periods.period(periodId).phase()).isEqualTo(Phase.PREPARATION);

        editor.updateNode(component.id(), component.version() + 1, component.toDraft(), null);
        assertThat(periodAdministration.advance(periodId, Phase.PREPARATION).phase())
                .isEqualTo(Phase.SELF_ASSESSMENT);
        // A stale click (the page still showed PREPARATION) does not move it twice.
        assertThatThrownBy(() -> periodAdministration.advance(periodId, Phase.PREPARATION))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> periodAdministration.moveBack(periodId, Phase.SELF_ASSESSMENT, " "))
                .hasMessageStartingWith("reason.required");
        periodAdministration.moveBack(periodId, Phase.SELF_ASSESSMENT, "Bổ sung tiêu chí theo chỉ đạo của UBND tỉnh");
        assertThat(periods.period(periodId).phase()).isEqualTo(Phase.PREPARATION);
        assertThat(auditTrail.latest("PERIOD", String.valueOf(periodId), 10))
                .extracting(AuditEntry::action)
                .contains("PERIOD_PHASE_ADVANCED", "PERIOD_PHASE_REOPENED");
    }

    @Test
    void afterSelfAssessmentOpensChangesNeedAReasonAndKeepTheOldVersion() {
        long periodId = periodAdministration.createPeriod(nextYear(), "Kỳ thử", "Test period");
        periodAdministration.advance(periodId, Phase.PREPARATION);
        try {
            long setId = catalog.set(periodId, block(organization, "DEPARTMENT").id())
                    .orElseThrow()
                    .setId();
            CriteriaTree tree = catalog.tree(setId);
            CriteriaNodeView component = node(tree, "6.1.2");
            NodeDraft renamed = new NodeDraft(
                    component.level(),
                    component.nameVi() + " (sửa)",
                    component.nameEn(),
                    new Scoring(
                            component.method(),
                            component.maxPoints(),
                            component.scoring().rangeMin(),
                            component.scoring().rangeMax(),
                            component.scoring().step(),
                            component.scoring().choices()),
                    component.evidenceRequired(),
                    null,
                    null);
            assertThatThrownBy(() -> editor.updateNode(component.id(), component.version(), renamed, null))
                    .hasMessageStartingWith("criteria.reasonRequired");

            editor.updateNode(component.id(), component.version(), renamed, "Sửa tên theo văn bản mới");
            CriteriaTree after = catalog.tree(setId);
            assertThat(after.revision()).isEqualTo(tree.revision() + 1);
            assertThat(node(after, "6.1.2").nameVi()).endsWith("(sửa)");
            assertThat(jdbc.queryForObject(
                            "select old_value from criteria_change where node_id = ?", String.class, component.id()))
                    .contains(component.nameVi());
            assertThat(editor.impactOf(component.id())).isEmpty();
        } finally {
            // Back to preparation, so focal points' home pages (other tests) never list this period.
            periodAdministration.moveBack(periodId, Phase.SELF_ASSESSMENT, "Kết thúc kiểm thử");
        }
    }

    @Test
    void aPublishedPeriodNeverChangesItsCriteria() {
        CriteriaTree published = tree(2023, "DEPARTMENT");
        CriteriaNodeView component = node(published, "1.1.1");
        assertThatThrownBy(() ->
                        editor.updateNode(component.id(), component.version(), withMax(component, "2"), "any reason"))
                .hasMessageStartingWith("criteria.frozen");
        assertThatThrownBy(() -> editor.deleteNode(component.id(), "any reason"))
                .hasMessageStartingWith("criteria.frozen");
    }

    @Test
    void focalPointsAndCouncilMembersCannotChangeSetsOrPhases() {
        CriteriaTree tree = tree(2024, "DEPARTMENT");
        CriteriaNodeView component = node(tree, "1.1.1");
        long periodId = tree.periodId();
        long health = unit("SYT").id();
        for (String username : List.of("gtvt", "hoidong1", "lanhdao", "admin")) {
            SignIn.as(context, username);
            assertThatThrownBy(() -> editor.updateNode(component.id(), component.version(), component.toDraft(), "x"))
                    .as(username)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> editor.setApplicable(component.id(), health, false, "x"))
                    .as(username)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> periodAdministration.advance(periodId, Phase.SELF_ASSESSMENT))
                    .as(username)
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(catalog.tree(tree.setId()).setId()).isEqualTo(tree.setId());
        }
    }

    @Test
    void aUnitGetsItsOwnLaterDeadline() {
        PeriodSummary year2024 = periods.byYear(2024).orElseThrow();
        UnitSummary health = unit("SYT");
        var general = year2024.deadline(Phase.SELF_ASSESSMENT);
        assertThatThrownBy(() -> periodAdministration.extendDeadline(
                        year2024.id(), health.id(), Phase.SELF_ASSESSMENT, general.minusDays(1), "Sớm hơn"))
                .hasMessageStartingWith("extension.notLater");
        periodAdministration.extendDeadline(
                year2024.id(),
                health.id(),
                Phase.SELF_ASSESSMENT,
                general.plusDays(7),
                "Đơn vị sáp nhập phòng chuyên môn");
        assertThat(periods.deadlineFor(year2024.id(), health.id(), Phase.SELF_ASSESSMENT))
                .contains(general.plusDays(7));
        assertThat(periods.deadlineFor(year2024.id(), unit("SGTVT").id(), Phase.SELF_ASSESSMENT))
                .contains(general);
        SignIn.as(context, "gtvt");
        assertThatThrownBy(() -> periods.deadlineFor(year2024.id(), health.id(), Phase.SELF_ASSESSMENT))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static NodeDraft withMax(CriteriaNodeView node, String max) {
        BigDecimal value = new BigDecimal(max);
        return new NodeDraft(
                node.level(),
                node.nameVi(),
                node.nameEn(),
                new Scoring(
                        node.method(),
                        value,
                        node.scoring().rangeMin(),
                        node.method() == ScoringMethod.RANGE
                                ? value
                                : node.scoring().rangeMax(),
                        node.scoring().step(),
                        node.scoring().choices()),
                node.evidenceRequired(),
                node.guidanceVi(),
                node.guidanceEn());
    }

    /** Test periods take years from 2030 on, clear of the demo years and of 2025 (the browser journey's). */
    private int nextYear() {
        return Math.max(2030, periods.periods().get(0).year() + 1);
    }

    private CriteriaTree tree(int year, String blockCode) {
        long periodId = periods.byYear(year).orElseThrow().id();
        return catalog.tree(catalog.set(periodId, block(organization, blockCode).id())
                .orElseThrow()
                .setId());
    }

    private UnitSummary unit(String code) {
        return organization.units().stream()
                .filter(unit -> unit.code().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
