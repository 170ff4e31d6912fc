package vn.parindex.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.parindex.assessment.AssessmentFixtures.node;
import static vn.parindex.assessment.AssessmentFixtures.pdf;
import static vn.parindex.assessment.AssessmentFixtures.unit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.parindex.audit.AuditEntry;
import vn.parindex.audit.AuditTrail;
import vn.parindex.criteria.CriteriaCatalog;
import vn.parindex.criteria.CriteriaEditor;
import vn.parindex.criteria.CriteriaNodeView;
import vn.parindex.criteria.CriteriaTree;
import vn.parindex.criteria.NodeDraft;
import vn.parindex.criteria.ScoreRule;
import vn.parindex.criteria.Scoring;
import vn.parindex.organization.UnitSummary;
import vn.parindex.security.Role;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.ConcurrentEditException;
import vn.parindex.support.Accounts;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;

/**
 * What units entered is never lost or silently wrong when the secretariat changes the criteria:
 * nodes with entries cannot be deleted, changed rules and applicability mark items for re-check,
 * invalid scores block submission, and items that do not apply count nowhere. Each test works in a
 * period of its own.
 */
@PortalIntegrationTest
class CriteriaChangeImpactTest {

    private static final String REASON = "Điều chỉnh theo Quyết định của UBND tỉnh";

    @Autowired
    ApplicationContext context;

    @Autowired
    SelfAssessments assessments;

    @Autowired
    EvidenceLibrary library;

    @Autowired
    CriteriaEditor editor;

    @Autowired
    CriteriaCatalog catalog;

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    JdbcTemplate jdbc;

    private final List<Long> opened = new ArrayList<>();

    @AfterEach
    void closePeriods() {
        opened.forEach(periodId -> OwnPeriods.close(context, periodId));
        SignIn.out();
    }

    private long open(int year) {
        long periodId = OwnPeriods.open(context, year);
        opened.add(periodId);
        return periodId;
    }

    private static String key(Throwable refusal) {
        return ((BusinessRuleException) refusal).messageKey();
    }

    /** The unit's own new focal point, signed in. */
    private String focalPoint(UnitSummary unit) {
        String username = Accounts.create(context, Role.FOCAL_POINT, unit.id());
        SignIn.as(context, username, Accounts.PASSWORD);
        return username;
    }

    private CriteriaTree tree(long periodId, UnitSummary unit) {
        SignIn.as(context, "noivu");
        return catalog.tree(catalog.set(periodId, unit.blockId()).orElseThrow().setId());
    }

