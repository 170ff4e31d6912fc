package vn.parindex.criteria.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CriteriaNodeRepository extends JpaRepository<CriteriaNode, Long> {

    List<CriteriaNode> findBySetIdOrderByPositionAsc(long setId);

    /**
     * Every node of a set with what scoring needs, one row per allowed choice, and whether the unit is
     * excluded from the node itself: one statement whatever the size of the set.
     */
    @Query("""
            select new vn.parindex.criteria.internal.ScoringRow(n.id, n.parentId, n.level, n.code, n.method,
                   n.maxPoints, n.rangeMin, n.rangeMax, n.step, n.evidenceRequired,
                   c.value, c.descriptionVi, c.descriptionEn,
                   exists(select 1 from NotApplicable na where na.nodeId = n.id and na.unitId = :unitId))
            from CriteriaNode n left join n.choices c
            where n.setId = :setId
            order by n.position, index(c)
            """)
    List<ScoringRow> scoringRows(@Param("setId") long setId, @Param("unitId") long unitId);
}
