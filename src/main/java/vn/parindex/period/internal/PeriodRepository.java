package vn.parindex.period.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PeriodRepository extends JpaRepository<AssessmentPeriod, Long> {

    List<AssessmentPeriod> findAllByOrderByYearDesc();

    Optional<AssessmentPeriod> findFirstByYearLessThanOrderByYearDesc(int year);

    boolean existsByYear(int year);

    Optional<AssessmentPeriod> findByYear(int year);

    /**
     * The period's phase and a unit's deadline for a phase (its latest extension, else the period's)
     * in one statement: checked on every save.
     */
    @Query(nativeQuery = true, value = """
            select p.phase,
                   coalesce((select e.deadline from deadline_extension e
                             where e.period_id = p.id and e.unit_id = :unitId and e.phase = :phase
                             order by e.created_at desc limit 1),
                            (select d.deadline from period_deadline d
                             where d.period_id = p.id and d.phase = :phase)) as deadline
            from assessment_period p
            where p.id = :periodId
            """)
    List<Object[]> unitDeadline(
            @Param("periodId") long periodId, @Param("unitId") long unitId, @Param("phase") String phase);
}