    private static CriteriaNodeView code(CriteriaTree tree, String code) {
        return tree.allNodes().stream()
                .filter(node -> node.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static ItemChange change(Sheet sheet, String code, String score, String note) {
        long nodeId = node(sheet, code);
        return new ItemChange(nodeId, sheet.item(nodeId).version(), score == null ? null : new BigDecimal(score), note);
    }

    @Test
    void aNodeWithEntriesCannotBeDeletedAndTheRefusalNamesTheUnits() {
        long periodId = open(2004);
        UnitSummary justice = unit(context, "STP");
        UnitSummary construction = unit(context, "SXD");
        UnitSummary trade = unit(context, "SCT");
        UnitSummary environment = unit(context, "STNMT");

        focalPoint(justice);
        Sheet scored = assessments.sheet(periodId, justice.id());
        assessments.save(scored.assessmentId(), List.of(change(scored, "1.1.1", "12.5", null)));
        focalPoint(construction);
        Sheet noted = assessments.sheet(periodId, construction.id());
        assessments.save(noted.assessmentId(), List.of(change(noted, "1.1.2", null, "Đang tổng hợp số liệu của năm")));
        focalPoint(trade);
        assessments.sheet(periodId, trade.id()); // opened only: empty items for every component
        focalPoint(environment);
        Sheet linked = assessments.sheet(periodId, environment.id());
        EvidenceSummary file = library.upload(periodId, environment.id(), "Báo cáo.pdf", pdf("Báo cáo"))
                .evidence();
        library.link(linked.assessmentId(), node(linked, "2.1.1"), file.id());

        CriteriaTree tree = tree(periodId, justice);
        assertThat(editor.impactOf(code(tree, "1.1.1").id())).containsExactly(justice.shortName());
        assertThat(editor.impactOf(code(tree, "1").id()))
                .containsExactly(justice.shortName(), construction.shortName());
        assertThatThrownBy(() -> editor.deleteNode(code(tree, "1.1.1").id(), REASON))
                .isInstanceOfSatisfying(BusinessRuleException.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("criteria.deleteScored");
                    assertThat(refusal.arguments()).containsExactly("1.1.1", justice.shortName());
                });
        assertThatThrownBy(() -> editor.deleteNode(code(tree, "1").id(), REASON))
                .satisfies(refusal -> assertThat(((BusinessRuleException) refusal).arguments())
                        .containsExactly("1", justice.shortName() + ", " + construction.shortName()));
        // Evidence alone is an entry too.
        assertThatThrownBy(() -> editor.deleteNode(code(tree, "2.1").id(), REASON))
                .satisfies(refusal -> assertThat(((BusinessRuleException) refusal).arguments())
                        .containsExactly("2.1", environment.shortName()));

        // Nothing was removed: the score, the note and the link are all still there.
        focalPoint(justice);
        assertThat(assessments
                        .sheet(periodId, justice.id())
                        .item(node(scored, "1.1.1"))
                        .score())
                .isEqualByComparingTo("12.5");
        focalPoint(construction);
        assertThat(assessments
                        .sheet(periodId, construction.id())
                        .item(node(noted, "1.1.2"))
                        .note())
                .isEqualTo("Đang tổng hợp số liệu của năm");
        focalPoint(environment);
        assertThat(assessments
                        .sheet(periodId, environment.id())
                        .item(node(linked, "2.1.1"))
                        .evidenceIds())
                .containsExactly(file.id());

        // The database refuses too: a score item keeps its node.
        long justiceItemNode = code(tree, "1.1.1").id();
        assertThatThrownBy(() -> jdbc.update("delete from criteria_node where id = ?", justiceItemNode))
                .isInstanceOf(DataIntegrityViolationException.class);

        // A node holding only the empty items created when sheets were opened goes, with those items.
        SignIn.as(context, "noivu");
        long empty = code(tree, "2.2.1").id();
        assertThat(jdbc.queryForObject("select count(*) from score_item where node_id = ?", Integer.class, empty))
                .isEqualTo(4);
        editor.deleteNode(empty, REASON);
        assertThat(jdbc.queryForObject("select count(*) from score_item where node_id = ?", Integer.class, empty))
                .isZero();
        assertThat(tree(periodId, justice).allNodes())
                .extracting(CriteriaNodeView::code)
                .contains("2.2")
                .doesNotContain("2.2.1");
    }

    @Test
    void aChangedRuleMarksEnteredItemsAndAnInvalidScoreBlocksSubmissionUntilCorrected() {
        long periodId = open(2005);
        UnitSummary justice = unit(context, "STP");
        UnitSummary construction = unit(context, "SXD");
        UnitSummary trade = unit(context, "SCT");

        focalPoint(justice);
        Sheet first = assessments.sheet(periodId, justice.id());
        assessments.save(first.assessmentId(), AssessmentFixtures.fullMarks(first)); // 1.1.1 = 20
        String constructionUser = focalPoint(construction);
        Sheet second = assessments.sheet(periodId, construction.id());
        List<ItemChange> marks = new ArrayList<>(AssessmentFixtures.fullMarks(second));
        marks.replaceAll(item -> item.nodeId() == node(second, "1.1.1")
                ? new ItemChange(item.nodeId(), item.expectedVersion(), new BigDecimal("10"), item.note())
                : item);
        assessments.save(second.assessmentId(), marks);
        Sheet submitted = assessments.sheet(periodId, construction.id());
        assessments.submit(submitted.assessmentId(), submitted.version());
        focalPoint(trade);
        assessments.sheet(periodId, trade.id()); // nothing entered

        // Before confirming, the secretariat sees who entered something on the item.
        CriteriaTree tree = tree(periodId, justice);
        CriteriaNodeView range = code(tree, "1.1.1");
        assertThat(editor.impactOf(range.id())).containsExactly(justice.shortName(), construction.shortName());
        // A new name is no new rule: nothing is marked.
        CriteriaNodeView yesNo = code(tree, "1.1.2");
        editor.updateNode(yesNo.id(), yesNo.version(), renamed(yesNo), REASON);
        editor.updateNode(range.id(), range.version(), withMaximum(range, "15"), REASON);

        focalPoint(justice);
        Sheet marked = assessments.sheet(periodId, justice.id());
        long rangeId = node(marked, "1.1.1");
        assertThat(marked.item(rangeId).recheck()).isTrue();
        assertThat(marked.item(node(marked, "1.1.2")).recheck()).isFalse();
        assertThat(marked.blockers())
                .containsExactly(new SubmissionBlocker(rangeId, "1.1.1", SubmissionBlocker.Kind.INVALID_SCORE));
        assertThatThrownBy(() -> assessments.submit(marked.assessmentId(), marked.version()))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("assessment.submit.blocked"));
        // The stored 20 cannot be confirmed under a maximum of 15; a stale version is refused first.
        assertThatThrownBy(() -> assessments.reconfirm(
                        marked.assessmentId(), rangeId, marked.item(rangeId).version() - 1))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> assessments.reconfirm(
                        marked.assessmentId(), rangeId, marked.item(rangeId).version()))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("score.aboveMaximum"));
        assessments.save(marked.assessmentId(), List.of(change(marked, "1.1.1", "15", null)));
        Sheet corrected = assessments.sheet(periodId, justice.id());
        assertThat(corrected.item(rangeId).recheck()).isFalse();
        assertThat(corrected.blockers()).isEmpty();
        assessments.submit(corrected.assessmentId(), corrected.version());

        // The secretariat's overview shows the submitted sheet with its marked item, and can return it.
        SignIn.as(context, "noivu");
        Map<String, OverviewRow> rows = assessments.overview(periodId).stream()
                .collect(Collectors.toMap(row -> row.unit().code(), Function.identity()));
        OverviewRow constructionRow = rows.get("SXD");
        assertThat(constructionRow.status()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(constructionRow.markedItems()).isEqualTo(1);
        assertThat(rows.get("STP").markedItems()).isZero();
        assertThat(rows.get("SCT").markedItems()).isZero();
        assessments.returnToUnit(
                constructionRow.assessmentId(), constructionRow.version(), "Kiểm tra lại tiêu chí 1.1.1");

        // Another unit's focal point cannot touch the mark; the unit itself confirms its valid 10.
        Sheet returned = sheetAs(constructionUser, periodId, construction);
        long returnedRange = node(returned, "1.1.1");
        assertThat(returned.item(returnedRange).recheck()).isTrue();
        assertThat(returned.blockers()).isEmpty();
        focalPoint(justice);
        assertThatThrownBy(() -> assessments.reconfirm(
                        returned.assessmentId(),
                        returnedRange,
                        returned.item(returnedRange).version()))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(context, constructionUser, Accounts.PASSWORD);
        assessments.reconfirm(
                returned.assessmentId(),
                returnedRange,
                returned.item(returnedRange).version());
        Sheet confirmed = assessments.sheet(periodId, construction.id());
        assertThat(confirmed.item(returnedRange).recheck()).isFalse();
        assertThat(confirmed.item(returnedRange).score()).isEqualByComparingTo("10");

        SignIn.as(context, "noivu");
        assertThat(auditTrail.latest("SELF_ASSESSMENT", String.valueOf(confirmed.assessmentId()), 20))
                .extracting(AuditEntry::action)
                .contains("SCORE_ITEMS_MARKED_FOR_RECHECK", "SCORE_ITEM_RECONFIRMED");
        assertThat(auditTrail.latest("CRITERIA_NODE", String.valueOf(range.id()), 5))
                .extracting(AuditEntry::newValue)
                .anyMatch(value -> value.contains("recheckUnits"));
    }

    /**
     * A unit saving while the secretariat lowers the maximum: whichever commits first, a score the
     * new rule does not allow is never left unmarked (the marking waits for the unit's lock on its
     * assessment, and a save after the change is checked against the new rule).
     */
    @Test
    void aSaveRacingARuleChangeNeverLeavesAnInvalidScoreUnmarked() throws Exception {
        long periodId = open(2012);
        UnitSummary justice = unit(context, "STP");
        String user = focalPoint(justice);
        Sheet sheet = assessments.sheet(periodId, justice.id());
        assessments.save(sheet.assessmentId(), AssessmentFixtures.fullMarks(sheet));
        Sheet saved = assessments.sheet(periodId, justice.id());
        long rangeId = node(saved, "1.1.1");
        CriteriaNodeView range = code(tree(periodId, justice), "1.1.1");

        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Future<String> unitSave = pool.submit(() -> {
                SignIn.as(context, user, Accounts.PASSWORD);
                try {
                    start.await(30, java.util.concurrent.TimeUnit.SECONDS);
                    assessments.save(saved.assessmentId(), List.of(change(saved, "1.1.1", "18", null)));
                    return "saved";
                } catch (BusinessRuleException refused) {
                    return refused.messageKey();
                } finally {
                    SignIn.out();
                }
            });
            java.util.concurrent.Future<?> ruleChange = pool.submit(() -> {
                SignIn.as(context, "noivu");
                try {
                    start.await(30, java.util.concurrent.TimeUnit.SECONDS);
                    editor.updateNode(range.id(), range.version(), withMaximum(range, "15"), REASON);
                    return null;
                } finally {
                    SignIn.out();
                }
            });
            ruleChange.get(60, java.util.concurrent.TimeUnit.SECONDS);
            String outcome = unitSave.get(60, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(outcome).isIn("saved", "score.aboveMaximum");
        } finally {
            pool.shutdownNow();
        }
        SignIn.as(context, user, Accounts.PASSWORD);
        ItemState item = assessments.sheet(periodId, justice.id()).item(rangeId);
        assertThat(item.score()).isIn(new BigDecimal("18.00"), new BigDecimal("20.00"));
        assertThat(item.recheck())
                .as("a score above the new maximum of 15 stays marked")
                .isTrue();
    }

    @Test
    void anItemMadeNotApplicableCountsNowhereAndTheUnitMayClearIt() {
        long periodId = open(2006);
        UnitSummary justice = unit(context, "STP");
        UnitSummary construction = unit(context, "SXD");
        focalPoint(justice);
        Sheet full = assessments.sheet(periodId, justice.id());
        assessments.save(full.assessmentId(), AssessmentFixtures.fullMarks(full));
        Sheet before = assessments.sheet(periodId, justice.id());
        assertThat(before.grandTotal(before.items())).isEqualByComparingTo("100");

        CriteriaTree tree = tree(periodId, justice);
        CriteriaNodeView area = code(tree, "2");
        assertThat(editor.applicabilityImpact(area.id(), Set.of(justice.id(), construction.id())))
                .containsExactly(justice.shortName());
        editor.setApplicable(area.id(), justice.id(), false, REASON);

        focalPoint(justice);
        Sheet sheet = assessments.sheet(periodId, justice.id());
        long excluded = node(sheet, "2.1.2");
        ScoreRule rule = sheet.rule(excluded);
        assertThat(rule.applicable()).isFalse();
        assertThat(sheet.item(excluded).score()).isEqualByComparingTo("15");
        assertThat(sheet.item(excluded).recheck()).isTrue();
        // Area 2's stored 50 points count nowhere: not in the sheet, not in the overview.
        assertThat(sheet.maximum()).isEqualByComparingTo("50");
        assertThat(sheet.grandTotal(sheet.items())).isEqualByComparingTo("50");
        assertThat(sheet.progress().applicable()).isEqualTo(4);
        assertThat(sheet.blockers()).isEmpty();
        SignIn.as(context, "noivu");
        OverviewRow row = assessments.overview(periodId).stream()
                .filter(candidate -> candidate.unit().id() == justice.id())
                .findFirst()
                .orElseThrow();
        assertThat(row.total()).isEqualByComparingTo("50");
        assertThat(row.progress()).isEqualTo(new Progress(4, 4, 0));
        assertThat(row.markedItems()).isEqualTo(3);

        // The unit may clear what no longer applies, but not enter anything new there.
        focalPoint(justice);
        assertThatThrownBy(() -> assessments.save(sheet.assessmentId(), List.of(change(sheet, "2.1.2", "0", null))))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("score.notApplicable"));
        assertThatThrownBy(() ->
                        assessments.save(sheet.assessmentId(), List.of(change(sheet, "2.1.2", null, "Ghi chú mới"))))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("score.notApplicable"));
        assessments.save(sheet.assessmentId(), List.of(change(sheet, "2.1.2", null, null)));
        Sheet cleared = assessments.sheet(periodId, justice.id());
        assertThat(cleared.item(excluded).scored()).isFalse();
        assertThat(cleared.item(excluded).recheck()).isFalse();
        // The two other marked items do not apply either: they ask nothing of the unit before submitting.
        assessments.submit(cleared.assessmentId(), cleared.version());
    }

    @Test
    void aComponentWithoutAScoringMethodIsAProblemNeverANullPointer() {
        long periodId = open(2007);
        UnitSummary justice = unit(context, "STP");
        CriteriaTree tree = tree(periodId, justice);
        CriteriaNodeView component = code(tree, "1.1.4");
        NodeDraft draft = component.toDraft();
        editor.updateNode(
                component.id(),
                component.version(),
                new NodeDraft(
                        draft.level(),
                        draft.nameVi(),
                        draft.nameEn(),
                        new Scoring(null, draft.maxPoints(), null, null, null, List.of()),
                        false,
                        null,
                        null),
                REASON);
        assertThat(tree(periodId, justice).problems())
                .extracting(problem -> problem.messageKey() + " " + problem.code())
                .containsExactly("criteria.problem.methodRequired 1.1.4");

        focalPoint(justice);
        Sheet sheet = assessments.sheet(periodId, justice.id());
        long incomplete = node(sheet, "1.1.4");
        assertThat(sheet.rule(incomplete).incomplete()).isTrue();
        assertThat(sheet.blockers())
                .contains(new SubmissionBlocker(incomplete, "1.1.4", SubmissionBlocker.Kind.RULE_INCOMPLETE));
        assertThatThrownBy(() -> assessments.save(sheet.assessmentId(), List.of(change(sheet, "1.1.4", "5", null))))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("score.ruleIncomplete"));
    }

    private Sheet sheetAs(String username, long periodId, UnitSummary unit) {
        SignIn.as(context, username, Accounts.PASSWORD);
        return assessments.sheet(periodId, unit.id());
    }

    private static NodeDraft renamed(CriteriaNodeView node) {
        NodeDraft draft = node.toDraft();
        return new NodeDraft(
                draft.level(),
                draft.nameVi() + " (tên mới)",
                draft.nameEn(),
                new Scoring(
                        draft.method(),
                        draft.maxPoints(),
                        draft.scoring().rangeMin(),
                        draft.scoring().rangeMax(),
                        draft.scoring().step(),
                        draft.scoring().choices()),
                draft.evidenceRequired(),
                draft.guidanceVi(),
                draft.guidanceEn());
    }

    private static NodeDraft withMaximum(CriteriaNodeView node, String max) {
        NodeDraft draft = node.toDraft();
        BigDecimal value = new BigDecimal(max);
        return new NodeDraft(
                draft.level(),
                draft.nameVi(),
                draft.nameEn(),
                new Scoring(
                        draft.method(),
                        value,
                        draft.scoring().rangeMin(),
                        value,
                        draft.scoring().step(),
                        draft.scoring().choices()),
                draft.evidenceRequired(),
                draft.guidanceVi(),
                draft.guidanceEn());
    }
}
