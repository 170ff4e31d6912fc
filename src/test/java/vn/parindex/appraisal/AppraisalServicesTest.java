package vn.parindex.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import vn.parindex.assessment.AssessmentFixtures;
import vn.parindex.audit.AuditEntry;
import vn.parindex.audit.AuditTrail;
import vn.parindex.criteria.CriteriaNodeView;
import vn.parindex.period.OutstandingWork;
import vn.parindex.period.PendingWork;
import vn.parindex.period.PeriodAdministration;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.period.Phase;
import vn.parindex.security.Role;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.support.Accounts;
import vn.parindex.support.MutableClock;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;

/**
 * The appraisal from assignment to final scores, with its refusals: conflict of interest (a member or
 * a secretariat of the unit), unassigned members, wrong phases, stale versions, another unit's
 * request, an answer after the deadline. Periods 2040, 2041 and 2046 of its own.
 */
@PortalIntegrationTest
class AppraisalServicesTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    AppraisalAssignments assignments;

    @Autowired
    Appraisals appraisals;

    @Autowired
    Explanations explanations;

    @Autowired
    AppraisalResults results;

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    List<PendingWork> pendingWork;

    @Autowired
    MutableClock clock;

    @AfterEach
    void restore() {
        clock.reset();
        AppraisalFixtures.leaveSelfAssessment(context, 2040, 2041, 2046);
        AppraisalFixtures.readNotificationsOf(context, "hoidong1", "hoidong2", "hoidong3", "namsach");
    }

    private static String key(Throwable refusal) {
        return ((BusinessRuleException) refusal).messageKey();
    }

    private static long node(AppraisalSheet sheet, String code) {
        return sheet.rules().values().stream()
                .filter(rule -> rule.code().equals(code))
                .findFirst()
                .orElseThrow()
                .nodeId();
    }

    private static CriteriaNodeView area(AppraisalSheet sheet, String code) {
        return sheet.tree().areas().stream()
                .filter(area -> area.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aUnitIsAppraisedAskedToExplainAndFinalized() {
        String focalPoint = AppraisalFixtures.submitted(context, 2040, "HNS");
        long period = AppraisalFixtures.periodId(context, 2040);
        long namSach = AssessmentFixtures.unit(context, "HNS").id();

        // Appraisal cannot start while the submitted unit has no member.
        assertThatThrownBy(() -> AppraisalFixtures.advance(context, period))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("appraisal.uncovered"));
        SignIn.as(context, "noivu");
        assertThat(assignments.uncoveredSubmitted(period))
                .extracting(unit -> unit.code())
                .containsExactly("HNS");
        AppraisalFixtures.assign(context, period, "HNS", "hoidong1", null);
        List<AreaOption> areas = assignments.areas(period, namSach);
        assertThat(areas).extracting(AreaOption::code).containsExactly("1", "2");
        AppraisalFixtures.assign(
                context, period, "HNS", "hoidong2", areas.get(1).id());
        assertThatThrownBy(() -> AppraisalFixtures.assign(context, period, "HNS", "hoidong1", null))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("appraisal.assign.duplicate"));
        SignIn.as(context, "noivu");
        AssignmentBoard board = assignments.board(period);
        UnitCoverage coverage = board.units().stream()
                .filter(unit -> unit.unit().code().equals("HNS"))
                .findFirst()
                .orElseThrow();
        assertThat(coverage.covered()).isTrue();
        assertThat(coverage.submitted()).isTrue();
        assertThat(board.members())
                .filteredOn(load -> load.member().username().equals("hoidong1"))
                .singleElement()
                .satisfies(load -> assertThat(load.items()).isEqualTo(7));
        assertThat(board.members())
                .filteredOn(load -> load.member().username().equals("hoidong2"))
                .singleElement()
                .satisfies(load -> assertThat(load.items()).isEqualTo(3));
        AppraisalFixtures.advance(context, period);

        // An unassigned member is refused, through the sheet and by the appraisal's id.
        SignIn.as(context, "hoidong3");
        assertThat(appraisals.queue(period)).isEmpty();
        assertThatThrownBy(() -> appraisals.sheet(period, namSach))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("appraisal.notAssigned"));

        SignIn.as(context, "hoidong1");
        assertThat(appraisals.queue(period)).singleElement().satisfies(entry -> {
            assertThat(entry.unit().code()).isEqualTo("HNS");
            assertThat(entry.submitted()).isTrue();
            assertThat(entry.status()).isEqualTo(AppraisalStatus.NOT_STARTED);
        });
        AppraisalSheet sheet = appraisals.sheet(period, namSach);
        assertThat(sheet.mode()).isEqualTo(AppraisalSheet.Mode.APPRAISE);
        assertThat(sheet.lines()).hasSize(7);
        assertThat(sheet.selfGrandTotal()).isEqualByComparingTo("100");
        long appraisalId = sheet.appraisalId();
        long range = node(sheet, "1.1.1");
        long yesNo = node(sheet, "2.1.1");

        SignIn.as(context, "hoidong3");
        assertThatThrownBy(() -> appraisals.save(
                        appraisalId, List.of(new AppraisedChange(range, 0, BigDecimal.TEN, null, false))))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("appraisal.notAssigned"));

        // The same rules as self-scoring; nothing half-saved.
        SignIn.as(context, "hoidong1");
        assertThatThrownBy(() -> appraisals.save(
                        appraisalId,
                        List.of(
                                new AppraisedChange(range, 0, new BigDecimal("15"), "Thiếu", false),
                                new AppraisedChange(yesNo, 0, new BigDecimal("7"), null, false))))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("score.yesNo"));
        assertThatThrownBy(() -> appraisals.save(
                        appraisalId, List.of(new AppraisedChange(range, 0, new BigDecimal("15.3"), null, false))))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("score.offStep"));
        assertThat(appraisals.save(
                        appraisalId,
                        List.of(new AppraisedChange(range, 0, new BigDecimal("15"), "Văn bản chưa đủ", true))))
                .isEqualTo(1);
        sheet = appraisals.sheet(period, namSach);
        assertThat(sheet.status()).isEqualTo(AppraisalStatus.IN_PROGRESS);
        assertThat(sheet.line(range).difference()).isEqualByComparingTo("-5");
        assertThat(sheet.difference(area(sheet, "1"))).isEqualByComparingTo("-5");
        assertThat(sheet.differenceTotal()).isEqualByComparingTo("-5");
        assertThat(sheet.appraisedGrandTotal()).isEqualByComparingTo("95");
        assertThat(sheet.evidenceGaps()).extracting(AppraisalLine::nodeId).contains(range);

        // hoidong2 covers area 2 only; two members on one item: the stale save is refused with the value now stored.
        SignIn.as(context, "hoidong2");
        AppraisalSheet second = appraisals.sheet(period, namSach);
        assertThat(second.editable(yesNo)).isTrue();
        assertThat(second.editable(range)).isFalse();
        assertThatThrownBy(() -> appraisals.save(
                        appraisalId, List.of(new AppraisedChange(range, 1, BigDecimal.TEN, null, false))))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("appraisal.notYourItem"));
        appraisals.save(appraisalId, List.of(new AppraisedChange(yesNo, 0, BigDecimal.ZERO, "Không có", false)));
        SignIn.as(context, "hoidong1");
        assertThatThrownBy(() -> appraisals.save(
                        appraisalId, List.of(new AppraisedChange(yesNo, 0, new BigDecimal("15"), null, false))))
                .isInstanceOfSatisfying(BusinessRuleException.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("appraisal.conflict");
                    assertThat(refusal.arguments()).containsExactly("2.1.1", new BigDecimal("0.00"), "hoidong2");
                });

        // Accepting area 2 takes the unit's scores in one action, audited per item.
        sheet = appraisals.sheet(period, namSach);
        assertThat(appraisals.acceptArea(appraisalId, area(sheet, "2").id(), Map.of()))
                .isEqualTo(3);
        sheet = appraisals.sheet(period, namSach);
        assertThat(sheet.line(yesNo).appraisedScore()).isEqualByComparingTo("15");
        assertThat(sheet.difference(area(sheet, "2"))).isZero();
        SignIn.as(context, "noivu");
        assertThat(auditTrail.latest(
                        "APPRAISAL_ITEM", String.valueOf(sheet.line(yesNo).itemId()), 5))
                .extracting(AuditEntry::action)
                .contains("APPRAISAL_ITEM_ACCEPTED");

        // Wrong phase: no final scores and no answers while appraising.
        SignIn.as(context, "hoidong1");
        long rangeVersion = sheet.line(range).version();
        assertThatThrownBy(() -> appraisals.saveFinal(
                        appraisalId, List.of(new FinalChange(range, rangeVersion, BigDecimal.TEN, null))))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("appraisal.phase.FINAL_APPRAISAL"));
        assertThat(appraisals.requestExplanations(
                        appraisalId,
                        List.of(new QuestionDraft(range, rangeVersion, "Xin bổ sung quyết định ban hành"))))
                .isEqualTo(1);
        SignIn.as(context, focalPoint, Accounts.PASSWORD);
        assertThat(explanations.requests(period)).isEmpty();

        // EXPLANATION: the request reaches the unit with its deadline and the reminder job sees it.
        setDeadline(period, Phase.EXPLANATION, LocalDate.now(clock).plusDays(5));
        AppraisalFixtures.advance(context, period);
        assertThat(pendingWork.stream().flatMap(work -> work.outstanding(period).stream()))
                .contains(new OutstandingWork(namSach, Phase.EXPLANATION));
        SignIn.as(context, focalPoint, Accounts.PASSWORD);
        ExplanationRequests requests = explanations.requests(period).orElseThrow();
        assertThat(requests.status()).isEqualTo(AppraisalStatus.EXPLANATION_REQUESTED);
        assertThat(requests.deadline()).isEqualTo(LocalDate.now(clock).plusDays(5));
        assertThat(requests.open()).isEqualTo(1);
        assertThat(explanations.dueForCurrentUser()).hasSize(1);
        ExplanationItem asked = requests.items().stream()
                .filter(ExplanationItem::asked)
                .findFirst()
                .orElseThrow();
        assertThat(asked.code()).isEqualTo("1.1.1");
        assertThat(asked.comment()).isEqualTo("Văn bản chưa đủ");
        // Scores stay hidden from the unit until publication.
        assertThat(requests.items())
                .allSatisfy(item -> assertThat(item.appraisedScore()).isNull());
        assertThatThrownBy(() -> explanations.submit(appraisalId, requests.version()))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("explanation.unanswered"));

        // Another unit's focal point is refused whatever id it sends.
        AssessmentFixtures.signInFocalPointOf(context, "HTK");
        assertThatThrownBy(() -> explanations.answer(appraisalId, range, asked.version(), "Trả lời", Set.of()))
                .isInstanceOf(AccessDeniedException.class);

        // After the deadline nothing is accepted.
        SignIn.as(context, focalPoint, Accounts.PASSWORD);
        clock.advance(Duration.ofDays(6));
        assertThatThrownBy(() -> explanations.answer(appraisalId, range, asked.version(), "Trả lời", Set.of()))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("explanation.lock.deadlinePassed"));
        clock.reset();

        long evidence =
                requests.library().isEmpty() ? -1 : requests.library().get(0).id();
        explanations.answer(
                appraisalId,
                range,
                asked.version(),
                "Đã ban hành Quyết định 15/QĐ-UBND",
                evidence < 0 ? Set.of() : Set.of(evidence));
        assertThatThrownBy(() -> explanations.answer(appraisalId, range, asked.version(), "Lần hai", Set.of()))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("explanation.conflict"));
        explanations.submit(
                appraisalId, explanations.requests(period).orElseThrow().version());
        assertThat(explanations.requests(period).orElseThrow().lockReason()).isEqualTo("explanation.lock.submitted");

        // FINAL_APPRAISAL: the accepted explanation brings the self score back; finalizing fills the rest.
        AppraisalFixtures.advance(context, period);
        SignIn.as(context, "hoidong2");
        long stale = appraisals.sheet(period, namSach).version();
        assertThatThrownBy(() -> appraisals.finalizeUnit(appraisalId, stale))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("appraisal.finalizeWholeUnit"));
        SignIn.as(context, "hoidong1");
        sheet = appraisals.sheet(period, namSach);
        assertThat(sheet.mode()).isEqualTo(AppraisalSheet.Mode.FINALIZE);
        assertThat(sheet.status()).isEqualTo(AppraisalStatus.EXPLAINED);
        assertThat(sheet.line(range).answer()).startsWith("Đã ban hành");
        assertThatThrownBy(() -> appraisals.saveFinal(
                        appraisalId,
                        List.of(new FinalChange(
                                yesNo,
                                appraisals.sheet(period, namSach).line(yesNo).version(),
                                null,
                                true))))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("appraisal.noAnswer"));
        AppraisalLine answered = sheet.line(range);
        appraisals.saveFinal(
                appraisalId, List.of(new FinalChange(range, answered.version(), answered.selfScore(), true)));
        appraisals.finalizeUnit(appraisalId, sheet.version());
        sheet = appraisals.sheet(period, namSach);
        assertThat(sheet.status()).isEqualTo(AppraisalStatus.FINAL);
        assertThat(sheet.finalGrandTotal()).isEqualByComparingTo("100");
        assertThat(sheet.line(range).timeline())
                .extracting(TimelineEntry::kind)
                .containsExactly(
                        TimelineEntry.Kind.SELF,
                        TimelineEntry.Kind.APPRAISED,
                        TimelineEntry.Kind.QUESTION,
                        TimelineEntry.Kind.ANSWER,
                        TimelineEntry.Kind.FINAL);
        long finalVersion = sheet.line(range).version();
        assertThatThrownBy(() -> appraisals.saveFinal(
                        appraisalId, List.of(new FinalChange(range, finalVersion, BigDecimal.ZERO, null))))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("appraisal.alreadyFinal"));

        SignIn.as(context, "noivu");
        long block = AssessmentFixtures.unit(context, "HNS").blockId();
        SignIn.as(context, "noivu");
        assertThat(results.forBlock(period, block))
                .filteredOn(result -> result.unitId() == namSach)
                .singleElement()
                .satisfies(result -> {
                    assertThat(result.done()).isTrue();
                    assertThat(result.finalScores()).hasSize(7);
                    assertThat(result.finalScores().get(range)).isEqualByComparingTo("20");
                });
    }

    @Test
    void nobodyActsOnTheirOwnUnitAndUnitsThatDidNotSubmitCanBeLeftOutOfTheRanking() {
        AppraisalFixtures.submitted(context, 2041, "HNS");
        long period = AppraisalFixtures.periodId(context, 2041);
        long homeAffairs = AssessmentFixtures.unit(context, "SNV").id();
        long thanhHa = AssessmentFixtures.unit(context, "HTH").id();
        long thanhHaBlock = AssessmentFixtures.unit(context, "HTH").blockId();
        long namSach = AssessmentFixtures.unit(context, "HNS").id();
        // A secretariat of the Department of Home Affairs who also sits on the council.
        String insider = AppraisalFixtures.account(context, "SNV", Set.of(Role.SECRETARIAT, Role.COUNCIL_MEMBER));
        try {
            SignIn.as(context, "noivu");
            long insiderId = assignments.members().stream()
                    .filter(member -> member.username().equals(insider))
                    .findFirst()
                    .orElseThrow()
                    .id();
            assertThatThrownBy(() -> assignments.assign(period, homeAffairs, insiderId, null))
                    .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("appraisal.assign.conflict"));
            assignments.assign(period, namSach, insiderId, null);
            AppraisalFixtures.advance(context, period);

            SignIn.as(context, insider, Accounts.PASSWORD);
            assertThatThrownBy(() -> appraisals.sheet(period, homeAffairs))
                    .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("appraisal.ownUnit"));
            assertThatThrownBy(() -> assignments.markNotRanked(period, homeAffairs, "Không nộp"))
                    .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("appraisal.ownUnit"));

            SignIn.as(context, "noivu");
            assertThatThrownBy(() -> assignments.markNotRanked(period, namSach, "Nộp muộn"))
                    .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("appraisal.notRanked.submitted"));
            // noivu works at the Department of Home Affairs too.
            assertThatThrownBy(() -> assignments.markNotRanked(period, homeAffairs, "Không nộp"))
                    .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("appraisal.ownUnit"));
            assertThatThrownBy(() -> assignments.markNotRanked(period, thanhHa, " "))
                    .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("reason.required"));
            assignments.markNotRanked(period, thanhHa, "Không nộp báo cáo tự đánh giá");
            assertThat(results.forBlock(period, thanhHaBlock))
                    .filteredOn(result -> result.unitId() == thanhHa)
                    .singleElement()
                    .satisfies(result -> {
                        assertThat(result.notRanked()).isTrue();
                        assertThat(result.done()).isTrue();
                        assertThat(result.notRankedReason()).isEqualTo("Không nộp báo cáo tự đánh giá");
                    });
        } finally {
            AppraisalFixtures.disable(context, insider);
        }
    }

    @Test
    void membersReadTheUnitsEvidenceAndAppraiseUnitsThatDidNotSubmitOnWhatTheyEntered() {
        AppraisalFixtures.guard(context);
        vn.parindex.assessment.OwnPeriods.open(context, 2046);
        long period = AppraisalFixtures.periodId(context, 2046);
        long namSach = AssessmentFixtures.unit(context, "HNS").id();
        long tuKy = AssessmentFixtures.unit(context, "HTK").id();
        AssessmentFixtures.signInFocalPointOf(context, "HNS");
        long evidenceId = context.getBean(vn.parindex.assessment.EvidenceLibrary.class)
                .upload(period, namSach, "Quyết định.pdf", AssessmentFixtures.pdf("Quyết định ban hành kế hoạch"))
                .evidence()
                .id();
        vn.parindex.assessment.SelfAssessments own = context.getBean(vn.parindex.assessment.SelfAssessments.class);
        vn.parindex.assessment.Sheet namSachSheet = own.sheet(period, namSach);
        own.save(namSachSheet.assessmentId(), AssessmentFixtures.fullMarks(namSachSheet));
        own.submit(namSachSheet.assessmentId(), own.sheet(period, namSach).version());
        // Tu Ky enters one score and never submits.
        AssessmentFixtures.signInFocalPointOf(context, "HTK");
        vn.parindex.assessment.SelfAssessments sheets = context.getBean(vn.parindex.assessment.SelfAssessments.class);
        vn.parindex.assessment.Sheet draft = sheets.sheet(period, tuKy);
        long first = AssessmentFixtures.node(draft, "1.1.2");
        sheets.save(
                draft.assessmentId(), List.of(new vn.parindex.assessment.ItemChange(first, 0, BigDecimal.TEN, null)));
        AppraisalFixtures.assign(context, period, "HNS", "hoidong1", null);
        AppraisalFixtures.assign(context, period, "HTK", "hoidong1", null);
        AppraisalFixtures.advance(context, period);

        SignIn.as(context, "hoidong1");
        assertThat(new String(AssessmentFixtures.bytes(appraisals.evidenceFile(period, namSach, evidenceId)), 0, 5))
                .isEqualTo("%PDF-");
        assertThatThrownBy(() -> appraisals.evidenceFile(period, tuKy, evidenceId))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(appraisals.queue(period))
                .extracting(entry -> entry.unit().code() + ":" + entry.submitted())
                .containsExactlyInAnyOrder("HNS:true", "HTK:false");
        AppraisalSheet unsubmitted = appraisals.sheet(period, tuKy);
        assertThat(unsubmitted.submitted()).isFalse();
        assertThat(unsubmitted.selfGrandTotal()).isEqualByComparingTo("10");
        assertThat(appraisals.save(
                        unsubmitted.appraisalId(),
                        List.of(new AppraisedChange(
                                first, unsubmitted.line(first).version(), BigDecimal.ZERO, "Không có căn cứ", true))))
                .isEqualTo(1);
        SignIn.as(context, "hoidong3");
        assertThatThrownBy(() -> appraisals.evidenceFile(period, namSach, evidenceId))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("appraisal.notAssigned"));
    }

    private void setDeadline(long period, Phase phase, LocalDate date) {
        SignIn.as(context, "noivu");
        PeriodDirectory periods = context.getBean(PeriodDirectory.class);
        Map<Phase, LocalDate> deadlines = new EnumMap<>(Phase.class);
        deadlines.putAll(periods.period(period).deadlines());
        deadlines.put(phase, date);
        context.getBean(PeriodAdministration.class)
                .setDeadlines(period, periods.period(period).version(), deadlines);
    }
}
