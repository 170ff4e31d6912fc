package vn.parindex.appraisal.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface BlockDecisionRepository extends JpaRepository<BlockDecision, Long> {

    List<BlockDecision> findByPeriodId(long periodId);

    /** Creates the open decision once, whoever votes first; racing votes both find it afterwards. */
    @Modifying
    @Query(nativeQuery = true, value = """
            insert ignore into block_decision (period_id, block_id, status, version)
            values (:periodId, :blockId, 'OPEN', 0)
            """)
    int createOpen(@Param("periodId") long periodId, @Param("blockId") long blockId);

    /** Votes and publication of a block wait for each other, so the majority is counted once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from BlockDecision d where d.periodId = :periodId and d.blockId = :blockId")
    Optional<BlockDecision> lock(@Param("periodId") long periodId, @Param("blockId") long blockId);
}
