package vn.parindex.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.parindex.assessment.AssessmentStatus;
import vn.parindex.assessment.ItemChange;
import vn.parindex.assessment.ItemState;
import vn.parindex.assessment.Sheet;
import vn.parindex.criteria.Choice;
import vn.parindex.criteria.CriteriaNodeView;
import vn.parindex.criteria.CriteriaTree;
import vn.parindex.criteria.MappingKind;
import vn.parindex.criteria.NodeLevel;
import vn.parindex.criteria.Scoring;
import vn.parindex.criteria.ScoringMethod;
import vn.parindex.organization.UnitSummary;
import vn.parindex.period.PeriodSummary;
import vn.parindex.period.Phase;

/** The sheet's unsaved edits as a plain model: change detection, values shown, saves, a colleague's save, filters. */
class SheetDraftTest {

    private static final long UNIT = 7;
    // Area 1 > criterion 2 > components 3 (range 0..2 step 0.5, evidence), 4 (yes/no 1), 5 (choices 0/1, not
    // applicable to the unit); area 6 > criterion 7 > component 8 (survey).
    private static final long RANGE = 3;
    private static final long YES_NO = 4;
    private static final long EXCLUDED = 5;
    private static final long SURVEY = 8;

    private static CriteriaNodeView node(
            long id, Long parent, NodeLevel level, Scoring scoring, boolean evidence, List<CriteriaNodeView> children) {
        return new CriteriaNodeView(
                id,
                parent,
                level,
                "c" + id,
                "Mục " + id,
                "Item " + id,
                scoring,
                evidence,
                null,
                null,
                MappingKind.NEW,
                Set.of(),
                0,
                children);
    }

    private static Sheet sheet(Map<Long, ItemState> items) {
        Scoring range = new Scoring(
                ScoringMethod.RANGE,
                new BigDecimal("2"),
                BigDecimal.ZERO,
                new BigDecimal("2"),
                new BigDecimal("0.5"),
                List.of());
        Scoring yesNo = new Scoring(ScoringMethod.YES_NO, BigDecimal.ONE, null, null, null, List.of());
        Scoring choices = new Scoring(
                ScoringMethod.CHOICES,
                BigDecimal.ONE,
                null,
                null,
                null,
                List.of(new Choice(BigDecimal.ONE, "Đạt", "Met"), new Choice(BigDecimal.ZERO, "Không", "No")));
        Scoring survey = new Scoring(ScoringMethod.SURVEY, new BigDecimal("6"), null, null, null, List.of());
        CriteriaNodeView criterion = node(
                2,
                1L,
                NodeLevel.CRITERION,
                Scoring.group(new BigDecimal("4")),
                false,
                List.of(
                        node(RANGE, 2L, NodeLevel.COMPONENT, range, true, List.of()),
                        node(YES_NO, 2L, NodeLevel.COMPONENT, yesNo, false, List.of()),
                        node(EXCLUDED, 2L, NodeLevel.COMPONENT, choices, false, List.of())));
        CriteriaNodeView area =
                node(1, null, NodeLevel.AREA, Scoring.group(new BigDecimal("4")), false, List.of(criterion));
        CriteriaNodeView surveyArea = node(
                6,
                null,
                NodeLevel.AREA,
                Scoring.group(new BigDecimal("6")),
                false,
                List.of(node(
                        7,
                        6L,
                        NodeLevel.CRITERION,
                        Scoring.group(new BigDecimal("6")),
                        false,
                        List.of(node(SURVEY, 7L, NodeLevel.COMPONENT, survey, false, List.of())))));
        CriteriaTree tree = new CriteriaTree(
                1,
                1,
                2024,
                Phase.SELF_ASSESSMENT,
                1,
                BigDecimal.TEN,
                0,
                0,
                List.of(area, surveyArea),
                List.of(),
                Map.of(EXCLUDED, Set.of(UNIT)),
                List.of());
        PeriodSummary period = new PeriodSummary(1, 2024, "Năm 2024", "2024", Phase.SELF_ASSESSMENT, null, Map.of(), 0);
        UnitSummary unit = new UnitSummary(
                UNIT, "SX", "Sở X", "Dept X", "SX", 1, "DEPARTMENT", true, true, null, null, null, 1, 0);
        return new Sheet(
                10L,
                3,
                period,
                unit,
                null,
                LocalDate.of(2024, 6, 1),
                AssessmentStatus.IN_PROGRESS,
                null,
                null,
                null,
                null,
                tree,
                tree.scoreRules(UNIT),
                items,
                List.of());
    }

