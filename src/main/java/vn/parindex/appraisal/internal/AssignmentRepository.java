package vn.parindex.appraisal.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    List<Assignment> findByPeriodIdOrderByUnitIdAscIdAsc(long periodId);

    List<Assignment> findByPeriodIdAndUnitId(long periodId, long unitId);

    List<Assignment> findByPeriodIdAndMemberId(long periodId, long memberId);

    List<Assignment> findByPeriodIdAndUnitIdAndMemberId(long periodId, long unitId, long memberId);
}
