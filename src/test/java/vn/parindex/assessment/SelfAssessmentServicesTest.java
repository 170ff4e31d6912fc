package vn.parindex.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.parindex.assessment.AssessmentFixtures.fullMarks;
import static vn.parindex.assessment.AssessmentFixtures.node;
import static vn.parindex.assessment.AssessmentFixtures.pdf;
import static vn.parindex.assessment.AssessmentFixtures.signInFocalPointOf;
import static vn.parindex.assessment.AssessmentFixtures.unit;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import vn.parindex.audit.AuditEntry;
import vn.parindex.audit.AuditTrail;
import vn.parindex.criteria.CriteriaChangeImpact;
import vn.parindex.period.PeriodAdministration;
import vn.parindex.period.Phase;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.support.MutableClock;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;

/** Scoring, submission, deadlines, concurrency and scope of self-assessments, against MariaDB. */
@PortalIntegrationTest
class SelfAssessmentServicesTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    SelfAssessments assessments;

    @Autowired
    EvidenceLibrary library;

    @Autowired
    PeriodAdministration periodAdministration;

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    List<CriteriaChangeImpact> impacts;

    @Autowired
    MutableClock clock;

    long period;

    @BeforeEach
    void findPeriod() {
        period = AssessmentFixtures.period2024(context);
    }

    @AfterEach
    void restore() {
        SignIn.out();
        clock.reset();
    }

    private static String key(Throwable refusal) {
        return ((BusinessRuleException) refusal).messageKey();
    }

    @Test
    void theDemoAssessmentsAreAsDescribed() {
        SignIn.as(context, "noivu");
        Map<String, OverviewRow> rows = assessments.overview(period).stream()
                .collect(Collectors.toMap(row -> row.unit().code(), Function.identity()));
        // Every active unit with a criteria set in the period has a line (other tests may add units).
        assertThat(rows).hasSizeGreaterThanOrEqualTo(30).containsKeys("SGTVT", "SYT", "HNS", "TTT", "HTH");

        OverviewRow namSach = rows.get("HNS");
        assertThat(namSach.status()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(namSach.progress().left()).isZero();
        assertThat(namSach.progress().evidenceMissing()).isZero();
        assertThat(namSach.submittedAt()).isNotNull();

        OverviewRow health = rows.get("SYT");
        assertThat(health.status()).isEqualTo(AssessmentStatus.IN_PROGRESS);
        assertThat(health.progress().percent()).isBetween(40, 60);

        // No test changes the demo units' scores (the browser journey completes a department of its own).
        OverviewRow transport = rows.get("SGTVT");
        assertThat(transport.status()).isEqualTo(AssessmentStatus.IN_PROGRESS);
        assertThat(transport.progress().left()).isEqualTo(3);
        assertThat(transport.progress().evidenceMissing()).isPositive();
        assertThat(rows.get("VPUBND").status()).isEqualTo(AssessmentStatus.NOT_STARTED);
        assertThat(rows.get("HTH").status()).isEqualTo(AssessmentStatus.NOT_STARTED);
        assertThat(rows.get("HTH").lastActivity()).isNull();

        SignIn.as(context, "namsach");
        Sheet sheet = assessments.sheet(period, namSach.unit().id());
        assertThat(sheet.library()).filteredOn(EvidenceSummary::file).hasSize(4).allSatisfy(file -> {
            assertThat(file.contentType()).isEqualTo("application/pdf");
            assertThat(new String(AssessmentFixtures.bytes(library.file(file.id())), 0, 5))
                    .isEqualTo("%PDF-");
        });
        assertThat(sheet.library())
                .filteredOn(entry -> !entry.file())
                .singleElement()
                .satisfies(reference -> {
                    assertThat(reference.docNumber()).isEqualTo("15/QĐ-UBND");
                });
        assertThat(sheet.editable()).isFalse();
        assertThat(sheet.lockReason()).isEqualTo("assessment.lock.submitted");
    }

    @Test
    void scoresAreCheckedAgainstTheirRuleAndSavedAllOrNothing() {
        String user = signInFocalPointOf(context, "STNMT");
        long unitId = unit(context, "STNMT").id();
        SignIn.as(context, user, vn.parindex.support.Accounts.PASSWORD);
        Sheet sheet = assessments.sheet(period, unitId);
        assertThat(sheet.status()).isEqualTo(AssessmentStatus.NOT_STARTED);
        assertThat(sheet.editable()).isTrue();
        assertThat(sheet.progress().applicable()).isEqualTo(52);
        long yesNo = node(sheet, "1.1.1");
        long range = node(sheet, "1.2.1");
        long choices = node(sheet, "1.1.2");
        long survey = node(sheet, "8.1.1");

        Map<String, String> refused = Map.of(
                "1.5", "score.aboveMaximum",
                "-0.25", "score.belowMinimum",
                "0.3", "score.offStep",
                "0.125", "score.decimals");
        refused.forEach((value, expectedKey) -> assertThatThrownBy(() -> assessments.save(
                        sheet.assessmentId(),
                        List.of(
                                new ItemChange(yesNo, 0, BigDecimal.ONE, null),
                                new ItemChange(range, 0, new BigDecimal(value), null))))
                .as(value)
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo(expectedKey)));
        assertThatThrownBy(() -> assessments.save(
                        sheet.assessmentId(), List.of(new ItemChange(survey, 0, BigDecimal.ONE, null))))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("score.survey"));
        assertThatThrownBy(() ->
                        assessments.save(sheet.assessmentId(), List.of(new ItemChange(survey, 0, null, "ghi chú"))))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("assessment.unknownItem"));
        assertThatThrownBy(() -> assessments.save(
                        sheet.assessmentId(), List.of(new ItemChange(choices, 0, new BigDecimal("0.75"), null))))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("score.notAChoice"));
        assertThatThrownBy(() -> assessments.save(
                        sheet.assessmentId(), List.of(new ItemChange(yesNo, 0, new BigDecimal("0.5"), null))))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("score.yesNo"));
        // Nothing of the refused saves was kept, not even the valid value saved alongside.
        assertThat(assessments.sheet(period, unitId).item(yesNo).scored()).isFalse();

        int saved = assessments.save(
                sheet.assessmentId(),
                List.of(
                        new ItemChange(yesNo, 0, BigDecimal.ONE, null),
                        new ItemChange(range, 0, new BigDecimal("0.75"), "Đã ban hành 4 báo cáo quý"),
                        new ItemChange(choices, 0, new BigDecimal("1.5"), null)));
        assertThat(saved).isEqualTo(3);
        Sheet after = assessments.sheet(period, unitId);
        assertThat(after.status()).isEqualTo(AssessmentStatus.IN_PROGRESS);
        assertThat(after.item(range).score()).isEqualByComparingTo("0.75");
        assertThat(after.item(range).note()).isEqualTo("Đã ban hành 4 báo cáo quý");
        assertThat(after.item(range).updatedBy()).isEqualTo(user);
        assertThat(after.progress().scored()).isEqualTo(3);
        assertThat(after.grandTotal(after.items())).isEqualByComparingTo("3.25");

        SignIn.as(context, "noivu");
        AuditEntry event = auditTrail
                .latest("SELF_ASSESSMENT", String.valueOf(sheet.assessmentId()), 1)
                .get(0);
        assertThat(event.action()).isEqualTo("SELF_SCORES_SAVED");
        assertThat(event.actor()).isEqualTo(user);
        assertThat(event.oldValue()).contains("\"1.2.1\"").contains("\"score\":null");
        assertThat(event.newValue()).contains("\"1.2.1\"").contains("0.75").contains("Đã ban hành 4 báo cáo quý");
    }

    @Test
    void anItemThatDoesNotApplyIsRefusedAndLeavesTheMaximum() {
        long inspectorate = unit(context, "TTT").id();
        signInFocalPointOf(context, "TTT");
        Sheet sheet = assessments.sheet(period, inspectorate);
        assertThat(sheet.maximum()).isEqualByComparingTo("98");
        long excluded = node(sheet, "4.3.1");
        assertThat(sheet.rule(excluded).applicable()).isFalse();
        assertThat(sheet.progress().applicable()).isEqualTo(51);
        assertThatThrownBy(() -> assessments.save(
                        sheet.assessmentId(), List.of(new ItemChange(excluded, 0, BigDecimal.ONE, null))))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("score.notApplicable"));
    }

    @Test
    void twoPeopleOfTheSameUnitNeverOverwriteEachOther() {
        long unitId = unit(context, "SCT").id();
        String first = signInFocalPointOf(context, "SCT");
        Sheet firstSheet = assessments.sheet(period, unitId);
        String second = signInFocalPointOf(context, "SCT");
        Sheet secondSheet = assessments.sheet(period, unitId);
        long item = node(firstSheet, "1.1.2");
        long other = node(firstSheet, "1.1.1");

        SignIn.as(context, first, vn.parindex.support.Accounts.PASSWORD);
        assessments.save(
                firstSheet.assessmentId(),
                List.of(new ItemChange(item, firstSheet.item(item).version(), BigDecimal.ONE, null)));

        SignIn.as(context, second, vn.parindex.support.Accounts.PASSWORD);
        assertThatThrownBy(() -> assessments.save(
                        secondSheet.assessmentId(),
                        List.of(
                                new ItemChange(other, secondSheet.item(other).version(), BigDecimal.ONE, null),
                                new ItemChange(item, secondSheet.item(item).version(), new BigDecimal("1.5"), null))))
                .isInstanceOfSatisfying(BusinessRuleException.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("assessment.conflict");
                    assertThat(refusal.arguments()[0]).isEqualTo("1.1.2");
                    assertThat((BigDecimal) refusal.arguments()[1]).isEqualByComparingTo("1");
                    assertThat(refusal.arguments()[2]).isEqualTo(first);
                });
        Sheet stored = assessments.sheet(period, unitId);
        assertThat(stored.item(item).score()).isEqualByComparingTo("1");
        assertThat(stored.item(other).scored()).isFalse();

        // Having seen the other value, the second person saves over it knowingly.
        assessments.save(
                stored.assessmentId(),
                List.of(new ItemChange(item, stored.item(item).version(), new BigDecimal("1.5"), null)));
        assertThat(assessments.sheet(period, unitId).item(item).score()).isEqualByComparingTo("1.5");
    }

    @Test
    void submissionNeedsEveryItemAndEvidenceOrANoteThenLocksUntilReturned() {
        long unitId = unit(context, "SKHCN").id();
        String user = signInFocalPointOf(context, "SKHCN");
        Sheet sheet = assessments.sheet(period, unitId);
        assertThatThrownBy(() -> assessments.submit(sheet.assessmentId(), sheet.version()))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("assessment.submit.blocked"));

        long withoutNote = node(sheet, "2.1.2");
        List<ItemChange> changes = new ArrayList<>();
        for (ItemChange change : fullMarks(sheet)) {
            changes.add(
                    change.nodeId() == withoutNote
                            ? new ItemChange(change.nodeId(), change.expectedVersion(), change.score(), null)
                            : change);
        }
        assessments.save(sheet.assessmentId(), changes);
        Sheet scored = assessments.sheet(period, unitId);
        assertThat(scored.blockers())
                .containsExactly(new SubmissionBlocker(withoutNote, "2.1.2", SubmissionBlocker.Kind.EVIDENCE_MISSING));
        assertThatThrownBy(() -> assessments.submit(scored.assessmentId(), scored.version()))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("assessment.submit.blocked"));

        UploadResult upload = library.upload(period, unitId, "Báo cáo thủ tục hành chính.pdf", pdf("TTHC"));
        library.link(scored.assessmentId(), withoutNote, upload.evidence().id());
        Sheet ready = assessments.sheet(period, unitId);
        assertThat(ready.blockers()).isEmpty();
        assessments.submit(ready.assessmentId(), ready.version());

        Sheet submitted = assessments.sheet(period, unitId);
        assertThat(submitted.status()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(submitted.submittedBy()).isEqualTo(user);
        assertThat(submitted.submittedAt()).isNotNull();
        assertThat(submitted.lockReason()).isEqualTo("assessment.lock.submitted");
        long item = node(submitted, "1.1.1");
        assertThatThrownBy(() -> assessments.save(
                        submitted.assessmentId(),
                        List.of(new ItemChange(item, submitted.item(item).version(), BigDecimal.ZERO, null))))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("assessment.lock.submitted"));
        assertThatThrownBy(() -> library.upload(period, unitId, "Thêm.pdf", pdf("late")))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("assessment.lock.submitted"));
        assertThatThrownBy(() -> library.unlink(
                        submitted.assessmentId(), withoutNote, upload.evidence().id()))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("assessment.lock.submitted"));
        assertThatThrownBy(() -> assessments.submit(submitted.assessmentId(), submitted.version()))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("assessment.lock.submitted"));

        SignIn.as(context, "noivu");
        clock.advance(Duration.ofDays(submitted.daysLeft() + 1));
        assertThatThrownBy(() -> assessments.returnToUnit(submitted.assessmentId(), submitted.version(), "muộn"))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("assessment.return.deadlinePassed"));
        clock.reset();
        assertThatThrownBy(() -> assessments.returnToUnit(submitted.assessmentId(), submitted.version(), " "))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("assessment.return.reasonRequired"));
        assessments.returnToUnit(submitted.assessmentId(), submitted.version(), "Bổ sung tài liệu mục 2.1.2");
        assertThatThrownBy(() -> assessments.returnToUnit(submitted.assessmentId(), submitted.version() + 1, "lần nữa"))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("assessment.return.notSubmitted"));
        List<String> actions =
                auditTrail.latest("SELF_ASSESSMENT", String.valueOf(submitted.assessmentId()), 10).stream()
                        .map(AuditEntry::action)
                        .toList();
        assertThat(actions).contains("SELF_ASSESSMENT_SUBMITTED", "SELF_ASSESSMENT_RETURNED", "SELF_SCORES_SAVED");

        SignIn.as(context, user, vn.parindex.support.Accounts.PASSWORD);
        Sheet returned = assessments.sheet(period, unitId);
        assertThat(returned.editable()).isTrue();
        assertThat(returned.status()).isEqualTo(AssessmentStatus.IN_PROGRESS);
        assertThat(returned.returnedReason()).isEqualTo("Bổ sung tài liệu mục 2.1.2");
    }

    @Test
    void afterTheDeadlineNoOneEditsOrSubmitsUnlessTheUnitIsGivenMoreTime() {
        long unitId = unit(context, "BQLKCN").id();
        String user = signInFocalPointOf(context, "BQLKCN");
        Sheet sheet = assessments.sheet(period, unitId);
        long item = node(sheet, "1.1.1");
        LocalDate deadline = sheet.deadline();

        clock.advance(Duration.ofDays(sheet.daysLeft() + 1));
        Sheet late = assessments.sheet(period, unitId);
        assertThat(late.lockReason()).isEqualTo("assessment.lock.deadlinePassed");
        assertThatThrownBy(() ->
                        assessments.save(sheet.assessmentId(), List.of(new ItemChange(item, 0, BigDecimal.ONE, null))))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("assessment.lock.deadlinePassed"));
        assertThatThrownBy(() -> assessments.submit(sheet.assessmentId(), sheet.version()))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("assessment.lock.deadlinePassed"));
        assertThatThrownBy(() -> library.upload(period, unitId, "Muộn.pdf", pdf("late")))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("assessment.lock.deadlinePassed"));

        SignIn.as(context, "noivu");
        periodAdministration.extendDeadline(
                period, unitId, Phase.SELF_ASSESSMENT, deadline.plusDays(7), "Đơn vị bị sự cố mạng");
        SignIn.as(context, user, vn.parindex.support.Accounts.PASSWORD);
        Sheet extended = assessments.sheet(period, unitId);
        assertThat(extended.deadline()).isEqualTo(deadline.plusDays(7));
        assertThat(extended.editable()).isTrue();
        assessments.save(sheet.assessmentId(), List.of(new ItemChange(item, 0, BigDecimal.ONE, null)));

        SignIn.as(context, "noivu");
        OverviewRow row = assessments.overview(period).stream()
                .filter(candidate -> candidate.unit().id() == unitId)
                .findFirst()
                .orElseThrow();
        assertThat(row.extended()).isTrue();
        assertThat(row.deadline()).isEqualTo(deadline.plusDays(7));
    }

    @Test
    void aFocalPointReachesNoOtherUnitWhateverIdIsSent() {
        long transport = unit(context, "SGTVT").id();
        long namSach = unit(context, "HNS").id();
        SignIn.as(context, "namsach");
        Sheet namSachSheet = assessments.sheet(period, namSach);
        long namSachFile = namSachSheet.library().stream()
                .filter(EvidenceSummary::file)
                .findFirst()
                .orElseThrow()
                .id();
        SignIn.as(context, "gtvt");
        Sheet own = assessments.sheet(period, transport);
        long item = node(own, "1.1.1");

        assertThatThrownBy(() -> assessments.sheet(period, namSach)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assessments.save(
                        namSachSheet.assessmentId(), List.of(new ItemChange(item, 0, BigDecimal.ONE, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assessments.submit(namSachSheet.assessmentId(), namSachSheet.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> library.file(namSachFile)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> library.delete(namSachFile, 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> library.link(own.assessmentId(), item, namSachFile))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> library.upload(period, namSach, "x.pdf", pdf("x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assessments.overview(period)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assessments.returnToUnit(namSachSheet.assessmentId(), namSachSheet.version(), "x"))
                .isInstanceOf(AccessDeniedException.class);

        SignIn.as(context, "hoidong1");
        assertThatThrownBy(() -> assessments.sheet(period, transport)).isInstanceOf(AccessDeniedException.class);

        // The secretariat reads every unit but changes no scores.
        SignIn.as(context, "noivu");
        Sheet readOnly = assessments.sheet(period, transport);
        assertThat(readOnly.lockReason()).isEqualTo("assessment.lock.readOnly");
        assertThat(AssessmentFixtures.bytes(library.file(namSachFile))).isNotEmpty();
        assertThatThrownBy(() -> assessments.save(
                        own.assessmentId(),
                        List.of(new ItemChange(item, own.item(item).version(), BigDecimal.ONE, null))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void criteriaChangesKnowWhichUnitsHaveEnteredScores() {
        long transport = unit(context, "SGTVT").id();
        SignIn.as(context, "noivu");
        Sheet sheet = assessments.sheet(period, transport);
        CriteriaChangeImpact impact = impacts.get(0);
        assertThat(impacts).hasSize(1);
        assertThat(impact.assessmentsTouching(node(sheet, "1.1.1"))).contains("Sở GTVT");
        assertThat(impact.assessmentsTouching(node(sheet, "8.1.1"))).isEmpty();
    }
}
