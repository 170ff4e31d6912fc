package vn.parindex.criteria;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.criteria.internal.CriteriaNodeRepository;
import vn.parindex.criteria.internal.CriteriaSet;
import vn.parindex.criteria.internal.CriteriaSetRepository;
import vn.parindex.criteria.internal.CriteriaTrees;
import vn.parindex.criteria.internal.NotApplicableRepository;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.shared.BusinessRuleException;

/** Reads criteria sets; everyone signed in may read them. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class CriteriaCatalog {

    private final CriteriaSetRepository sets;
    private final CriteriaNodeRepository nodes;
    private final NotApplicableRepository notApplicable;
    private final PeriodDirectory periods;

    CriteriaCatalog(
            CriteriaSetRepository sets,
            CriteriaNodeRepository nodes,
            NotApplicableRepository notApplicable,
            PeriodDirectory periods) {
        this.sets = sets;
        this.nodes = nodes;
        this.notApplicable = notApplicable;
        this.periods = periods;
    }

    /** The sets of a period, one per block, as (set id, block id). */
    public List<CriteriaSetRef> sets(long periodId) {
        return sets.findByPeriodId(periodId).stream()
                .map(set -> new CriteriaSetRef(set.getId(), set.getPeriodId(), set.getBlockId()))
                .toList();
    }

    public Optional<CriteriaSetRef> set(long periodId, long blockId) {
        return sets.findByPeriodIdAndBlockId(periodId, blockId)
                .map(set -> new CriteriaSetRef(set.getId(), set.getPeriodId(), set.getBlockId()));
    }

    /** The whole set in a constant number of queries, whatever its size. */
    public CriteriaTree tree(long setId) {
        CriteriaSet set = sets.findById(setId).orElseThrow(() -> new BusinessRuleException("criteria.setNotFound"));
        return CriteriaTrees.assemble(
                set,
                periods.period(set.getPeriodId()),
                nodes.findBySetIdOrderByPositionAsc(setId),
                notApplicable.findBySetId(setId));
    }

    /**
     * The scoring rules of every scored node of a set for one unit, read in a single statement: what a
     * save checks values against without assembling the whole tree.
     */
    public Map<Long, ScoreRule> scoreRules(long setId, long unitId) {
        Map<Long, RuleRow> rows = new LinkedHashMap<>();
        for (Object[] row : nodes.scoringRows(setId, unitId)) {
            long id = ((Number) row[0]).longValue();
            RuleRow rule = rows.computeIfAbsent(id, key -> new RuleRow(row));
            if (row[10] != null) {
                rule.choices.add((BigDecimal) row[10]);
            }
        }
        Map<Long, ScoreRule> rules = new LinkedHashMap<>();
        for (RuleRow row : rows.values()) {
            if (row.level.scored()) {
                rules.put(row.id, row.toRule(applicable(row, rows)));
            }
        }
        return rules;
    }

    private static boolean applicable(RuleRow row, Map<Long, RuleRow> rows) {
        for (RuleRow node = row; node != null; node = node.parentId == null ? null : rows.get(node.parentId)) {
            if (node.excluded) {
                return false;
            }
        }
        return true;
    }

    /** One node as the scoring query returns it, before its choices are gathered. */
    private static final class RuleRow {
        final long id;
        final Long parentId;
        final NodeLevel level;
        final String code;
        final ScoringMethod method;
        final BigDecimal maxPoints;
        final BigDecimal rangeMin;
        final BigDecimal rangeMax;
        final BigDecimal step;
        final boolean evidenceRequired;
        final boolean excluded;
        final List<BigDecimal> choices = new ArrayList<>();

        RuleRow(Object[] row) {
            id = ((Number) row[0]).longValue();
            parentId = row[1] == null ? null : ((Number) row[1]).longValue();
            level = NodeLevel.valueOf((String) row[2]);
            code = (String) row[3];
            method = row[4] == null ? null : ScoringMethod.valueOf((String) row[4]);
            maxPoints = (BigDecimal) row[5];
            rangeMin = (BigDecimal) row[6];
            rangeMax = (BigDecimal) row[7];
            step = (BigDecimal) row[8];
            evidenceRequired = isTrue(row[9]);
            excluded = isTrue(row[11]);
        }

        ScoreRule toRule(boolean applicable) {
            return new ScoreRule(
                    id,
                    code,
                    level,
                    method,
                    maxPoints,
                    rangeMin,
                    rangeMax,
                    step,
                    List.copyOf(choices),
                    evidenceRequired,
                    applicable);
        }

        private static boolean isTrue(Object value) {
            return value instanceof Boolean flag ? flag : value != null && ((Number) value).intValue() != 0;
        }
    }
}
