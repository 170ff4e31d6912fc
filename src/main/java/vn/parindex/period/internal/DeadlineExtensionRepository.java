package vn.parindex.period.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeadlineExtensionRepository extends JpaRepository<DeadlineExtension, Long> {

    List<DeadlineExtension> findByPeriodIdOrderByCreatedAtDesc(long periodId);
}
