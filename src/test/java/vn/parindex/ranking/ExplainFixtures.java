package vn.parindex.ranking;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.appraisal.AppraisalFixtures;
import vn.parindex.appraisal.AppraisalRows;
import vn.parindex.assessment.AssessmentFixtures;
import vn.parindex.assessment.OwnPeriods;
import vn.parindex.criteria.CriteriaEditor;
import vn.parindex.criteria.ImportedNode;
import vn.parindex.criteria.MappingKind;
import vn.parindex.criteria.NodeDraft;
import vn.parindex.criteria.NodeLevel;
import vn.parindex.criteria.Scoring;
import vn.parindex.criteria.ScoringMethod;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.period.Phase;
import vn.parindex.ranking.internal.PublicationStore;
import vn.parindex.ranking.internal.ResultHistory;
import vn.parindex.support.SignIn;

/**
 * The explanation tests' own two years (2036 and 2037, in every block) with criteria mapped between
 * them: area 1 keeps criterion 1.1 (SAME, a component not applicable to the unit added), splits 1.2
 * into 1.2 and 1.3; area 2 merges 2.1 and 2.2 into 2.1 and adds a NEW 2.2. Scores are written straight
 * into the tables (the appraisal's own services are tested elsewhere).
 */
final class ExplainFixtures {

    static final int LAST_YEAR = 2036;
    static final int THIS_YEAR = 2037;

    private ExplainFixtures() {}

    record Years(long lastYear, long thisYear) {}

    /** Both periods with their mapped sets, created once; signs in as the secretariat. */
    static synchronized Years years(ApplicationContext context) {
        AppraisalFixtures.guard(context);
        SignIn.as(context, "noivu");
        PeriodDirectory periods = context.getBean(PeriodDirectory.class);
        if (periods.byYear(THIS_YEAR).isPresent()) {
            return new Years(
                    periods.byYear(LAST_YEAR).orElseThrow().id(),
                    periods.byYear(THIS_YEAR).orElseThrow().id());
        }
        long last = OwnPeriods.prepare(context, LAST_YEAR, lastYearSet());
        long current = OwnPeriods.prepare(context, THIS_YEAR, thisYearSet());
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        CriteriaEditor editor = context.getBean(CriteriaEditor.class);
        List<Long> blocks = jdbc.queryForList("select id from org_block", Long.class);
        for (long block : blocks) {
            map(jdbc, editor, last, current, block, "1", MappingKind.SAME, "1");
            map(jdbc, editor, last, current, block, "2", MappingKind.SAME, "2");
            map(jdbc, editor, last, current, block, "1.1", MappingKind.SAME, "1.1");
            map(jdbc, editor, last, current, block, "1.1.1", MappingKind.SAME, "1.1.1");
            map(jdbc, editor, last, current, block, "1.1.2", MappingKind.NEW);
            map(jdbc, editor, last, current, block, "1.2", MappingKind.SPLIT, "1.2");
            map(jdbc, editor, last, current, block, "1.3", MappingKind.SPLIT, "1.2");
            map(jdbc, editor, last, current, block, "1.2.1", MappingKind.SPLIT, "1.2.1");
            map(jdbc, editor, last, current, block, "1.3.1", MappingKind.SPLIT, "1.2.2");
            map(jdbc, editor, last, current, block, "2.1", MappingKind.MERGED, "2.1", "2.2");
            map(jdbc, editor, last, current, block, "2.1.1", MappingKind.MERGED, "2.1.1", "2.2.1");
            map(jdbc, editor, last, current, block, "2.2", MappingKind.NEW);
            map(jdbc, editor, last, current, block, "2.2.1", MappingKind.NEW);
            map(jdbc, editor, last, current, block, "T1", MappingKind.SAME, "T1");
        }
        AppraisalRows.phase(jdbc, last, Phase.COUNCIL_APPROVAL);
        AppraisalRows.phase(jdbc, current, Phase.COUNCIL_APPROVAL);
        return new Years(last, current);
    }