    private static ItemState stored(
            long nodeId, String score, String note, long version, boolean recheck, Long... evidence) {
        return new ItemState(
                nodeId,
                score == null ? null : new BigDecimal(score),
                note,
                Set.of(evidence),
                "gtvt",
                Instant.EPOCH,
                version,
                recheck);
    }

    private static SheetDraft draftOver(Map<Long, ItemState> items) {
        SheetDraft draft = new SheetDraft();
        draft.show(sheet(items));
        return draft;
    }

    @Test
    void anEditBackToWhatIsStoredIsNoEdit() {
        SheetDraft draft = draftOver(Map.of(RANGE, stored(RANGE, "1.5", "Đã làm", 4, false)));
        draft.edit(RANGE, "1,5", "Đã làm ");
        assertThat(draft.isEmpty()).isTrue();
        draft.edit(RANGE, "2", "Đã làm");
        assertThat(draft.size()).isEqualTo(1);
        assertThat(draft.draft(RANGE).score()).isEqualByComparingTo("2");
        draft.edit(RANGE, "1.50", "Đã làm");
        assertThat(draft.isEmpty()).isTrue();
    }

    @Test
    void anInvalidScoreIsKeptAsTypedWithItsProblemAndHoldsUpTheSave() {
        SheetDraft draft = draftOver(Map.of());
        draft.edit(YES_NO, "1", "");
        draft.edit(RANGE, "1.3", "");
        assertThat(draft.draft(RANGE).valid()).isFalse();
        assertThat(draft.draft(RANGE).problem().messageKey()).isEqualTo("score.offStep");
        assertThat(draft.draft(RANGE).scoreText()).isEqualTo("1.3");
        assertThat(draft.firstInvalid()).contains(RANGE);
        // The invalid text never reaches the values shown or the totals.
        assertThat(draft.current(RANGE).scored()).isFalse();
        assertThat(draft.progress().scored()).isEqualTo(1);
        draft.edit(RANGE, "1.5", "");
        assertThat(draft.firstInvalid()).isEmpty();
        assertThat(draft.progress().scored()).isEqualTo(2);
    }

    @Test
    void valuesShownAreTheStoredOnesWithValidEditsOnTopKeepingEvidenceAndMarks() {
        SheetDraft draft = draftOver(Map.of(RANGE, stored(RANGE, "1", null, 2, true, 91L)));
        draft.edit(RANGE, "2", "Ghi chú");
        ItemState shown = draft.current(RANGE);
        assertThat(shown.score()).isEqualByComparingTo("2");
        assertThat(shown.note()).isEqualTo("Ghi chú");
        assertThat(shown.evidenceIds()).containsExactly(91L);
        assertThat(shown.recheck()).isTrue();
        assertThat(draft.sheet().item(RANGE).score()).isEqualByComparingTo("1");
    }

    @Test
    void aSaveSendsEveryEditWithTheVersionItsUserStartedFrom() {
        Map<Long, ItemState> items = new HashMap<>(Map.of(RANGE, stored(RANGE, "1", null, 2, false)));
        SheetDraft draft = draftOver(items);
        draft.edit(RANGE, "2", "");
        draft.edit(YES_NO, "0", "Chưa đạt");
        // A reload showing a colleague's save keeps the version this user started from.
        items.put(RANGE, stored(RANGE, "0.5", null, 3, false));
        draft.show(sheet(items));
        draft.edit(RANGE, "1.5", "");
        assertThat(draft.changes())
                .containsExactly(
                        new ItemChange(RANGE, 2, new BigDecimal("1.5"), ""),
                        new ItemChange(YES_NO, 0, BigDecimal.ZERO, "Chưa đạt"));
    }

