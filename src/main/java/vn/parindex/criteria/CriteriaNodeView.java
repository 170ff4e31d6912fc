package vn.parindex.criteria;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.parindex.shared.Locales;

/** One node of a criteria set as read back, with its children in order. */
public record CriteriaNodeView(
        long id,
        Long parentId,
        NodeLevel level,
        String code,
        String nameVi,
        String nameEn,
        Scoring scoring,
        boolean evidenceRequired,
        String guidanceVi,
        String guidanceEn,
        MappingKind mapping,
        Set<Long> sourceIds,
        long version,
        List<CriteriaNodeView> children) {

    public String name(Locale locale) {
        return Locales.pick(locale, nameVi, nameEn);
    }

    public String guidance(Locale locale) {
        return Locales.pick(locale, guidanceVi, guidanceEn);
    }

    public BigDecimal maxPoints() {
        return scoring.maxPoints();
    }

    public ScoringMethod method() {
        return scoring.method();
    }

    /** The node's declared maximum (zero when not yet set). */
    public BigDecimal total() {
        return scoring.total();
    }

    /** The sum of the children's declared maxima; must equal {@link #total()} for areas and criteria. */
    public BigDecimal childrenTotal() {
        return children.stream().map(CriteriaNodeView::total).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public NodeDraft toDraft() {
        return new NodeDraft(level, nameVi, nameEn, scoring, evidenceRequired, guidanceVi, guidanceEn);
    }
}
