package vn.parindex.period.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.parindex.period.Phase;

public interface DeadlineExtensionRepository extends JpaRepository<DeadlineExtension, Long> {

    List<DeadlineExtension> findByPeriodIdOrderByCreatedAtDesc(long periodId);

    Optional<DeadlineExtension> findFirstByPeriodIdAndUnitIdAndPhaseOrderByCreatedAtDesc(
            long periodId, long unitId, Phase phase);
}
