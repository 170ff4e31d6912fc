package vn.parindex.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.parindex.appraisal.AppraisalRows;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.period.Phase;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.ConcurrentEditException;
import vn.parindex.shared.Locales;
import vn.parindex.shared.pdf.PdfAssertions;
import vn.parindex.shared.ui.Formats;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;

/**
 * Nominations, eligibility, the leader's approval and the decision on a period of its own (2015, the
 * district block published: Nam Sach first, Kim Thanh second, every other district third), with every
 * refusal leaving nothing changed.
 */
@PortalIntegrationTest
class AwardsFlowTest {

    private static final int YEAR = 2015;

    @Autowired
    ApplicationContext context;

    @Autowired
    Nominations nominations;

    @Autowired
    AwardDecisions decisions;

    @Autowired
    PeriodDirectory periods;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    /** Each test starts from the published period without nominations or decisions (also on a kept database). */
    @org.junit.jupiter.api.BeforeEach
    void clearAwards() {
        long periodId = period();
        jdbc.update(
                "delete i from award_decision_item i join award_decision d on d.id = i.decision_id where d.period_id = ?",
                periodId);
        jdbc.update("update award_nomination set decision_id = null where period_id = ?", periodId);
        jdbc.update("update award_decision set replaces_id = null where period_id = ?", periodId);
        jdbc.update("delete from award_decision where period_id = ?", periodId);
        jdbc.update(
                "delete a from award_attachment a join award_nomination n on n.id = a.nomination_id where n.period_id = ?",
                periodId);
        jdbc.update("delete from award_nomination where period_id = ?", periodId);
    }

    private long unit(String code) {
        return jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
    }

    private long defaultType() {
        return jdbc.queryForObject("select id from award_type where code = 'PPC_CERTIFICATE'", Long.class);
    }

    private long otherType() {
        return jdbc.queryForObject("select id from award_type where code = 'DOHA_CERTIFICATE'", Long.class);
    }

    /** The 2015 period with its district block published, rules "top 2 districts" for both kinds. */
    private synchronized long period() {
        Long existing = jdbc.query(
                "select id from assessment_period where year = ?", rs -> rs.next() ? rs.getLong(1) : null, YEAR);
        if (existing != null) {
            return existing;
        }
        long periodId = AppraisalRows.period(context, YEAR, Phase.COUNCIL_APPROVAL);
        long district = jdbc.queryForObject("select id from org_block where code = 'DISTRICT'", Long.class);
        AppraisalRows.allFinal(jdbc, periodId, district, "hoidong2");
        AppraisalRows.surveyed(jdbc, periodId, district);
        // Nam Sach 1st, Kim Thanh 2nd, the rest share 3rd
        bonus(periodId, unit("HNS"), "2");
        bonus(periodId, unit("HKT"), "1.5");
        AppraisalRows.published(context, periodId, district);
        nominations.addRule(periodId, defaultType(), NominationKind.COLLECTIVE, RuleKind.RANK_TOP_N, district, 2, null);
        nominations.addRule(periodId, defaultType(), NominationKind.INDIVIDUAL, RuleKind.RANK_TOP_N, district, 2, null);
        SignIn.out();
        return periodId;
    }

    private void bonus(long periodId, long unitId, String points) {
        jdbc.update(
                "update appraisal_item set final_score = ? where score_item_id = (select i.id from score_item i"
                        + " join self_assessment a on a.id = i.assessment_id where a.period_id = ? and a.unit_id = ?"
                        + " and i.node_id = ?)",
                new java.math.BigDecimal(points),
                periodId,
                unitId,
                AppraisalRows.node(jdbc, periodId, unitId, "T1"));
    }

    private NominationDraft collective(String code) {
        return new NominationDraft(
                NominationKind.COLLECTIVE,
                unit(code),
                null,
                null,
                null,
                null,
                defaultType(),
                "Thành tích " + code,
                null);
    }

    /** The frozen approvals of an award read in a language, as the XLSX and the view show them. */
    static String approvals(AwardItem item, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                "vaadin-i18n.translations",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return ApprovalText.text(
                item.approvals(), locale, (k, a) -> new MessageFormat(bundle.getString(k), locale).format(a));
    }

