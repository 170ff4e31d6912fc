package vn.parindex.period.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PeriodRepository extends JpaRepository<AssessmentPeriod, Long> {

    List<AssessmentPeriod> findAllByOrderByYearDesc();

    Optional<AssessmentPeriod> findFirstByYearLessThanOrderByYearDesc(int year);

    boolean existsByYear(int year);

    Optional<AssessmentPeriod> findByYear(int year);
}
