package vn.parindex.criteria;

import java.util.List;
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
}
