package vn.parindex.criteria.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CriteriaSetRepository extends JpaRepository<CriteriaSet, Long> {

    List<CriteriaSet> findByPeriodId(long periodId);

    Optional<CriteriaSet> findByPeriodIdAndBlockId(long periodId, long blockId);
}
