package vn.parindex.period.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.parindex.period.Phase;

public interface PeriodRepository extends JpaRepository<AssessmentPeriod, Long> {

    List<AssessmentPeriod> findAllByOrderByYearDesc();

    Optional<AssessmentPeriod> findFirstByYearLessThanOrderByYearDesc(int year);

    boolean existsByYear(int year);

    Optional<AssessmentPeriod> findByYear(int year);

    /**
     * The period's phase, its deadline for a phase and the unit's latest extension of it, in one
     * statement: checked on every save. Which one counts is {@code UnitDeadline.of}'s decision.
     */
    @Query("""
            select new vn.parindex.period.internal.DeadlineRow(p.phase,
                (select d from AssessmentPeriod q join q.deadlines d where q.id = p.id and key(d) = :phase),
                (select e.deadline from DeadlineExtension e
                 where e.periodId = p.id and e.unitId = :unitId and e.phase = :phase
                 order by e.createdAt desc, e.id desc limit 1))
            from AssessmentPeriod p where p.id = :periodId
            """)
    Optional<DeadlineRow> unitDeadline(
            @Param("periodId") long periodId, @Param("unitId") long unitId, @Param("phase") Phase phase);

    /** Every unit's latest extension of a phase's deadline in a period, in one statement. */
    @Query("""
            select new vn.parindex.period.internal.ExtensionRow(e.unitId, e.deadline) from DeadlineExtension e
            where e.periodId = :periodId and e.phase = :phase
              and not exists(select 1 from DeadlineExtension later
                             where later.periodId = e.periodId and later.unitId = e.unitId
                               and later.phase = e.phase
                               and (later.createdAt > e.createdAt
                                    or (later.createdAt = e.createdAt and later.id > e.id)))
            """)
    List<ExtensionRow> latestExtensions(@Param("periodId") long periodId, @Param("phase") Phase phase);
}
