package vn.parindex.appraisal.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AppraisalItemRepository extends JpaRepository<AppraisalItem, Long> {

    List<AppraisalItem> findByAppraisalId(long appraisalId);

    List<AppraisalItem> findByAppraisalIdIn(Collection<Long> appraisalIds);

    @Query("select e from AnswerEvidence e where e.appraisalItemId in "
            + "(select i.id from AppraisalItem i where i.appraisalId = :appraisalId)")
    List<AnswerEvidence> answerEvidence(@Param("appraisalId") long appraisalId);

    @Modifying
    @Query("delete from AnswerEvidence e where e.appraisalItemId = :itemId")
    void clearAnswerEvidence(@Param("itemId") long itemId);
}
