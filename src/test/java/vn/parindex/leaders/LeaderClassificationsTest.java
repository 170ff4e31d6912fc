package vn.parindex.leaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.parindex.appraisal.AppraisalRows;
import vn.parindex.period.Phase;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.ConcurrentEditException;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;

/**
 * Rules saved per period, the classification prepared from the block's results, overrides needing a
 * justification, the approval flow and freeze, refusals (role, own unit, stale version, wrong status,
 * head missing), and the audit trail. Test years 2027-2029 are this module's: 2027 here.
 */
@PortalIntegrationTest
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

        // The exports carry the list in Vietnamese.
        byte[] pdf = exports.pdf(periodId, blockId);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        byte[] xlsx = exports.xlsx(periodId, blockId);
        assertThat(xlsx).isNotEmpty();
    }

    @Test
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
