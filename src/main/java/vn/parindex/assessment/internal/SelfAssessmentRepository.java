package vn.parindex.assessment.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SelfAssessmentRepository extends JpaRepository<SelfAssessment, Long> {

    Optional<SelfAssessment> findByPeriodIdAndUnitId(long periodId, long unitId);

    List<SelfAssessment> findByPeriodId(long periodId);
}
