package vn.parindex.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parindex.criteria.CriteriaCatalog;
import vn.parindex.criteria.CriteriaSetRef;
import vn.parindex.criteria.CriteriaTree;
import vn.parindex.criteria.NodeLevel;
import vn.parindex.criteria.ScoreRule;
import vn.parindex.criteria.ScoringMethod;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.period.PeriodSummary;
import vn.parindex.period.Phase;
import vn.parindex.security.RunAs;

/**
 * The appraised and published history: for 2022 and 2023 every unit's submitted self-assessment, the
 * council's appraisal (final, with deductions, questions and answers), the survey points, the assignments
 * and each block's approved and published decision, so rankings, year-over-year changes, member
 * histories and the consistency view have real data. 2024 only gets its assignments (it stays in
 * self-assessment, see {@link DemoAssessments}).
 *
 * <p>History is written straight into the tables, in batches: no service may change a published
 * period, and the demo must be ready in a few seconds before the portal takes requests. Loaded only
 * when the period has no self-assessment yet, in one transaction per period.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "parindex.demo.enabled", havingValue = "true")
class DemoAppraisals implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAppraisals.class);
    /** The allocation size of the id sequences as the entities declare it (Hibernate's pooled optimizer). */
    private static final int SEQUENCE_BLOCK = 50;

    private static final String SECRETARIAT = "noivu";
    private static final int ROWS_PER_INSERT = 400;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final PeriodDirectory periods;
    private final CriteriaCatalog catalog;
    private final Clock clock;
    private final RunAs runAs;
    private volatile Duration lastLoad = Duration.ZERO;

    DemoAppraisals(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            PeriodDirectory periods,
            CriteriaCatalog catalog,
            Clock clock,
            RunAs runAs) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.periods = periods;
        this.catalog = catalog;
        this.clock = clock;
        this.runAs = runAs;
    }

    /** How long the last start-up spent loading (zero when there was nothing to load). */
    Duration lastLoad() {
        return lastLoad;
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        boolean loaded = runAs.readAsSystem(() -> {
            boolean any = false;
            for (int year : new int[] {2022, 2023}) {
                PeriodSummary period = periods.byYear(year).orElse(null);
                if (period != null && period.phase() == Phase.PUBLISHED && absent(period.id())) {
                    List<Unit> units = units();
                    Map<Long, CriteriaTree> trees = new HashMap<>();
                    for (CriteriaSetRef set : catalog.sets(period.id())) {
                        trees.put(set.blockId(), catalog.tree(set.setId()));
                    }
                    transaction.executeWithoutResult(status -> load(period, units, trees));
                    any = true;
                }
            }
            PeriodSummary current = periods.byYear(2024).orElse(null);
            if (current != null && noAssignments(current.id())) {
                LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
                transaction.executeWithoutResult(status -> assign(current, units(), users(), now));
                any = true;
            }
            return any;
        });
        if (loaded) {
            lastLoad = Duration.ofNanos(System.nanoTime() - started);
            log.info(
                    "Demo data: 2022 and 2023 appraised and published, 2024 assignments ready ({} ms)",
                    lastLoad.toMillis());
        }
    }

    private boolean absent(long periodId) {
        Integer count = jdbc.queryForObject(
                "SELECT COUNT(*) FROM self_assessment WHERE period_id = ?", Integer.class, periodId);
        return count == null || count == 0;
    }

    private boolean noAssignments(long periodId) {
        Integer count = jdbc.queryForObject(
                "SELECT COUNT(*) FROM appraisal_assignment WHERE period_id = ?", Integer.class, periodId);
        return count == null || count == 0;
    }

    record Unit(long id, String code, long blockId) {}

    record User(long id, String username, Long unitId, String role) {}

    private List<Unit> units() {
        return jdbc.query("""
                SELECT u.id, u.code, u.block_id FROM org_unit u JOIN org_block b ON b.id = u.block_id
                WHERE u.active ORDER BY b.sort_order, u.sort_order, u.id
                """, (rs, row) -> new Unit(rs.getLong(1), rs.getString(2), rs.getLong(3)));
    }

    private List<User> users() {
        return jdbc.query(
                """
                SELECT u.id, u.username, u.unit_id, r.role FROM app_user u JOIN app_user_role r ON r.user_id = u.id
                WHERE u.enabled ORDER BY u.id
                """,
                (rs, row) ->
                        new User(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3, Long.class), rs.getString(4)));
    }

    private void load(PeriodSummary period, List<Unit> units, Map<Long, CriteriaTree> trees) {
        long started = System.nanoTime();
        int year = period.year();
        List<User> users = users();
        Map<Long, String> focalPoints = new HashMap<>();
        users.stream()
                .filter(user -> user.role().equals("FOCAL_POINT") && user.unitId() != null)
                .forEach(user -> focalPoints.putIfAbsent(user.unitId(), user.username()));
        Map<String, String> byUnit = assign(period, units, users, at(period.deadline(Phase.SELF_ASSESSMENT), 1, 1));

        LocalDate selfDeadline = period.deadline(Phase.SELF_ASSESSMENT);
        LocalDate appraisalDeadline = period.deadline(Phase.APPRAISAL);
        LocalDate explanationDeadline = period.deadline(Phase.EXPLANATION);
        LocalDate finalDeadline = period.deadline(Phase.FINAL_APPRAISAL);
        LocalDate councilDeadline = period.deadline(Phase.COUNCIL_APPROVAL);

        // Plan every unit first (pure computation), then write each table in batches.
        List<UnitPlan> plans = new ArrayList<>();
        for (Unit unit : units) {
            CriteriaTree tree = trees.get(unit.blockId());
            BigDecimal target = DemoPlan.index(unit.code(), year).orElse(null);
            if (tree == null || target == null) {
                continue;
            }
            Random random = new Random(year * 7919L + unit.code().hashCode());
            String member = byUnit.get(unit.code());
            String submitter =
                    focalPoints.getOrDefault(unit.id(), "cchc." + unit.code().toLowerCase());
            boolean late = DemoPlan.adjustments(unit.code(), year).stream().anyMatch(DemoPlan.Adjustment::late);
            plans.add(plan(unit, tree, target, member, submitter, late, year, random));
        }
        if (plans.isEmpty()) {
            return;
        }

        insertRows(
                "INSERT INTO self_assessment (period_id, unit_id, set_id, status, created_at, submitted_by, submitted_at)",
                plans.stream()
                        .map(plan -> new Object[] {
                            period.id(),
                            plan.unit().id(),
                            plan.setId(),
                            "SUBMITTED",
                            at(selfDeadline.minusDays(14), 2, plan.unit().id()),
                            plan.submitter(),
                            plan.submittedAt(selfDeadline)
                        })
                        .toList());
        Map<Long, Long> assessments =
                idsByUnit("SELECT unit_id, id FROM self_assessment WHERE period_id = ?", period.id());

        List<Object[]> scoreItems = new ArrayList<>();
        IdBlock scoreIds = new IdBlock(
                "score_item_seq",
                plans.stream().mapToInt(plan -> plan.items().size()).sum());
        for (UnitPlan plan : plans) {
            for (PlannedItem item : plan.items()) {
                item.scoreItemId = scoreIds.next();
                scoreItems.add(new Object[] {
                    item.scoreItemId,
                    assessments.get(plan.unit().id()),
                    item.nodeId,
                    plan.setId(),
                    item.story.self(),
                    item.note,
                    false,
                    plan.submitter(),
                    plan.submittedAt(selfDeadline).minusDays(1)
                });
            }
        }
        insertRows(
                "INSERT INTO score_item (id, assessment_id, node_id, set_id, self_score, note, needs_recheck,"
                        + " updated_by, updated_at)",
                scoreItems);

        List<Object[]> appraisalRows = new ArrayList<>();
        for (UnitPlan plan : plans) {
            boolean asked = plan.items().stream().anyMatch(item -> item.story.question() != null);
            appraisalRows.add(new Object[] {
                assessments.get(plan.unit().id()),
                "FINAL",
                asked ? plan.submitter() : null,
                asked ? at(explanationDeadline.minusDays(3), 8, plan.unit().id()) : null,
                plan.member(),
                at(finalDeadline.minusDays(2), 9, plan.unit().id())
            });
        }
        insertRows(
                "INSERT INTO appraisal (assessment_id, status, answers_submitted_by, answers_submitted_at,"
                        + " finalized_by, finalized_at)",
                appraisalRows);
        Map<Long, Long> appraisals = idsByUnit("""
                SELECT a.unit_id, ap.id FROM appraisal ap JOIN self_assessment a ON a.id = ap.assessment_id
                WHERE a.period_id = ?
                """, period.id());

        List<Object[]> appraisalItems = new ArrayList<>();
        IdBlock appraisalIds = new IdBlock("appraisal_item_seq", scoreItems.size());
        for (UnitPlan plan : plans) {
            long unitId = plan.unit().id();
            LocalDateTime appraised = at(appraisalDeadline.minusDays(4), 3, unitId);
            LocalDateTime answered = at(explanationDeadline.minusDays(3), 7, unitId);
            LocalDateTime decided = at(finalDeadline.minusDays(3), 4, unitId);
            for (PlannedItem item : plan.items()) {
                DemoItemStory story = item.story;
                boolean asked = story.question() != null;
                appraisalItems.add(new Object[] {
                    appraisalIds.next(),
                    appraisals.get(unitId),
                    item.scoreItemId,
                    story.appraised(),
                    story.comment(),
                    story.changed() && item.level == NodeLevel.COMPONENT,
                    plan.member(),
                    appraised,
                    story.question(),
                    asked ? plan.member() : null,
                    asked ? appraised : null,
                    story.answer(),
                    asked ? plan.submitter() : null,
                    asked ? answered : null,
                    story.accepted(),
                    story.fin(),
                    plan.member(),
                    decided
                });
            }
        }
        insertRows(
                "INSERT INTO appraisal_item (id, appraisal_id, score_item_id, appraised_score, appraised_comment,"
                        + " evidence_insufficient, appraised_by, appraised_at, question, asked_by, asked_at, answer,"
                        + " answered_by, answered_at, explanation_accepted, final_score, final_by, final_at)",
                appraisalItems);

        long importId = insertReturningId(
                "INSERT INTO survey_import (period_id, file_name, active, imported_by, imported_at) VALUES (?, ?, TRUE, ?, ?)",
                period.id(),
                "ket-qua-dieu-tra-xa-hoi-hoc-" + year + ".xlsx",
                SECRETARIAT,
                at(finalDeadline.minusDays(5), 2, 0));
        List<Object[]> points = new ArrayList<>();
        for (UnitPlan plan : plans) {
            plan.survey()
                    .forEach((node, value) ->
                            points.add(new Object[] {importId, plan.unit().id(), node, value}));
        }
        insertRows("INSERT INTO survey_point (import_id, unit_id, node_id, points)", points);

        Map<String, Long> members = memberIds(users);
        LocalDateTime voted = at(councilDeadline.minusDays(3), 2, 0);
        for (Long blockId : trees.keySet().stream().sorted().toList()) {
            long decisionId = insertReturningId(
                    """
                    INSERT INTO block_decision (period_id, block_id, status, approved_at, published_by, published_at)
                    VALUES (?, ?, 'PUBLISHED', ?, ?, ?)
                    """, period.id(), blockId, voted.plusHours(3), SECRETARIAT, at(councilDeadline.plusDays(2), 3, 0));
            List<Object[]> votes = new ArrayList<>();
            int order = 0;
            for (String member : DemoPlan.MEMBERS) {
                if (members.containsKey(member)) {
                    votes.add(new Object[] {
                        decisionId,
                        members.get(member),
                        "APPROVE",
                        "Nhất trí với kết quả thẩm định của khối.",
                        voted.plusMinutes(17L * order++)
                    });
                }
            }
            insertRows("INSERT INTO council_vote (decision_id, member_id, vote, comment, voted_at)", votes);
        }
        log.info(
                "Demo data: {} appraised and published ({} units, {} items, {} ms)",
                year,
                plans.size(),
                appraisalItems.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** The unit's items and survey points, fitted to its planned index. */
    private UnitPlan plan(
            Unit unit,
            CriteriaTree tree,
            BigDecimal target,
            String member,
            String submitter,
            boolean late,
            int year,
            Random random) {
        Map<Long, ScoreRule> rules = tree.scoreRules(unit.id());
        List<DemoScoreFitter.Slot> slots = new ArrayList<>();
        Map<Long, BigDecimal> surveyMaxima = new LinkedHashMap<>();
        List<ScoreRule> adjustmentLines = new ArrayList<>();
        for (ScoreRule rule : rules.values()) {
            if (rule.applicable() && rule.method() == ScoringMethod.SURVEY) {
                surveyMaxima.put(rule.nodeId(), rule.highest());
            } else if (rule.selfScored() && rule.level() == NodeLevel.COMPONENT) {
                slots.add(new DemoScoreFitter.Slot(rule.nodeId(), DemoScoreFitter.grid(rule.scoring())));
            } else if (rule.selfScored() && rule.level() == NodeLevel.ADJUSTMENT) {
                adjustmentLines.add(rule);
            }
        }
        List<DemoPlan.Adjustment> adjustments = DemoPlan.adjustments(unit.code(), year);
        BigDecimal adjustmentSum = DemoScoreFitter.sum(
                adjustments.stream().map(DemoPlan.Adjustment::decided).toList());
        DemoScoreFitter.UnitFit fit =
                DemoScoreFitter.fit(slots, surveyMaxima, adjustmentSum, target, tree.maximumFor(unit.id()), random);

        double strictness = DemoPlan.STRICTNESS.getOrDefault(member, 0.1);
        List<PlannedItem> items = new ArrayList<>();
        int index = 0;
        for (DemoScoreFitter.Slot slot : slots) {
            ScoreRule rule = rules.get(slot.key());
            DemoItemStory story =
                    DemoItemStory.of(slot.values(), fit.components().get(slot.key()), strictness, random);
            String note = index++ % 4 == 0
                    ? "Đơn vị tự chấm theo kết quả thực hiện năm " + year + " (tiêu chí " + rule.code() + ")."
                    : null;
            items.add(new PlannedItem(rule.nodeId(), NodeLevel.COMPONENT, story, note));
        }
        for (ScoreRule line : adjustmentLines) {
            DemoPlan.Adjustment adjustment = adjustments.stream()
                    .filter(candidate -> candidate.lineCode().equals(line.code()))
                    .findFirst()
                    .orElse(null);
            items.add(new PlannedItem(line.nodeId(), NodeLevel.ADJUSTMENT, adjustmentStory(adjustment), null));
        }
        return new UnitPlan(unit, tree.setId(), member, submitter, late, items, fit.survey());
    }

    private static DemoItemStory adjustmentStory(DemoPlan.Adjustment adjustment) {
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        if (adjustment == null) {
            return new DemoItemStory(zero, zero, zero, null, null, null, null);
        }
        String comment = adjustment.decided().signum() < 0
                ? "Đơn vị gửi báo cáo tự đánh giá và tài liệu kiểm chứng chậm so với thời hạn."
                : adjustment.decided().compareTo(adjustment.claimed()) < 0
                        ? "Mô hình mới được áp dụng trong phạm vi đơn vị, chưa được nhân rộng toàn tỉnh."
                        : null;
        return new DemoItemStory(
                adjustment.claimed(), adjustment.decided(), adjustment.decided(), comment, null, null, null);
    }

    /** One member per unit of the period (see {@link DemoPlan#assignments}); returns unit code to member. */
    private Map<String, String> assign(PeriodSummary period, List<Unit> units, List<User> users, LocalDateTime at) {
        Map<String, Long> members = memberIds(users);
        Map<Long, String> unitCodes = new HashMap<>();
        units.forEach(unit -> unitCodes.put(unit.id(), unit.code()));
        Map<String, String> memberUnits = new HashMap<>();
        users.stream()
                .filter(user -> members.containsKey(user.username()) && user.unitId() != null)
                .forEach(user -> memberUnits.put(user.username(), unitCodes.get(user.unitId())));
        Map<String, String> byUnit =
                DemoPlan.assignments(units.stream().map(Unit::code).toList(), memberUnits, period.year());
        List<Object[]> rows = new ArrayList<>();
        for (Unit unit : units) {
            Long memberId = members.get(byUnit.get(unit.code()));
            if (memberId != null) {
                rows.add(new Object[] {period.id(), unit.id(), memberId, SECRETARIAT, at});
            }
        }
        insertRows("INSERT INTO appraisal_assignment (period_id, unit_id, member_id, assigned_by, assigned_at)", rows);
        return byUnit;
    }

    private static Map<String, Long> memberIds(List<User> users) {
        Map<String, Long> members = new LinkedHashMap<>();
        users.stream()
                .filter(user -> user.role().equals("COUNCIL_MEMBER") && DemoPlan.MEMBERS.contains(user.username()))
                .forEach(user -> members.put(user.username(), user.id()));
        return members;
    }

    private Map<Long, Long> idsByUnit(String sql, long periodId) {
        Map<Long, Long> ids = new HashMap<>();
        jdbc.query(
                sql,
                rs -> {
                    ids.put(rs.getLong(1), rs.getLong(2));
                },
                periodId);
        return ids;
    }

    private long insertReturningId(String sql, Object... values) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    var statement = connection.prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS);
                    for (int i = 0; i < values.length; i++) {
                        statement.setObject(i + 1, values[i]);
                    }
                    return statement;
                },
                keys);
        return keys.getKey().longValue();
    }

    /** A moment on the day (UTC, office hours in Vietnam), varied per unit so the history looks lived in. */
    private static LocalDateTime at(LocalDate day, int hour, long salt) {
        return day.atTime(hour, (int) Math.floorMod(salt * 7, 60));
    }

    private record UnitPlan(
            Unit unit,
            long setId,
            String member,
            String submitter,
            boolean late,
            List<PlannedItem> items,
            Map<Long, BigDecimal> survey) {

        LocalDateTime submittedAt(LocalDate deadline) {
            return late
                    ? at(deadline.plusDays(3), 8, unit.id())
                    : at(deadline.minusDays(1 + Math.floorMod(unit.id(), 8)), 3, unit.id());
        }
    }

    private static final class PlannedItem {
        final long nodeId;
        final NodeLevel level;
        final DemoItemStory story;
        final String note;
        long scoreItemId;

        PlannedItem(long nodeId, NodeLevel level, DemoItemStory story, String note) {
            this.nodeId = nodeId;
            this.level = level;
            this.story = story;
            this.note = note;
        }
    }

    /**
     * Multi-row inserts, a few hundred rows a statement: a year of history is a handful of statements.
     *
     * @param head {@code INSERT INTO table (columns)}; every row gives a value per column
     */
    private void insertRows(String head, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            int columns = chunk.get(0).length;
            String row = "(" + String.join(", ", java.util.Collections.nCopies(columns, "?")) + ")";
            String sql = head + " VALUES " + String.join(", ", java.util.Collections.nCopies(chunk.size(), row));
            Object[] values = new Object[chunk.size() * columns];
            for (int i = 0; i < chunk.size(); i++) {
                System.arraycopy(chunk.get(i), 0, values, i * columns, columns);
            }
            jdbc.update(sql, values);
        }
    }

    /**
     * Ids from a sequence the way Hibernate's pooled optimizer reads it: a value v stands for the ids
     * v-49 to v, so the ids taken here never meet the ones the entities take later. All the values
     * needed are drawn in one statement.
     */
    private final class IdBlock {
        private final java.util.ArrayDeque<Long> ids = new java.util.ArrayDeque<>();

        IdBlock(String sequence, int count) {
            int draws = count / SEQUENCE_BLOCK + 2;
            List<Long> values = jdbc.queryForList(
                    "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)" + " SELECT NEXTVAL("
                            + sequence + ") FROM n",
                    Long.class,
                    draws);
            for (long value : values.stream().sorted().toList()) {
                for (long id = Math.max(1, value - SEQUENCE_BLOCK + 1); id <= value; id++) {
                    ids.add(id);
                }
            }
        }

        long next() {
            Long id = ids.poll();
            if (id == null) {
                throw new IllegalStateException("Fewer ids reserved than needed");
            }
            return id;
        }
    }
}