    private static void map(
            JdbcTemplate jdbc,
            CriteriaEditor editor,
            long lastPeriod,
            long thisPeriod,
            long block,
            String code,
            MappingKind kind,
            String... sources) {
        Set<Long> ids = new java.util.HashSet<>();
        for (String source : sources) {
            ids.add(node(jdbc, lastPeriod, block, source));
        }
        editor.setMapping(node(jdbc, thisPeriod, block, code), kind, ids);
    }

    static long node(JdbcTemplate jdbc, long periodId, long blockId, String code) {
        return jdbc.queryForObject(
                "select n.id from criteria_node n join criteria_set s on s.id = n.set_id"
                        + " where s.period_id = ? and s.block_id = ? and n.code = ?",
                Long.class,
                periodId,
                blockId,
                code);
    }

    /**
     * 2036, 100 points: 1 (60) = 1.1 (30: 1.1.1 of 30) + 1.2 (30: 1.2.1 of 20, 1.2.2 of 10); 2 (40) =
     * 2.1 (20: 2.1.1 of 20) + 2.2 (20: 2.2.1, a survey of 20); bonus T1 of 0 to 2.
     */
    static List<ImportedNode> lastYearSet() {
        List<ImportedNode> rows = new ArrayList<>();
        rows.add(group(NodeLevel.AREA, "1", "60"));
        rows.add(group(NodeLevel.CRITERION, "1.1", "30"));
        rows.add(component("1.1.1", ScoringMethod.RANGE, "30"));
        rows.add(group(NodeLevel.CRITERION, "1.2", "30"));
        rows.add(component("1.2.1", ScoringMethod.RANGE, "20"));
        rows.add(component("1.2.2", ScoringMethod.RANGE, "10"));
        rows.add(group(NodeLevel.AREA, "2", "40"));
        rows.add(group(NodeLevel.CRITERION, "2.1", "20"));
        rows.add(component("2.1.1", ScoringMethod.RANGE, "20"));
        rows.add(group(NodeLevel.CRITERION, "2.2", "20"));
        rows.add(component("2.2.1", ScoringMethod.SURVEY, "20"));
        rows.add(bonus());
        return rows;
    }

    /**
     * 2037, 100 points: 1 (60) = 1.1 (30: 1.1.1 of 20, 1.1.2 of 10) + 1.2 (15: 1.2.1) + 1.3 (15:
     * 1.3.1); 2 (40) = 2.1 (30: 2.1.1) + 2.2 (10: 2.2.1); bonus T1 of 0 to 2.
     */
    static List<ImportedNode> thisYearSet() {
        List<ImportedNode> rows = new ArrayList<>();
        rows.add(group(NodeLevel.AREA, "1", "60"));
        rows.add(group(NodeLevel.CRITERION, "1.1", "30"));
        rows.add(component("1.1.1", ScoringMethod.RANGE, "20"));
        rows.add(component("1.1.2", ScoringMethod.RANGE, "10"));
        rows.add(group(NodeLevel.CRITERION, "1.2", "15"));
        rows.add(component("1.2.1", ScoringMethod.RANGE, "15"));
        rows.add(group(NodeLevel.CRITERION, "1.3", "15"));
        rows.add(component("1.3.1", ScoringMethod.RANGE, "15"));
        rows.add(group(NodeLevel.AREA, "2", "40"));
        rows.add(group(NodeLevel.CRITERION, "2.1", "30"));
        rows.add(component("2.1.1", ScoringMethod.RANGE, "30"));
        rows.add(group(NodeLevel.CRITERION, "2.2", "10"));
        rows.add(component("2.2.1", ScoringMethod.RANGE, "10"));
        rows.add(bonus());
        return rows;
    }

