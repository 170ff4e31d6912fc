package vn.parindex.criteria.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CriteriaNodeRepository extends JpaRepository<CriteriaNode, Long> {

    List<CriteriaNode> findBySetIdOrderByPositionAsc(long setId);
}
