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
    @Query(nativeQuery = true, value = """
            select n.id, n.parent_id, n.level, n.code, n.method, n.max_points, n.range_min, n.range_max,
                   n.step, n.evidence_required, c.choice_value,
                   exists(select 1 from criteria_not_applicable na
                          where na.node_id = n.id and na.unit_id = :unitId) as excluded
            from criteria_node n
            left join criteria_choice c on c.node_id = n.id
            where n.set_id = :setId
            order by n.position, c.position
            """)
    List<Object[]> scoringRows(@Param("setId") long setId, @Param("unitId") long unitId);
}