    private String today() {
        return Formats.date(LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))), Locale.ENGLISH);
    }

    private int count(long periodId) {
        return jdbc.queryForObject(
                "select count(*) from award_nomination where period_id = ?", Integer.class, periodId);
    }

    @Test
    void aFocalPointNominatesOnlyTheirOwnUnitAndSeesEveryRuleJudged() {
        long periodId = period();
        SignIn.as(context, "namsach");
        Nomination own = nominations.propose(periodId, collective("HNS"));
        assertThat(own.eligible()).isTrue();
        assertThat(own.findings()).singleElement().satisfies(f -> {
            assertThat(f.passed()).isTrue();
            assertThat(f.reasonKey()).isEqualTo("awards.reason.rankWithin");
            assertThat(f.reasonArgs()).containsExactly("1", "2");
        });
        int before = count(periodId);
        assertThatThrownBy(() -> nominations.propose(periodId, collective("HKT")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> nominations.propose(
                        periodId,
                        new NominationDraft(
                                NominationKind.COLLECTIVE,
                                null,
                                "Bưu điện huyện",
                                null,
                                null,
                                null,
                                defaultType(),
                                "x",
                                "y")))
                .isInstanceOf(AccessDeniedException.class);
        // a focal point sees their own unit's nominations only
        assertThat(nominations.nominations(periodId))
                .extracting(Nomination::unitId)
                .containsOnly(unit("HNS"));
        assertThat(count(periodId)).isEqualTo(before);
        // duplicate
        assertThatThrownBy(() -> nominations.propose(periodId, collective("HNS")))
                .isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "awards.duplicate");
        // attachments: a PDF is taken, a renamed text file is not
        AttachmentInfo file =
                nominations.attach(own.id(), "bao-cao.pdf", "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII));
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThatThrownBy(() -> nominations.attach(own.id(), "fake.pdf", "hello".getBytes(StandardCharsets.US_ASCII)))
                .hasFieldOrPropertyWithValue("messageKey", "awards.attachment.wrongType");
        assertThat(nominations.attachments(own.id())).hasSize(1);
        SignIn.as(context, "gtvt");
        assertThatThrownBy(() -> nominations.nomination(own.id())).isInstanceOf(AccessDeniedException.class);
        SignIn.as(context, "hoidong1");
        assertThatThrownBy(() -> nominations.propose(periodId, collective("HNS")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anIneligibleNominationNeedsAJustificationAndNominationsWaitForPublishedResults() {
        long periodId = period();
        SignIn.as(context, "noivu");
        int before = count(periodId);
        assertThatThrownBy(() -> nominations.propose(periodId, collective("HTM")))
                .isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "awards.justificationRequired");
        assertThat(count(periodId)).isEqualTo(before);
        Nomination justified = nominations.propose(
                periodId,
                new NominationDraft(
                        NominationKind.COLLECTIVE,
                        unit("HTM"),
                        null,
                        null,
                        null,
                        null,
                        defaultType(),
                        "Sáng kiến một cửa",
                        "Sáng kiến được Bộ Nội vụ ghi nhận"));
        assertThat(justified.eligible()).isFalse();
        assertThat(justified.findings())
                .singleElement()
                .satisfies(f -> assertThat(f.reasonKey()).isEqualTo("awards.reason.rankOutside"));
        assertThat(justified.justification()).isEqualTo("Sáng kiến được Bộ Nội vụ ghi nhận");
        long open = periods.byYear(2024).orElseThrow().id();
        assertThatThrownBy(() -> nominations.propose(open, collective("HTM")))
                .hasFieldOrPropertyWithValue("messageKey", "awards.periodNotPublished");
        // stale edit
        assertThatThrownBy(() -> nominations.update(
                        justified.id(),
                        justified.version() + 1,
                        new NominationDraft(
                                NominationKind.COLLECTIVE,
                                unit("HTM"),
                                null,
                                null,
                                null,
                                null,
                                defaultType(),
                                "x",
                                "y")))
                .isInstanceOf(ConcurrentEditException.class);
        nominations.withdraw(justified.id(), justified.version());
        assertThat(count(periodId)).isEqualTo(before);
    }

    @Test
    void theLeaderApprovesRejectsAndChangesTypeThenTheDecisionFreezesItAndOnlyANewDecisionCorrects() {
        long periodId = period();
        SignIn.as(context, "noivu");
        Nomination kimThanh = nominations.propose(periodId, collective("HKT"));
        Nomination person = nominations.propose(
                periodId,
                new NominationDraft(
                        NominationKind.INDIVIDUAL,
                        unit("HKT"),
                        null,
                        "Phạm Quang Hưng",
                        "Chủ tịch",
                        null,
                        defaultType(),
                        "Lãnh đạo",
                        null));
        assertThat(person.organisation()).isEqualTo("Ủy ban nhân dân huyện Kim Thành");
        assertThat(person.eligible()).isTrue();
        Nomination postOffice = nominations.propose(
                periodId,
                new NominationDraft(
                        NominationKind.COLLECTIVE,
                        null,
                        "Bưu điện huyện Thanh Miện",
                        null,
                        null,
                        null,
                        defaultType(),
                        "Bưu chính công ích",
                        "Đóng góp có văn bản xác nhận"));
        assertThat(postOffice.findings()).allMatch(f -> f.reasonKey().equals("awards.reason.noUnit"));

        // nobody decides before the list is submitted; only the leader decides
        SignIn.as(context, "lanhdao");
        assertThatThrownBy(() -> nominations.approve(kimThanh.id(), kimThanh.version()))
                .hasFieldOrPropertyWithValue("messageKey", "awards.notSubmitted");
        SignIn.as(context, "noivu");
        assertThatThrownBy(() -> nominations.approve(kimThanh.id(), kimThanh.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(nominations.submitList(periodId)).isEqualTo(3);
        SignIn.as(context, "namsach");
        assertThatThrownBy(() -> nominations.approve(kimThanh.id(), kimThanh.version() + 1))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> nominations.submitList(periodId)).isInstanceOf(AccessDeniedException.class);

        SignIn.as(context, "lanhdao");
        Nomination k = nominations.nomination(kimThanh.id());
        assertThatThrownBy(() -> nominations.approve(k.id(), k.version() - 1))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(nominations.approve(k.id(), k.version()).status()).isEqualTo(NominationStatus.APPROVED);
        Nomination p = nominations.nomination(person.id());
        Nomination changed = nominations.approveAs(p.id(), p.version(), otherType());
        assertThat(changed.status()).isEqualTo(NominationStatus.APPROVED);
        assertThat(changed.effectiveType().code()).isEqualTo("DOHA_CERTIFICATE");
        Nomination po = nominations.nomination(postOffice.id());
        assertThatThrownBy(() -> nominations.reject(po.id(), po.version(), " "))
                .hasFieldOrPropertyWithValue("messageKey", "awards.rejectionReasonRequired");
        Nomination rejected = nominations.reject(po.id(), po.version(), "Chưa đủ hồ sơ");
        assertThat(rejected.status()).isEqualTo(NominationStatus.REJECTED);
        assertThat(rejected.rejectionReason()).isEqualTo("Chưa đủ hồ sơ");
        // whatever else was submitted (the other tests' nominations) is approved as a list
        List<Nomination> waiting = nominations.nominations(periodId).stream()
                .filter(n -> n.status() == NominationStatus.SUBMITTED)
                .toList();
        if (!waiting.isEmpty()) {
            assertThat(nominations.approveAll(periodId)).isEqualTo(waiting.size());
        }

        // the decision: numbering restarts each year, a taken number is refused
        SignIn.as(context, "noivu");
        LocalDate day = LocalDate.of(2016, 3, 10);
        assertThat(decisions.nextNumber(day)).isEqualTo("1/QĐ-UBND");
        assertThatThrownBy(() -> decisions.issue(periodId, new DecisionDraft(null, day, " ", "Chủ tịch")))
                .hasFieldOrPropertyWithValue("messageKey", "awards.signerRequired");
        AwardDecision decision = decisions.issue(periodId, new DecisionDraft(null, day, "Nguyễn Văn A", "Chủ tịch"));
        assertThat(decision.number()).isEqualTo("1/QĐ-UBND");
        assertThat(decisions.nextNumber(day)).isEqualTo("2/QĐ-UBND");
        List<AwardItem> items = decisions.items(decision.id());
        assertThat(items)
                .extracting(AwardItem::name)
                .contains("Ủy ban nhân dân huyện Kim Thành", "Phạm Quang Hưng")
                .doesNotContain("Bưu điện huyện Thanh Miện");
        AwardItem kt = items.stream()
                .filter(i -> i.name().equals("Ủy ban nhân dân huyện Kim Thành"))
                .findFirst()
                .orElseThrow();
        assertThat(kt.rank()).isEqualTo(2);
        assertThat(kt.index()).isNotNull();
        assertThat(approvals(kt, Locale.ENGLISH))
                .isEqualTo("proposed by noivu; accepted into the list by noivu on " + today()
                        + "; submitted by noivu on " + today() + "; approved by lanhdao on " + today());
        AwardItem hung = items.stream()
                .filter(i -> i.name().equals("Phạm Quang Hưng"))
                .findFirst()
                .orElseThrow();
        assertThat(hung.awardTypeVi()).isEqualTo("Giấy khen của Giám đốc Sở Nội vụ");
        assertThat(approvals(hung, Locale.ENGLISH))
                .endsWith("; award type changed from Certificate of merit of the PPC Chairman"
                        + " to Certificate of merit of the Director of Home Affairs");
        assertThat(approvals(hung, Locales.VIETNAMESE))
                .startsWith("đề xuất: noivu; đưa vào danh sách: noivu ngày ")
                .endsWith("; đổi hình thức khen thưởng từ Bằng khen của Chủ tịch UBND tỉnh"
                        + " sang Giấy khen của Giám đốc Sở Nội vụ");
        String pdf = PdfAssertions.withoutSpaces(PdfAssertions.text(decisions.pdf(decision.id())));
        assertThat(pdf).contains(PdfAssertions.withoutSpaces("Số: 1/QĐ-UBND", "Phạm Quang Hưng, Chủ tịch"));

        // an issued decision changes only through a new, reasoned decision
        SignIn.as(context, "lanhdao");
        Nomination decided = nominations.nomination(kimThanh.id());
        assertThat(decided.status()).isEqualTo(NominationStatus.DECIDED);
        assertThatThrownBy(() -> nominations.reject(decided.id(), decided.version(), "đổi ý"))
                .hasFieldOrPropertyWithValue("messageKey", "awards.decisionIssued");
        SignIn.as(context, "noivu");
        assertThatThrownBy(() -> nominations.withdraw(decided.id(), decided.version()))
                .hasFieldOrPropertyWithValue("messageKey", "awards.decisionIssued");
        assertThatThrownBy(() -> decisions.correct(
                        decision.id(),
                        decision.version(),
                        "",
                        Set.of(person.id()),
                        new DecisionDraft(null, day, "Nguyễn Văn A", "Chủ tịch")))
                .hasFieldOrPropertyWithValue("messageKey", "awards.correctionReasonRequired");
        assertThatThrownBy(() ->
                        decisions.issue(periodId, new DecisionDraft("9/QĐ-UBND", day, "Nguyễn Văn A", "Chủ tịch")))
                .hasFieldOrPropertyWithValue("messageKey", "awards.nothingApproved");
        SignIn.as(context, "gtvt");
        assertThatThrownBy(() -> decisions.correct(
                        decision.id(),
                        decision.version(),
                        "x",
                        Set.of(person.id()),
                        new DecisionDraft(null, day, "A", "B")))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(context, "noivu");
        assertThatThrownBy(() -> decisions.correct(
                        decision.id(),
                        decision.version(),
                        "Sửa",
                        Set.of(person.id()),
                        new DecisionDraft("1/QĐ-UBND", day.plusDays(5), "Nguyễn Văn A", "Chủ tịch")))
                .hasFieldOrPropertyWithValue("messageKey", "awards.numberTaken");
        assertThat(decisions.decision(decision.id()).superseded()).isFalse();
        AwardDecision corrected = decisions.correct(
                decision.id(),
                decision.version(),
                "Cá nhân đã được khen thưởng cấp bộ",
                Set.of(person.id()),
                new DecisionDraft(null, day.plusDays(5), "Nguyễn Văn A", "Chủ tịch"));
        assertThat(corrected).isNotNull();
        assertThat(corrected.replacesNumber()).isEqualTo("1/QĐ-UBND");
        assertThat(corrected.number()).isEqualTo("2/QĐ-UBND");
        assertThat(decisions.decision(decision.id()).superseded()).isTrue();
        assertThat(decisions.items(corrected.id()))
                .extracting(AwardItem::name)
                .doesNotContain("Phạm Quang Hưng")
                .contains("Ủy ban nhân dân huyện Kim Thành");
        assertThat(nominations.nomination(person.id()).status()).isEqualTo(NominationStatus.REJECTED);
        assertThatThrownBy(() -> decisions.correct(
                        decision.id(),
                        decisions.decision(decision.id()).version(),
                        "x",
                        Set.of(),
                        new DecisionDraft(null, day, "A", "B")))
                .hasFieldOrPropertyWithValue("messageKey", "awards.decisionSuperseded");
        assertThat(PdfAssertions.withoutSpaces(PdfAssertions.text(decisions.pdf(corrected.id()))))
                .contains(PdfAssertions.withoutSpaces(
                        "thay thế Quyết định số 1/QĐ-UBND", "Cá nhân đã được khen thưởng cấp bộ"));
        Integer audited = jdbc.queryForObject(
                "select count(*) from audit_event where action in ('AWARD_DECISION_ISSUED', 'AWARD_DECISION_CORRECTED', 'AWARD_NOMINATION_REJECTED')"
                        + " and entity_id in (?, ?, ?)",
                Integer.class,
                String.valueOf(decision.id()),
                String.valueOf(corrected.id()),
                String.valueOf(person.id()));
        assertThat(audited).isEqualTo(3);
    }

    private int audited(String action, long nominationId) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = ? and entity_id = ?",
                Integer.class,
                action,
                String.valueOf(nominationId));
    }

    @Test
    void theSecretariatReviewsEachUnitsNominationSendsBackWithAReasonAndNeverAcceptsItsOwnUnit() {
        long periodId = period();
        SignIn.as(context, "namsach");
        Nomination hns = nominations.propose(periodId, collective("HNS"));
        assertThat(hns.status()).isEqualTo(NominationStatus.PROPOSED);
        // a focal point or the leader may not review
        assertThatThrownBy(() -> nominations.accept(hns.id(), hns.version())).isInstanceOf(AccessDeniedException.class);
        SignIn.as(context, "lanhdao");
        assertThatThrownBy(() -> nominations.sendBack(hns.id(), hns.version(), "x"))
                .isInstanceOf(AccessDeniedException.class);

        SignIn.as(context, "noivu");
        // the secretariat's own nominations are in the list as it adds them; its own unit's is not
        Nomination kimThanh = nominations.propose(periodId, collective("HKT"));
        assertThat(kimThanh.status()).isEqualTo(NominationStatus.ACCEPTED);
        Nomination own = nominations.propose(
                periodId,
                new NominationDraft(
                        NominationKind.COLLECTIVE,
                        unit("SNV"),
                        null,
                        null,
                        null,
                        null,
                        defaultType(),
                        "Thường trực cải cách hành chính",
                        "Cơ quan thường trực, kết quả được Bộ Nội vụ ghi nhận"));
        assertThat(own.status()).isEqualTo(NominationStatus.PROPOSED);
        assertThatThrownBy(() -> nominations.accept(own.id(), own.version()))
                .hasFieldOrPropertyWithValue("messageKey", "awards.ownUnitReview");
        assertThatThrownBy(() -> nominations.sendBack(own.id(), own.version(), "x"))
                .hasFieldOrPropertyWithValue("messageKey", "awards.ownUnitReview");
        // the list does not go while a unit's proposal waits for review
        assertThatThrownBy(() -> nominations.submitList(periodId))
                .hasFieldOrPropertyWithValue("messageKey", "awards.reviewPending");
        assertThat(nominations.nomination(kimThanh.id()).status()).isEqualTo(NominationStatus.ACCEPTED);
        // sending back needs a reason, and a current version
        assertThatThrownBy(() -> nominations.sendBack(hns.id(), hns.version(), "  "))
                .hasFieldOrPropertyWithValue("messageKey", "awards.returnReasonRequired");
        assertThatThrownBy(() -> nominations.sendBack(hns.id(), hns.version() + 1, "Thiếu báo cáo"))
                .isInstanceOf(ConcurrentEditException.class);
        Nomination back = nominations.sendBack(hns.id(), hns.version(), "Bổ sung báo cáo thành tích");
        assertThat(back.status()).isEqualTo(NominationStatus.RETURNED);
        assertThat(back.returnReason()).isEqualTo("Bổ sung báo cáo thành tích");
        assertThat(audited("AWARD_NOMINATION_RETURNED", hns.id())).isEqualTo(1);
        assertThatThrownBy(() -> nominations.accept(back.id(), back.version()))
                .hasFieldOrPropertyWithValue("messageKey", "awards.notProposed");

        // the focal point sees why, changes it (proposed again), the secretariat accepts it
        SignIn.as(context, "namsach");
        assertThat(nominations.nomination(hns.id()).returnReason()).isEqualTo("Bổ sung báo cáo thành tích");
        Nomination again = nominations.update(
                back.id(),
                back.version(),
                new NominationDraft(
                        NominationKind.COLLECTIVE,
                        unit("HNS"),
                        null,
                        null,
                        null,
                        null,
                        defaultType(),
                        "Thành tích HNS, có báo cáo kèm theo",
                        null));
        assertThat(again.status()).isEqualTo(NominationStatus.PROPOSED);
        assertThat(again.returnReason()).isNull();
        SignIn.as(context, "noivu");
        Nomination accepted = nominations.accept(again.id(), again.version());
        assertThat(accepted.status()).isEqualTo(NominationStatus.ACCEPTED);
        assertThat(accepted.reviewedBy()).isEqualTo("noivu");
        assertThat(audited("AWARD_NOMINATION_ACCEPTED", hns.id())).isEqualTo(1);
        // the focal point can no longer change what is in the list
        SignIn.as(context, "namsach");
        assertThatThrownBy(() -> nominations.withdraw(accepted.id(), accepted.version()))
                .hasFieldOrPropertyWithValue("messageKey", "awards.notEditable");

        // the list goes: the accepted ones and the own unit's, unreviewed
        SignIn.as(context, "noivu");
        assertThat(nominations.submitList(periodId)).isEqualTo(3);
        assertThat(nominations.nominations(periodId)).allMatch(n -> n.status() == NominationStatus.SUBMITTED);
        SignIn.as(context, "lanhdao");
        assertThat(nominations.approveAll(periodId)).isEqualTo(3);
        SignIn.as(context, "noivu");
        AwardDecision decision = decisions.issue(
                periodId, new DecisionDraft(null, LocalDate.of(2016, 4, 2), "Nguyễn Văn A", "Chủ tịch"));
        List<AwardItem> items = decisions.items(decision.id());
        // departments before districts, districts by rank (Nam Sach 1st, Kim Thanh 2nd)
        assertThat(items).extracting(AwardItem::unitCode).containsExactly("SNV", "HNS", "HKT");
        assertThat(approvals(items.get(0), Locale.ENGLISH))
                .contains("not reviewed by the secretariat")
                .doesNotContain("accepted");
        assertThat(approvals(items.get(1), Locale.ENGLISH))
                .startsWith("proposed by namsach; accepted into the list by noivu on ");
    }

    @Test
    void theDecisionListsDepartmentsThenDistrictsByRankThenOtherCollectivesThenIndividuals() {
        long periodId = period();
        SignIn.as(context, "noivu");
        Nomination postOffice = nominations.propose(
                periodId,
                new NominationDraft(
                        NominationKind.COLLECTIVE,
                        null,
                        "Bưu điện huyện Thanh Miện",
                        null,
                        null,
                        null,
                        defaultType(),
                        "Bưu chính công ích",
                        "Đóng góp có văn bản xác nhận"));
        Nomination person = nominations.propose(
                periodId,
                new NominationDraft(
                        NominationKind.INDIVIDUAL,
                        unit("HNS"),
                        null,
                        "Nguyễn Văn Huy",
                        "Chuyên viên",
                        null,
                        defaultType(),
                        "Tham mưu",
                        null));
        nominations.propose(periodId, collective("HKT"));
        nominations.propose(
                periodId,
                new NominationDraft(
                        NominationKind.COLLECTIVE,
                        unit("SGTVT"),
                        null,
                        null,
                        null,
                        null,
                        defaultType(),
                        "Thành tích",
                        "Đóng góp có văn bản xác nhận"));
        nominations.propose(periodId, collective("HNS"));
        assertThat(nominations.submitList(periodId)).isEqualTo(5);
        SignIn.as(context, "lanhdao");
        nominations.approveAll(periodId);
        SignIn.as(context, "noivu");
        AwardDecision decision = decisions.issue(
                periodId, new DecisionDraft(null, LocalDate.of(2016, 4, 3), "Nguyễn Văn A", "Chủ tịch"));
        assertThat(decisions.items(decision.id()))
                .extracting(AwardItem::name)
                .containsExactly(
                        "Sở Giao thông vận tải",
                        "Ủy ban nhân dân huyện Nam Sách",
                        "Ủy ban nhân dân huyện Kim Thành",
                        "Bưu điện huyện Thanh Miện",
                        "Nguyễn Văn Huy");
        assertThat(postOffice.id()).isLessThan(person.id());
        String pdf = PdfAssertions.withoutSpaces(PdfAssertions.text(decisions.pdf(decision.id())));
        assertThat(pdf)
                .contains(PdfAssertions.withoutSpaces(
                        "1 Sở Giao thông vận tải",
                        "2 Ủy ban nhân dân huyện Nam Sách",
                        "3 Ủy ban nhân dân huyện Kim Thành",
                        "4 Bưu điện huyện Thanh Miện"));
    }

    @Test
    void aSecretariatEditKeepsTheStateAndAcceptingIsItsOwnAuditedStep() {
        long periodId = period();
        SignIn.as(context, "namsach");
        Nomination proposed = nominations.propose(periodId, collective("HNS"));
        SignIn.as(context, "noivu");
        NominationDraft corrected = new NominationDraft(
                NominationKind.COLLECTIVE,
                unit("HNS"),
                null,
                null,
                null,
                null,
                defaultType(),
                "Thành tích HNS, Sở Nội vụ chỉnh câu chữ",
                null);
        Nomination edited = nominations.update(proposed.id(), proposed.version(), corrected);
        // the edit is saved but the nomination still waits for the review
        assertThat(edited.achievements()).isEqualTo("Thành tích HNS, Sở Nội vụ chỉnh câu chữ");
        assertThat(edited.status()).isEqualTo(NominationStatus.PROPOSED);
        assertThat(edited.reviewedBy()).isNull();
        assertThat(audited("AWARD_NOMINATION_ACCEPTED", proposed.id())).isZero();
        assertThat(jdbc.queryForObject(
                        "select new_value from audit_event where action = 'AWARD_NOMINATION_CHANGED' and entity_id = ?",
                        String.class,
                        String.valueOf(proposed.id())))
                .contains("PROPOSED");
        assertThatThrownBy(() -> nominations.submitList(periodId))
                .hasFieldOrPropertyWithValue("messageKey", "awards.reviewPending");
        // accepting is the separate, audited step
        Nomination accepted = nominations.accept(edited.id(), edited.version());
        assertThat(accepted.status()).isEqualTo(NominationStatus.ACCEPTED);
        assertThat(accepted.reviewedBy()).isEqualTo("noivu");
        assertThat(audited("AWARD_NOMINATION_ACCEPTED", proposed.id())).isEqualTo(1);
        // a later edit keeps it accepted, with its review
        Nomination again = nominations.update(accepted.id(), accepted.version(), collective("HNS"));
        assertThat(again.status()).isEqualTo(NominationStatus.ACCEPTED);
        assertThat(again.reviewedBy()).isEqualTo("noivu");
        // a returned nomination the secretariat edits stays returned, for its unit to take up
        Nomination back = nominations.sendBack(again.id(), again.version(), "Bổ sung minh chứng");
        Nomination stillBack = nominations.update(back.id(), back.version(), corrected);
        assertThat(stillBack.status()).isEqualTo(NominationStatus.RETURNED);
        assertThat(stillBack.returnReason()).isEqualTo("Bổ sung minh chứng");
        assertThat(audited("AWARD_NOMINATION_ACCEPTED", proposed.id())).isEqualTo(1);
    }

    @Test
    void theLeaderApprovesTheWholeListAtAnotherType() {
        long periodId = period();
        SignIn.as(context, "noivu");
        nominations.propose(periodId, collective("HNS"));
        nominations.propose(periodId, collective("HKT"));
        assertThat(nominations.submitList(periodId)).isEqualTo(2);
        assertThatThrownBy(() -> nominations.approveAllAs(periodId, otherType()))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(context, "lanhdao");
        assertThat(nominations.approveAllAs(periodId, otherType())).isEqualTo(2);
        assertThat(nominations.nominations(periodId)).allSatisfy(n -> {
            assertThat(n.status()).isEqualTo(NominationStatus.APPROVED);
            assertThat(n.effectiveType().id()).isEqualTo(otherType());
        });
        assertThatThrownBy(() -> nominations.approveAllAs(periodId, otherType()))
                .hasFieldOrPropertyWithValue("messageKey", "awards.nothingSubmitted");
    }

    /**
     * Two people of the same name in Nam Sach: the head in office in 2015 (linked to their term) and a
     * colleague. Only the head's award carries the head's leader classification.
     */
    @Test
    void aHeadIsLinkedByTheirTermNotTheirNameAndOnlyTheHeadCarriesTheClassification() {
        long periodId = period();
        long namSach = unit("HNS");
        long term = headTerm2015(namSach, "Trần Văn Bình");
        approvedClassification(periodId, namSach, term, "Trần Văn Bình");
        SignIn.as(context, "noivu");
        Nomination head = nominations.propose(
                periodId,
                new NominationDraft(
                        NominationKind.INDIVIDUAL,
                        namSach,
                        null,
                        null,
                        null,
                        null,
                        defaultType(),
                        "Lãnh đạo huyện dẫn đầu khối",
                        null,
                        true));
        // name and position come from the head's term
        assertThat(head.name()).isEqualTo("Trần Văn Bình");
        assertThat(head.position()).isEqualTo("Chủ tịch UBND huyện");
        assertThat(head.headOfUnit()).isTrue();
        assertThat(head.headTermId()).isEqualTo(term);
        Nomination colleague = nominations.propose(
                periodId,
                new NominationDraft(
                        NominationKind.INDIVIDUAL,
                        namSach,
                        null,
                        "Trần Văn Bình",
                        "Chuyên viên Phòng Nội vụ",
                        null,
                        defaultType(),
                        "Tham mưu cải cách hành chính",
                        null));
        assertThat(colleague.headOfUnit()).isFalse();
        int before = count(periodId);
        // ticking "heads the unit" for someone else, or for a unit without a head that year, is refused
        assertThatThrownBy(() -> nominations.propose(
                        periodId,
                        new NominationDraft(
                                NominationKind.INDIVIDUAL,
                                namSach,
                                null,
                                "Lê Thị Cúc",
                                "Phó Chủ tịch",
                                null,
                                defaultType(),
                                "x",
                                null,
                                true)))
                .hasFieldOrPropertyWithValue("messageKey", "awards.head.otherName");
        assertThatThrownBy(() -> nominations.propose(
                        periodId,
                        new NominationDraft(
                                NominationKind.INDIVIDUAL,
                                unit("HKT"),
                                null,
                                null,
                                null,
                                null,
                                defaultType(),
                                "x",
                                null,
                                true)))
                .hasFieldOrPropertyWithValue("messageKey", "awards.head.none");
        // the head twice is a duplicate
        assertThatThrownBy(() -> nominations.propose(
                        periodId,
                        new NominationDraft(
                                NominationKind.INDIVIDUAL,
                                namSach,
                                null,
                                "Trần  Văn Bình",
                                "Chủ tịch",
                                null,
                                defaultType(),
                                "x",
                                null,
                                true)))
                .hasFieldOrPropertyWithValue("messageKey", "awards.duplicate");
        assertThat(count(periodId)).isEqualTo(before);

        assertThat(nominations.submitList(periodId)).isEqualTo(2);
        SignIn.as(context, "lanhdao");
        nominations.approveAll(periodId);
        SignIn.as(context, "noivu");
        AwardDecision decision = decisions.issue(
                periodId, new DecisionDraft(null, LocalDate.of(2016, 4, 5), "Nguyễn Văn A", "Chủ tịch"));
        List<AwardItem> items = decisions.items(decision.id());
        AwardItem headItem = items.stream()
                .filter(i -> i.nominationId() == head.id())
                .findFirst()
                .orElseThrow();
        AwardItem colleagueItem = items.stream()
                .filter(i -> i.nominationId() == colleague.id())
                .findFirst()
                .orElseThrow();
        assertThat(headItem.name()).isEqualTo(colleagueItem.name());
        assertThat(headItem.leaderLevel()).isEqualTo("EXCELLENT");
        assertThat(colleagueItem.leaderLevel()).isNull();
        String pdf = PdfAssertions.withoutSpaces(PdfAssertions.text(decisions.pdf(decision.id())));
        assertThat(pdf).contains(PdfAssertions.withoutSpaces("Trần Văn Bình"));
    }

    /** A term of Nam Sach's head covering 2015 only (the demo's heads start in 2021). */
    private long headTerm2015(long unitId, String name) {
        Long existing = jdbc.query(
                "select id from unit_head where unit_id = ? and term_from = '2015-01-01'",
                rs -> rs.next() ? rs.getLong(1) : null,
                unitId);
        if (existing != null) {
            return existing;
        }
        long id = jdbc.queryForObject("select nextval(unit_head_seq)", Long.class);
        jdbc.update(
                "insert into unit_head (id, unit_id, name, title_vi, title_en, term_from, term_to, acting, version)"
                        + " values (?, ?, ?, 'Chủ tịch UBND huyện', 'Chairman of the District People''s Committee',"
                        + " '2015-01-01', '2015-12-31', false, 0)",
                id,
                unitId,
                name);
        return id;
    }

    /** The 2015 district block's classification, approved, with the head's final level EXCELLENT. */
    private void approvedClassification(long periodId, long unitId, long termId, String name) {
        long district = jdbc.queryForObject("select id from org_block where code = 'DISTRICT'", Long.class);
        Integer present = jdbc.queryForObject(
                "select count(*) from leader_classification where period_id = ? and block_id = ?",
                Integer.class,
                periodId,
                district);
        if (present != null && present > 0) {
            return;
        }
        jdbc.update(
                "insert into leader_rule_set (period_id, revision, created_at, created_by) values (?, 1, now(), 'test')",
                periodId);
        long ruleSet = jdbc.queryForObject(
                "select id from leader_rule_set where period_id = ? and revision = 1", Long.class, periodId);
        jdbc.update(
                "insert into leader_classification (period_id, block_id, status, rule_set_id, published, decided_at,"
                        + " decided_by, version) values (?, ?, 'APPROVED', ?, true, now(), 'lanhdao', 0)",
                periodId,
                district,
                ruleSet);
        long classification = jdbc.queryForObject(
                "select id from leader_classification where period_id = ? and block_id = ?",
                Long.class,
                periodId,
                district);
        jdbc.update(
                "insert into leader_classification_entry (classification_id, unit_id, position, unit_name_vi,"
                        + " unit_name_en, head_term_id, head_name, head_title_vi, head_title_en, result_index, rank_place,"
                        + " proposed_level, reasons, final_level) values (?, ?, 1, 'Ủy ban nhân dân huyện Nam Sách',"
                        + " 'Nam Sach District People''s Committee', ?, ?, 'Chủ tịch UBND huyện', 'Chairman', 92.00, 1,"
                        + " 'EXCELLENT', '', 'EXCELLENT')",
                classification,
                unitId,
                termId,
                name);
    }
}
