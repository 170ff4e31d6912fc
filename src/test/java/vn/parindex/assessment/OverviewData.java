package vn.parindex.assessment;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.criteria.Choice;
import vn.parindex.criteria.ImportedNode;
import vn.parindex.criteria.NodeDraft;
import vn.parindex.criteria.NodeLevel;
import vn.parindex.criteria.Scoring;
import vn.parindex.criteria.ScoringMethod;

/**
 * Self-assessments written straight into the tables, many at once, for measuring the secretariat's
 * overview: every unit gets an item per component, with scores, notes, evidence links and re-check
 * marks in a pattern that varies by unit.
 */
public final class OverviewData {

    /** Item ids far above what the score_item sequence hands out in a test run. */
    private static final AtomicLong NEXT_ITEM = new AtomicLong(9_000_000_000L);

    private OverviewData() {}

    /** 100 points in 4 areas of 5 criteria, each with {@code perCriterion} components needing evidence. */
    public static List<ImportedNode> set(int perCriterion) {
        BigDecimal component = BigDecimal.valueOf(5).divide(BigDecimal.valueOf(perCriterion));
        List<ImportedNode> rows = new ArrayList<>();
        for (int a = 1; a <= 4; a++) {
            rows.add(group(NodeLevel.AREA, String.valueOf(a), "25"));
            for (int c = 1; c <= 5; c++) {
                rows.add(group(NodeLevel.CRITERION, a + "." + c, "5"));
                for (int k = 1; k <= perCriterion; k++) {
                    String code = a + "." + c + "." + k;
                    boolean choices = k % 2 == 0;
                    rows.add(new ImportedNode(
                            code,
                            new NodeDraft(
                                    NodeLevel.COMPONENT,
                                    "Thành phần " + code,
                                    "Component " + code,
                                    new Scoring(
                                            choices ? ScoringMethod.CHOICES : ScoringMethod.YES_NO,
                                            component,
                                            null,
                                            null,
                                            null,
                                            choices
                                                    ? List.of(
                                                            new Choice(component, "Đạt", "Met"),
                                                            new Choice(BigDecimal.ZERO, "Không đạt", "Not met"))
                                                    : List.of()),
                                    true,
                                    null,
                                    null)));
                }
            }
        }
        return rows;
    }

    private static ImportedNode group(NodeLevel level, String code, String max) {
        return new ImportedNode(code, NodeDraft.group(level, "Nhóm " + code, "Group " + code, new BigDecimal(max)));
    }

    /**
     * One unit's assessment with an item on every component: about two in three scored full marks,
     * every fifth with a note, every seventh linked to a referenced document, every fiftieth marked
     * for re-check. Returns the assessment id.
     */
    public static long assessment(
            JdbcTemplate jdbc, long periodId, long setId, long unitId, List<Long> components, BigDecimal points) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update(
                "insert into self_assessment (period_id, unit_id, set_id, status, created_at, version)"
                        + " values (?, ?, ?, 'OPEN', ?, 0)",
                periodId,
                unitId,
                setId,
                now);
        long assessmentId = jdbc.queryForObject(
                "select id from self_assessment where period_id = ? and unit_id = ?", Long.class, periodId, unitId);
        jdbc.update(
                "insert into evidence (period_id, unit_id, kind, title, doc_number, doc_date, issuer, added_by,"
                        + " added_at, version) values (?, ?, 'REFERENCE', 'Kế hoạch CCHC', '01/KH', '2024-01-15',"
                        + " 'UBND tỉnh', 'do-luong', ?, 0)",
                periodId,
                unitId,
                now);
        long evidenceId = jdbc.queryForObject(
                "select max(id) from evidence where period_id = ? and unit_id = ?", Long.class, periodId, unitId);
        List<Object[]> items = new ArrayList<>();
        List<Object[]> links = new ArrayList<>();
        for (int index = 0; index < components.size(); index++) {
            long id = NEXT_ITEM.incrementAndGet();
            boolean scored = (index + unitId) % 3 != 0;
            items.add(new Object[] {
                id,
                assessmentId,
                components.get(index),
                setId,
                scored ? points : null,
                index % 5 == 0 ? "Ghi chú " + index : null,
                index % 50 == 0,
                scored ? "do-luong" : null,
                scored ? now : null
            });
            if (index % 7 == 0) {
                links.add(new Object[] {id, evidenceId});
            }
        }
        jdbc.batchUpdate(
                "insert into score_item (id, assessment_id, node_id, set_id, self_score, note, needs_recheck,"
                        + " updated_by, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                items);
        jdbc.batchUpdate("insert into score_item_evidence (score_item_id, evidence_id) values (?, ?)", links);
        return assessmentId;
    }
}