    @Test
    void takingInAColleaguesSaveRebasesOnlyTheRefusedItem() {
        Map<Long, ItemState> items = new HashMap<>(Map.of(RANGE, stored(RANGE, "1", null, 2, false)));
        SheetDraft draft = draftOver(items);
        draft.edit(RANGE, "2", "");
        draft.edit(YES_NO, "1", "");
        items.put(RANGE, stored(RANGE, "0.5", null, 5, false));
        items.put(YES_NO, stored(YES_NO, "0", null, 1, false));
        draft.show(sheet(items));
        draft.takeInOtherSave("c" + RANGE);
        assertThat(draft.draft(RANGE).baseVersion()).isEqualTo(5);
        assertThat(draft.draft(RANGE).scoreText()).isEqualTo("2");
        assertThat(draft.draft(YES_NO).baseVersion()).isZero();
        draft.takeInOtherSave("no such code");
        assertThat(draft.size()).isEqualTo(2);
    }

    @Test
    void filtersShowMatchingItemsWithTheGroupsAboveThem() {
        SheetDraft draft = draftOver(Map.of(
                RANGE, stored(RANGE, "2", null, 1, false),
                YES_NO, stored(YES_NO, null, null, 1, true)));
        assertThat(draft.shown(SheetDraft.Filter.ALL, null))
                .containsExactlyInAnyOrder(1L, 2L, RANGE, YES_NO, EXCLUDED, 6L, 7L, SURVEY);
        assertThat(draft.shown(SheetDraft.Filter.UNSCORED, null)).containsExactlyInAnyOrder(1L, 2L, YES_NO);
        assertThat(draft.shown(SheetDraft.Filter.RECHECK, null)).containsExactlyInAnyOrder(1L, 2L, YES_NO);
        assertThat(draft.shown(SheetDraft.Filter.EVIDENCE_MISSING, null)).containsExactlyInAnyOrder(1L, 2L, RANGE);
        // An unsaved note covers the evidence; the item just edited stays in view when asked to.
        draft.edit(RANGE, "2", "Có văn bản");
        assertThat(draft.shown(SheetDraft.Filter.EVIDENCE_MISSING, null)).isEmpty();
        assertThat(draft.shown(SheetDraft.Filter.EVIDENCE_MISSING, RANGE)).containsExactlyInAnyOrder(1L, 2L, RANGE);
        draft.edit(YES_NO, "1", "");
        assertThat(draft.shown(SheetDraft.Filter.UNSCORED, null)).isEmpty();
    }

    @Test
    void applicabilityAndMarksFollowTheUnitsRules() {
        SheetDraft draft = draftOver(Map.of(YES_NO, stored(YES_NO, "1", null, 1, true)));
        CriteriaNodeView criterion =
                draft.sheet().tree().areas().get(0).children().get(0);
        CriteriaNodeView excluded = criterion.children().get(2);
        assertThat(draft.applies(excluded)).isFalse();
        assertThat(draft.applies(criterion)).isTrue();
        assertThat(draft.marked(criterion.children().get(1))).isTrue();
        assertThat(draft.marked(criterion)).isFalse();
        assertThat(draft.markedCount()).isEqualTo(1);
        assertThat(new SheetDraft().applies(excluded)).isTrue();
    }

    @Test
    void discardingDropsEditsAndTheirValues() {
        SheetDraft draft = draftOver(Map.of());
        draft.edit(RANGE, "2", "");
        draft.edit(YES_NO, "1", "");
        draft.discard(RANGE);
        assertThat(draft.current(RANGE).scored()).isFalse();
        assertThat(draft.size()).isEqualTo(1);
        draft.discardAll();
        assertThat(draft.isEmpty()).isTrue();
        assertThat(draft.current(YES_NO).scored()).isFalse();
    }
}
