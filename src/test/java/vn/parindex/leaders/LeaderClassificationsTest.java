package vn.parindex.leaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.parindex.appraisal.AppraisalRows;
import vn.parindex.period.Phase;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.ConcurrentEditException;
import vn.parindex.shared.pdf.PdfAssertions;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;

/**
 * Rules saved per period, the classification prepared from the block's results, overrides needing a
 * justification, the approval flow and freeze, refusals (role, own unit, stale version, wrong status,
 * head missing), and the audit trail. Test years 2027-2029 are this module's: 2027 here.
 */
@PortalIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class LeaderClassificationsTest {

    static final int YEAR = 2027;

    @Autowired
    ApplicationContext context;

    @Autowired
    LeaderClassifications classifications;

    @Autowired
    LeaderRuleSets ruleSets;

    @Autowired
    LeaderExports exports;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    /** Every unit of the department block final and surveyed: each at 75%, all tied first. */
    private long period(int year) {
        Long existing = jdbc.query(
                "select id from assessment_period where year = ?", rs -> rs.next() ? rs.getLong(1) : null, year);
        if (existing != null) {
            SignIn.as(context, "noivu");
            return existing;
        }
        long periodId = AppraisalRows.period(context, year, Phase.COUNCIL_APPROVAL);
        long blockId = block();
        AppraisalRows.allFinal(jdbc, periodId, blockId, "hoidong1");
        AppraisalRows.surveyed(jdbc, periodId, blockId);
        return periodId;
    }

    private long block() {
        return jdbc.queryForObject("select id from org_block where code = 'DEPARTMENT'", Long.class);
    }

    private long unit(String code) {
        return jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
    }

    public static List<LeaderRule> rules() {
        return List.of(
                LeaderRule.propose("Top 5", "The first five may be excellent", Level.EXCELLENT, null, 5),
                LeaderRule.otherwise("Others", "Everyone else well", Level.WELL),
                LeaderRule.discipline("Discipline", "Disciplined heads did not complete their tasks"),
                LeaderRule.shareCap("Share 20%", "At most 20% excellent", Level.EXCELLENT, BigDecimal.valueOf(20)));
    }

    private static String key(Throwable refusal) {
        return ((BusinessRuleException) refusal).messageKey();
    }

    @Test
    @Order(1)
    void secretariatSetsAndSubmitsLeaderApprovesAndTheBlockIsFrozen() {
        long periodId = period(YEAR);
        long blockId = block();
        SignIn.as(context, "noivu");
        assertThatThrownBy(() -> classifications.prepare(periodId, blockId))
                .satisfies(e -> assertThat(key(e)).isEqualTo("leaders.rules.none"));

        // Contradicting rules are refused, nothing saved.
        List<LeaderRule> contradicting = List.of(
                LeaderRule.propose("Good", "x", Level.EXCELLENT, BigDecimal.valueOf(90), null),
                LeaderRule.otherwise("Others", "y", Level.WELL),
                LeaderRule.capBand("Good capped", "z", BigDecimal.valueOf(90), Level.COMPLETED));
        assertThatThrownBy(() -> ruleSets.save(periodId, contradicting, 0))
                .satisfies(e -> assertThat(key(e)).isEqualTo("leaders.rules.contradiction"));
        assertThat(ruleSets.history(periodId)).isEmpty();
        RuleSet saved = ruleSets.save(periodId, rules(), 0);
        assertThat(saved.revision()).isEqualTo(1);
        assertThat(saved.rules())
                .extracting(LeaderRule::name)
                .containsExactly("Top 5", "Others", "Discipline", "Share 20%");
        assertThatThrownBy(() -> ruleSets.save(periodId, rules(), 0)).isInstanceOf(ConcurrentEditException.class);

        BlockClassification prepared = classifications.prepare(periodId, blockId);
        assertThat(prepared.status()).isEqualTo(ClassificationStatus.DRAFT);
        assertThat(prepared.published()).isFalse();
        assertThat(prepared.entries()).hasSize(18).allMatch(e -> e.finalLevel() == e.proposedLevel());
        // All tied first, so all "top 5"; the 20% share keeps 3 of 18, the others go down to well.
        assertThat(prepared.entries())
                .filteredOn(e -> e.proposedLevel() == Level.EXCELLENT)
                .hasSize(3);
        ClassificationEntry capped = prepared.entries().stream()
                .filter(e -> e.proposedLevel() == Level.WELL)
                .findFirst()
                .orElseThrow();
        assertThat(capped.reasons())
                .extracting(Proposal.Reason::kind)
                .containsExactly(RuleKind.PROPOSE, RuleKind.SHARE_CAP);
        ClassificationEntry transport = entry(prepared, unit("SGTVT"));
        assertThat(transport.headName()).isNotBlank();

        // Above the proposal needs a justification; a stale version is refused; the own unit too.
        ClassificationEntry health = entry(prepared, unit("SYT"));
        assertThat(health.proposedLevel()).isEqualTo(Level.WELL);
        assertThatThrownBy(() -> classifications.setLevel(health.id(), Level.EXCELLENT, " ", health.version()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("leaders.justificationRequired"));
        assertThatThrownBy(
                        () -> classifications.setLevel(health.id(), Level.EXCELLENT, "Covid-19", health.version() - 1))
                .isInstanceOf(ConcurrentEditException.class);
        ClassificationEntry overridden =
                classifications.setLevel(health.id(), Level.EXCELLENT, "Pandemic response", health.version());
        assertThat(overridden.outsideRules()).isTrue();
        assertThat(overridden.justification()).isEqualTo("Pandemic response");
        ClassificationEntry homeAffairs = entry(prepared, unit("SNV"));
        assertThatThrownBy(() -> classifications.setLevel(homeAffairs.id(), Level.WELL, null, homeAffairs.version()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("leaders.ownUnit"));
        assertThatThrownBy(() -> classifications.setFlags(homeAffairs.id(), false, null, 4, homeAffairs.version()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("leaders.ownUnit"));

        // Lowering within the rules needs no justification.
        ClassificationEntry lowered =
                classifications.setLevel(transport.id(), Level.COMPLETED, null, transport.version());
        assertThat(lowered.outsideRules()).isFalse();

        // Discipline needs the decision's reference, then forces "not completed" and proposes again.
        ClassificationEntry justice =
                entry(classifications.classification(periodId, blockId).orElseThrow(), unit("STP"));
        assertThatThrownBy(() -> classifications.setFlags(justice.id(), true, " ", 0, justice.version()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("leaders.disciplineRefRequired"));
        ClassificationEntry disciplined =
                classifications.setFlags(justice.id(), true, "12/QĐ-UBND", 0, justice.version());
        assertThat(disciplined.proposedLevel()).isEqualTo(Level.NOT_COMPLETED);
        assertThat(disciplined.finalLevel()).isEqualTo(Level.NOT_COMPLETED);
        assertThat(disciplined.reasons()).extracting(Proposal.Reason::kind).contains(RuleKind.DISCIPLINE);
        // The level set by hand stayed through the new proposals.
        assertThat(entry(classifications.classification(periodId, blockId).orElseThrow(), unit("SYT"))
                        .finalLevel())
                .isEqualTo(Level.EXCELLENT);

        // Nobody but the secretariat edits; the leader decides only what is submitted.
        SignIn.as(context, "lanhdao");
        BlockClassification draft =
                classifications.classification(periodId, blockId).orElseThrow();
        assertThatThrownBy(() -> classifications.setLevel(health.id(), Level.WELL, null, overridden.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> classifications.approve(draft.id(), draft.version()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("leaders.notSubmitted"));

        // A unit without a head is flagged and blocks the submission.
        SignIn.as(context, "noivu");
        jdbc.update("update leader_classification_entry set head_name = null where id = ?", transport.id());
        assertThatThrownBy(() -> classifications.submit(draft.id(), draft.version()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("leaders.headMissing"));
        BlockClassification refreshed = classifications.prepare(periodId, blockId);
        assertThat(entry(refreshed, unit("SGTVT")).headName()).isNotBlank();
        assertThat(entry(refreshed, unit("SGTVT")).finalLevel()).isEqualTo(Level.COMPLETED);
        assertThatThrownBy(() -> classifications.approve(refreshed.id(), refreshed.version()))
                .isInstanceOf(AccessDeniedException.class);

        BlockClassification submitted = classifications.submit(refreshed.id(), refreshed.version());
        assertThat(submitted.status()).isEqualTo(ClassificationStatus.SUBMITTED);
        ClassificationEntry anyEntry = entry(submitted, unit("SKHDT"));
        assertThatThrownBy(() -> classifications.setLevel(anyEntry.id(), Level.WELL, null, anyEntry.version()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("leaders.awaitingDecision"));

        // The leader returns it with comments (required), the secretariat submits again, the leader approves.
        SignIn.as(context, "lanhdao");
        assertThat(entry(submitted, unit("SYT")).outsideRules()).isTrue();
        assertThatThrownBy(() -> classifications.returnWithComments(submitted.id(), " ", submitted.version()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("leaders.commentRequired"));
        BlockClassification returned =
                classifications.returnWithComments(submitted.id(), "Explain Health", submitted.version());
        assertThat(returned.status()).isEqualTo(ClassificationStatus.RETURNED);
        assertThat(returned.returnComment()).isEqualTo("Explain Health");
        SignIn.as(context, "noivu");
        BlockClassification again = classifications.submit(returned.id(), returned.version());
        SignIn.as(context, "lanhdao");
        assertThatThrownBy(() -> classifications.approve(again.id(), again.version() - 1))
                .isInstanceOf(ConcurrentEditException.class);
        BlockClassification approved = classifications.approve(again.id(), again.version());
        assertThat(approved.status()).isEqualTo(ClassificationStatus.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo("lanhdao");
        assertThatThrownBy(() -> classifications.approve(approved.id(), approved.version()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("leaders.frozen"));

        // Frozen: no level, flag or refresh changes it.
        SignIn.as(context, "noivu");
        ClassificationEntry frozen = entry(approved, unit("SKHDT"));
        assertThatThrownBy(() -> classifications.setLevel(frozen.id(), Level.COMPLETED, "late", frozen.version()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("leaders.frozen"));
        assertThatThrownBy(() -> classifications.prepare(periodId, blockId))
                .satisfies(e -> assertThat(key(e)).isEqualTo("leaders.frozen"));
        assertThat(classifications
                        .classification(periodId, blockId)
                        .orElseThrow()
                        .entries())
                .isEqualTo(approved.entries());

        LevelSummary summary = classifications.summary(periodId, blockId);
        assertThat(summary.thisYear().values().stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .isEqualTo(18);
        assertThat(summary.thisYear().get(Level.NOT_COMPLETED)).isEqualTo(1);
        assertThat(summary.lastYear()).isNull();

        // Every step audited.
        java.util.Set<String> ids = new java.util.HashSet<>();
        ids.add(String.valueOf(approved.id()));
        ids.add(String.valueOf(saved.id()));
        approved.entries().forEach(e -> ids.add(String.valueOf(e.id())));
        List<String> actions = jdbc
                .query(
                        "select action, entity_id from audit_event where entity_type in ('LeaderClassification',"
                                + " 'LeaderClassificationEntry', 'LeaderRuleSet') order by id",
                        (rs, n) -> ids.contains(rs.getString("entity_id")) ? rs.getString("action") : null)
                .stream()
                .filter(java.util.Objects::nonNull)
                .toList();
        assertThat(actions)
                .contains(
                        "LEADER_RULES_SAVED",
                        "LEADERS_PREPARED",
                        "LEADER_LEVEL_SET",
                        "LEADER_FLAGS_SET",
                        "LEADERS_REFRESHED",
                        "LEADERS_SUBMITTED",
                        "LEADERS_RETURNED",
                        "LEADERS_APPROVED");

        // The exports carry the list in Vietnamese: each head with the unit, index, rank and levels.
        ClassificationEntry healthRow = entry(approved, unit("SYT"));
        ClassificationEntry justiceRow = entry(approved, unit("STP"));
        List<List<String>> sheet = xlsxRows(exports.xlsx(periodId, blockId));
        assertThat(sheet.get(0)).containsExactlyElementsOf(LeaderExports.HEADERS);
        assertThat(sheet).hasSize(19);
        List<String> healthLine = sheet.stream()
                .filter(row -> row.get(1).equals(healthRow.unitNameVi()))
                .findFirst()
                .orElseThrow();
        assertThat(healthLine.subList(2, 9))
                .containsExactly(
                        healthRow.headName(),
                        healthRow.acting() ? "Quyền " + healthRow.headTitleVi() : healthRow.headTitleVi(),
                        "75,00",
                        "1",
                        "Hoàn thành tốt nhiệm vụ",
                        "Hoàn thành xuất sắc nhiệm vụ",
                        "Pandemic response");
        List<String> justiceLine = sheet.stream()
                .filter(row -> row.get(1).equals(justiceRow.unitNameVi()))
                .findFirst()
                .orElseThrow();
        assertThat(justiceLine.get(6)).isEqualTo("Không hoàn thành nhiệm vụ");
        assertThat(justiceLine.get(7)).isEqualTo("Không hoàn thành nhiệm vụ");
        String text = PdfAssertions.withoutSpaces(PdfAssertions.text(exports.pdf(periodId, blockId)));
        assertThat(text)
                .contains(PdfAssertions.withoutSpaces(
                                "DANH SÁCH XẾP LOẠI NGƯỜI ĐỨNG ĐẦU",
                                "Hoàn thành xuất sắc nhiệm vụ",
                                healthRow.headName(),
                                healthRow.unitNameVi(),
                                justiceRow.headName(),
                                "Pandemic response",
                                "trạng thái: đã phê duyệt")
                        .toArray(String[]::new))
                // The counts line as the decision states it: 3 excellent + Health, 1 not completed.
                .contains(PdfAssertions.withoutSpaces("Hoàn thành xuất sắc nhiệm vụ: "
                        + summary.thisYear().get(Level.EXCELLENT) + "; Hoàn thành tốt nhiệm vụ: "
                        + summary.thisYear().get(Level.WELL)))
                .contains(PdfAssertions.withoutSpaces("Không hoàn thành nhiệm vụ: 1."));
    }

    /**
     * The district block in 2027: one district the council decided not to rank, one whose head left
     * no term covering the year. Every head is classified, the unit not ranked flagged with the default
     * level; the missing head refuses the submission, named, until the head is entered; submitting
     * tells the leaders, returning tells the secretariat.
     */
    @Test
    @Order(2)
    void unitsNotRankedAreClassifiedAndAMissingHeadIsFlaggedUntilEntered() {
        long periodId = period(YEAR);
        long district = jdbc.queryForObject("select id from org_block where code = 'DISTRICT'", Long.class);
        List<Long> units = AppraisalRows.units(jdbc, district);
        long notRanked = units.get(0);
        long headless = units.get(1);
        Integer appraised = jdbc.queryForObject(
                "select count(*) from self_assessment where period_id = ? and unit_id = ?",
                Integer.class,
                periodId,
                notRanked);
        if (appraised == 0) {
            AppraisalRows.allFinal(jdbc, periodId, district, "hoidong1");
            long importId = jdbc.queryForObject(
                    "select max(id) from survey_import where period_id = ? and active = true", Long.class, periodId);
            for (long unitId : units) {
                jdbc.update(
                        "insert into survey_point (import_id, unit_id, node_id, points) values (?, ?, ?, 7),"
                                + " (?, ?, ?, 15)",
                        importId,
                        unitId,
                        AppraisalRows.node(jdbc, periodId, unitId, "2.1.1"),
                        importId,
                        unitId,
                        AppraisalRows.node(jdbc, periodId, unitId, "2.1.2"));
            }
            jdbc.update(
                    "update appraisal set not_ranked = true, not_ranked_reason = 'Sáp nhập trong năm' where"
                            + " assessment_id = (select id from self_assessment where period_id = ? and unit_id = ?)",
                    periodId,
                    notRanked);
        }
        List<java.util.Map<String, Object>> terms = jdbc.queryForList(
                "select id, term_from from unit_head where unit_id = ? and term_to is null", headless);
        assertThat(terms).hasSize(1);
        jdbc.update(
                "update unit_head set term_from = '2031-01-01' where id = ?",
                terms.get(0).get("id"));
        try {
            SignIn.as(context, "noivu");
            BlockClassification prepared = classifications.prepare(periodId, district);
            assertThat(prepared.entries()).hasSize(units.size());

            // The unit not ranked: its head classified after the ranked ones, at the default level.
            ClassificationEntry unranked = entry(prepared, notRanked);
            assertThat(unranked.ranked()).isFalse();
            assertThat(unranked.unrankedReason()).isEqualTo(vn.parindex.ranking.UnrankedUnit.Reason.COUNCIL_DECISION);
            assertThat(unranked.unrankedNote()).isEqualTo("Sáp nhập trong năm");
            assertThat(unranked.rank()).isNull();
            assertThat(unranked.index()).isNull();
            assertThat(unranked.headName()).isNotBlank();
            assertThat(unranked.proposedLevel()).isEqualTo(Level.WELL);
            assertThat(unranked.finalLevel()).isEqualTo(Level.WELL);
            assertThat(unranked.reasons())
                    .extracting(Proposal.Reason::kind, Proposal.Reason::ruleName)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(RuleKind.DEFAULT, "Others"));
            assertThat(prepared.entries().get(prepared.entries().size() - 1).unitId())
                    .isEqualTo(notRanked);
            // The 20% share counts the ranked heads only.
            assertThat(prepared.entries())
                    .filteredOn(e -> e.proposedLevel() == Level.EXCELLENT)
                    .hasSize((units.size() - 1) * 20 / 100)
                    .allMatch(ClassificationEntry::ranked);
            // Discipline reaches the head of a unit not ranked too.
            ClassificationEntry disciplined =
                    classifications.setFlags(unranked.id(), true, "7/QĐ-UBND", 0, unranked.version());
            assertThat(disciplined.finalLevel()).isEqualTo(Level.NOT_COMPLETED);
            assertThat(disciplined.reasons())
                    .extracting(Proposal.Reason::kind)
                    .containsExactly(RuleKind.DEFAULT, RuleKind.DISCIPLINE);

            // The unit without a head in office: flagged, and the submission refused naming it, nothing changed.
            ClassificationEntry missing = entry(prepared, headless);
            assertThat(missing.headMissing()).isTrue();
            BlockClassification draft =
                    classifications.classification(periodId, district).orElseThrow();
            assertThatThrownBy(() -> classifications.submit(draft.id(), draft.version()))
                    .satisfies(e -> assertThat(key(e)).isEqualTo("leaders.headMissing"))
                    .satisfies(e ->
                            assertThat(((BusinessRuleException) e).arguments()).containsExactly(missing.unitNameVi()));
            assertThat(classifications.classification(periodId, district).orElseThrow())
                    .isEqualTo(draft);
            assertThat(notices("LEADERS_SUBMITTED", periodId, district, "lanhdao"))
                    .isZero();
        } finally {
            jdbc.update(
                    "update unit_head set term_from = ? where id = ?",
                    terms.get(0).get("term_from"),
                    terms.get(0).get("id"));
        }

        // The head entered (here: the term restored), refreshing names them and the block goes to the leader.
        BlockClassification refreshed = classifications.prepare(periodId, district);
        assertThat(entry(refreshed, headless).headMissing()).isFalse();
        assertThat(entry(refreshed, notRanked).finalLevel()).isEqualTo(Level.NOT_COMPLETED);
        BlockClassification submitted = classifications.submit(refreshed.id(), refreshed.version());
        assertThat(notices("LEADERS_SUBMITTED", periodId, district, "lanhdao")).isEqualTo(1);
        assertThat(notices("LEADERS_SUBMITTED", periodId, district, "noivu")).isZero();
        assertThat(jdbc.queryForObject(
                        "select subject_en from notification_message where kind = 'LEADERS_SUBMITTED'"
                                + " and period_id = ? and link = ?",
                        String.class,
                        periodId,
                        "leaders?year=" + YEAR + "&block=" + district))
                .contains("Heads of units to approve");

        SignIn.as(context, "lanhdao");
        classifications.returnWithComments(submitted.id(), "Xem lại huyện không xếp hạng", submitted.version());
        assertThat(notices("LEADERS_RETURNED", periodId, district, "noivu")).isEqualTo(1);
        assertThat(notices("LEADERS_RETURNED", periodId, district, "lanhdao")).isZero();
        assertThat(jdbc.queryForObject(
                        "select body_vi from notification_message where kind = 'LEADERS_RETURNED'"
                                + " and period_id = ? and link = ?",
                        String.class,
                        periodId,
                        "leaders?year=" + YEAR + "&block=" + district))
                .contains("Xem lại huyện không xếp hạng");

        // The XLSX says the unit is not ranked rather than leaving the rank empty.
        List<List<String>> sheet = xlsxRows(exports.xlsx(periodId, district));
        assertThat(sheet.get(sheet.size() - 1).subList(4, 8))
                .containsExactly("", "Không xếp hạng", "Không hoàn thành nhiệm vụ", "Không hoàn thành nhiệm vụ");
    }

    /** The notifications of a kind about the block's classification that reached the user. */
    private int notices(String kind, long periodId, long blockId, String username) {
        return jdbc.queryForObject(
                "select count(*) from notification n join notification_message m on m.id = n.message_id"
                        + " join app_user u on u.id = n.user_id"
                        + " where m.kind = ? and m.period_id = ? and m.link = ? and u.username = ?",
                Integer.class,
                kind,
                periodId,
                "leaders?year=" + YEAR + "&block=" + blockId,
                username);
    }

    private static List<List<String>> xlsxRows(byte[] xlsx) {
        try (Workbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            org.apache.poi.ss.usermodel.DataFormatter format = new org.apache.poi.ss.usermodel.DataFormatter();
            List<List<String>> rows = new java.util.ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new java.util.ArrayList<>();
                for (int column = 0; column < LeaderExports.HEADERS.size(); column++) {
                    cells.add(row.getCell(column) == null ? "" : format.formatCellValue(row.getCell(column)));
                }
                rows.add(cells);
            }
            return rows;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    @Order(3)
    void focalPointsAndCouncilMembersSeeNothingHere() {
        long periodId = period(YEAR);
        long blockId = block();
        for (String username : List.of("gtvt", "hoidong1", "admin")) {
            SignIn.as(context, username);
            assertThatThrownBy(() -> classifications.classification(periodId, blockId))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> classifications.summary(periodId, blockId))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> classifications.prepare(periodId, blockId))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> classifications.periods()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> ruleSets.current(periodId)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> ruleSets.save(periodId, rules(), 0)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> exports.pdf(periodId, blockId)).isInstanceOf(AccessDeniedException.class);
        }
    }

    private static ClassificationEntry entry(BlockClassification classification, long unitId) {
        return classification.entries().stream()
                .filter(e -> e.unitId() == unitId)
                .findFirst()
                .orElseThrow();
    }
}
