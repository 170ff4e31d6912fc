package vn.parindex.criteria.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CriteriaChangeRepository extends JpaRepository<CriteriaChange, Long> {

    List<CriteriaChange> findBySetIdOrderByIdDesc(long setId);
}
