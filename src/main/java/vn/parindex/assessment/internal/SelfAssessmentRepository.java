package vn.parindex.assessment.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SelfAssessmentRepository extends JpaRepository<SelfAssessment, Long> {

    Optional<SelfAssessment> findByPeriodIdAndUnitId(long periodId, long unitId);

    List<SelfAssessment> findByPeriodId(long periodId);

    /** Each assessment of a period as the overview lists it, without loading entities. */
    @Query("""
            select new vn.parindex.assessment.internal.AssessmentState(
                a.id, a.unitId, a.version, a.state, a.submittedAt, a.withdrawnAt)
            from SelfAssessment a where a.periodId = :periodId
            """)
    List<AssessmentState> statesInPeriod(@Param("periodId") long periodId);

    /** Reads and locks the assessment, so a save, a submission or a return never interleave. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from SelfAssessment a where a.id = :id")
    Optional<SelfAssessment> findForUpdate(@Param("id") long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from SelfAssessment a where a.periodId = :periodId and a.unitId = :unitId")
    Optional<SelfAssessment> findForUpdate(@Param("periodId") long periodId, @Param("unitId") long unitId);
}
