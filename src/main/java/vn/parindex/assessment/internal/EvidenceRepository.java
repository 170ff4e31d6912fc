package vn.parindex.assessment.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EvidenceRepository extends JpaRepository<Evidence, Long> {

    List<Evidence> findByPeriodIdAndUnitIdOrderByAddedAtDescIdDesc(long periodId, long unitId);

    /** Per unit of the period: how many entries and when the last was added, in one statement. */
    @Query("""
            select new vn.parindex.assessment.internal.EvidenceActivity(e.unitId, count(e), max(e.addedAt))
            from Evidence e where e.periodId = :periodId group by e.unitId
            """)
    List<EvidenceActivity> activityInPeriod(@Param("periodId") long periodId);

    Optional<Evidence> findByPeriodIdAndUnitIdAndSha256(long periodId, long unitId, String sha256);

    long countBySha256(String sha256);
}
