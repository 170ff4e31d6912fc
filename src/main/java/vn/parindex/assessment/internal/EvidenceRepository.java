package vn.parindex.assessment.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EvidenceRepository extends JpaRepository<Evidence, Long> {

    List<Evidence> findByPeriodIdAndUnitIdOrderByAddedAtDescIdDesc(long periodId, long unitId);

    List<Evidence> findByPeriodId(long periodId);

    Optional<Evidence> findByPeriodIdAndUnitIdAndSha256(long periodId, long unitId, String sha256);

    long countBySha256(String sha256);
}
