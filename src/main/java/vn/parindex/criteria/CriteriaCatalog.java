package vn.parindex.criteria;

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
import vn.parindex.criteria.internal.ScoringRow;
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
        Map<Long, List<ScoringRow>> rowsByNode = new LinkedHashMap<>();
        for (ScoringRow row : nodes.scoringRows(setId, unitId)) {
            rowsByNode.computeIfAbsent(row.id(), id -> new ArrayList<>()).add(row);
        }
        return ScoreRules.of(
                rowsByNode.values().stream().map(CriteriaCatalog::node).toList());
    }

    private static ScoreRules.Node node(List<ScoringRow> rows) {
        ScoringRow first = rows.get(0);
        List<Choice> choices = rows.stream()
                .filter(row -> row.choiceValue() != null)
                .map(row -> new Choice(row.choiceValue(), row.choiceVi(), row.choiceEn()))
                .toList();
        return new ScoreRules.Node(
                first.id(),
                first.parentId(),
                first.level(),
                first.code(),
                new Scoring(
                        first.method(), first.maxPoints(), first.rangeMin(), first.rangeMax(), first.step(), choices),
                Boolean.TRUE.equals(first.evidenceRequired()),
                Boolean.TRUE.equals(first.excluded()));
    }
}