    /**
     * Both years with the explained unit HCG's scores and the rest of its block, 2036 published and
     * 2037 a draft in COUNCIL_APPROVAL (see {@code UnitDetailsTest} for the figures); created once.
     */
    static synchronized Years constructedCase(ApplicationContext context) {
        Years years = years(context);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        long unitId = AssessmentFixtures.unit(context, "HCG").id();
        if (jdbc.queryForObject(
                        "select count(*) from self_assessment where period_id = ? and unit_id = ?",
                        Integer.class,
                        years.thisYear(),
                        unitId)
                > 0) {
            return years;
        }
        // 2036: 24 + (16 + 8) + 15 + survey 12 + bonus 1 = 76 of 100
        appraised(
                jdbc,
                years.lastYear(),
                "HCG",
                context,
                item("1.1.1", "26", "24", "24"),
                item("1.2.1", "16", null, null),
                item("1.2.2", "9", "8", null),
                item("2.1.1", "15", "15", "15"),
                item("T1", "1", "1", "1"));
        survey(jdbc, years.lastYear(), unitId, AppraisalRows.node(jdbc, years.lastYear(), unitId, "2.2.1"), "12");
        // 2037: 1.1.2 does not apply to the unit (max 90); 18 + 12 + 13 + 25 + 6 + bonus 2 = 76 of 90
        SignIn.as(context, "noivu");
        context.getBean(CriteriaEditor.class)
                .setApplicable(
                        AppraisalRows.node(jdbc, years.thisYear(), unitId, "1.1.2"),
                        unitId,
                        false,
                        "Không thuộc chức năng của đơn vị");
        appraised(
                jdbc,
                years.thisYear(),
                "HCG",
                context,
                item("1.1.1", "20", "18", null),
                item("1.1.2", "5", "5", "5"),
                item("1.2.1", "12", "12", "12"),
                item("1.3.1", "15", "13", "13"),
                item("2.1.1", "25", null, "25"),
                item("2.2.1", "6", "6", "6"),
                item("T1", "2", "2", "2"));
        // The rest of the block: HBG 80 then 82 (HCG overtakes it), HGL 70 then 90 (overtakes HCG),
        // every other unit 60 in both years.
        String[] lastCodes = {"1.1.1", "1.2.1", "1.2.2", "2.1.1"};
        String[] lastMaxima = {"30", "20", "10", "20"};
        String[] thisCodes = {"1.1.1", "1.1.2", "1.2.1", "1.3.1", "2.1.1", "2.2.1"};
        String[] thisMaxima = {"20", "10", "15", "15", "30", "10"};
        long block = AssessmentFixtures.unit(context, "HCG").blockId();
        long passed = AssessmentFixtures.unit(context, "HBG").id();
        long passing = AssessmentFixtures.unit(context, "HGL").id();
        for (long other : AppraisalRows.units(jdbc, block)) {
            if (other == unitId) {
                continue;
            }
            String last = other == passed ? "80" : other == passing ? "70" : "60";
            String now = other == passed ? "82" : other == passing ? "90" : "60";
            appraisedTo(jdbc, years.lastYear(), other, new BigDecimal(last), lastCodes, lastMaxima);
            appraisedTo(jdbc, years.thisYear(), other, new BigDecimal(now), thisCodes, thisMaxima);
        }
        // a pending explanation: HCG asked about 1.1.1 (self 20, appraised 18) and answered
        jdbc.update(
                "update appraisal_item set question = 'Vì sao?', answer = 'Đã có văn bản', explanation_accepted = null"
                        + " where score_item_id = (select i.id from score_item i join self_assessment a"
                        + " on a.id = i.assessment_id where a.period_id = ? and a.unit_id = ? and i.node_id = ?)",
                years.thisYear(),
                unitId,
                AppraisalRows.node(jdbc, years.thisYear(), unitId, "1.1.1"));
        SignIn.as(context, "noivu");
        BlockResults lastYear = context.getBean(ResultHistory.class).draft(years.lastYear(), block);
        context.getBean(PublicationStore.class).save(lastYear, null, Instant.now(), "noivu");
        SignIn.out();
        return years;
    }

    private static String[] item(String code, String self, String appraised, String finalScore) {
        return new String[] {code, self, appraised, finalScore};
    }

    /** A final appraisal of the unit in the period with these scores: code, self, appraised, final. */
    static long appraised(
            JdbcTemplate jdbc, long periodId, String unitCode, ApplicationContext context, String[]... items) {
        long unitId = AssessmentFixtures.unit(context, unitCode).id();
        long appraisal = AppraisalRows.appraisal(jdbc, periodId, unitId, "FINAL", false);
        for (String[] item : items) {
            AppraisalRows.item(
                    jdbc,
                    appraisal,
                    AppraisalRows.node(jdbc, periodId, unitId, item[0]),
                    decimal(item[1]),
                    decimal(item[2]),
                    decimal(item[3]),
                    "hoidong1");
        }
        return appraisal;
    }

    /** Survey points of one unit and component, in the period's active import (created when missing). */
    static void survey(JdbcTemplate jdbc, long periodId, long unitId, long nodeId, String points) {
        Long existing = jdbc.queryForObject(
                "select max(id) from survey_import where period_id = ? and active = true", Long.class, periodId);
        if (existing == null) {
            jdbc.update(
                    "insert into survey_import (period_id, file_name, active, imported_by, imported_at)"
                            + " values (?, 'explain.csv', true, 'fixture', ?)",
                    periodId,
                    Timestamp.from(Instant.now()));
        }
        long importId = jdbc.queryForObject(
                "select max(id) from survey_import where period_id = ? and active = true", Long.class, periodId);
        jdbc.update(
                "insert into survey_point (import_id, unit_id, node_id, points) values (?, ?, ?, ?)",
                importId,
                unitId,
                nodeId,
                new BigDecimal(points));
    }

    /**
     * A final appraisal of the unit whose scores fill the given components in order, each up to its
     * maximum, until they reach {@code total}.
     */
    static void appraisedTo(
            JdbcTemplate jdbc, long periodId, long unitId, BigDecimal total, String[] codes, String[] maxima) {
        long appraisal = AppraisalRows.appraisal(jdbc, periodId, unitId, "FINAL", false);
        BigDecimal left = total;
        for (int i = 0; i < codes.length; i++) {
            BigDecimal score = left.min(new BigDecimal(maxima[i]));
            left = left.subtract(score);
            AppraisalRows.item(
                    jdbc,
                    appraisal,
                    AppraisalRows.node(jdbc, periodId, unitId, codes[i]),
                    score,
                    score,
                    score,
                    "hoidong1");
        }
    }

    static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private static ImportedNode group(NodeLevel level, String code, String max) {
        return new ImportedNode(code, NodeDraft.group(level, "Nhóm " + code, "Group " + code, new BigDecimal(max)));
    }

    private static ImportedNode bonus() {
        return new ImportedNode(
                "T1",
                new NodeDraft(
                        NodeLevel.ADJUSTMENT,
                        "Điểm thưởng",
                        "Bonus",
                        Scoring.adjustment(BigDecimal.ZERO, new BigDecimal("2"), new BigDecimal("0.5")),
                        false,
                        null,
                        null));
    }

    private static ImportedNode component(String code, ScoringMethod method, String max) {
        BigDecimal points = new BigDecimal(max);
        boolean range = method == ScoringMethod.RANGE;
        return new ImportedNode(
                code,
                new NodeDraft(
                        NodeLevel.COMPONENT,
                        "Thành phần " + code,
                        "Component " + code,
                        new Scoring(
                                method,
                                points,
                                range ? BigDecimal.ZERO : null,
                                range ? points : null,
                                range ? new BigDecimal("0.5") : null,
                                List.of()),
                        false,
                        null,
                        null));
    }
}
