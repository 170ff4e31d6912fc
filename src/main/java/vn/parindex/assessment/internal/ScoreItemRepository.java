package vn.parindex.assessment.internal;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ScoreItemRepository extends JpaRepository<ScoreItem, Long> {

    List<ScoreItem> findByAssessmentId(long assessmentId);

    List<ScoreItem> findByAssessmentIdIn(Collection<Long> assessmentIds);

    /**
     * The items of an assessment, each with the assessment, read and locked in one statement (saves
     * count statements; the lock keeps a submission from interleaving with the save).
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i, a from ScoreItem i join SelfAssessment a on a.id = i.assessmentId where i.assessmentId = :id")
    List<Object[]> withAssessment(@Param("id") long assessmentId);

    /** (node id, evidence id) for every link of an assessment's items. */
    @Query(nativeQuery = true, value = """
            select i.node_id, l.evidence_id from score_item_evidence l
            join score_item i on i.id = l.score_item_id
            where i.assessment_id = :assessmentId
            """)
    List<Object[]> links(@Param("assessmentId") long assessmentId);

    /** (assessment id, node id, evidence id) for every link in a period. */
    @Query(nativeQuery = true, value = """
            select i.assessment_id, i.node_id, l.evidence_id from score_item_evidence l
            join score_item i on i.id = l.score_item_id
            join self_assessment a on a.id = i.assessment_id
            where a.period_id = :periodId
            """)
    List<Object[]> linksInPeriod(@Param("periodId") long periodId);

    @Modifying
    @Query(
            nativeQuery = true,
            value = "insert ignore into score_item_evidence (score_item_id, evidence_id) values (:itemId, :evidenceId)")
    int link(@Param("itemId") long itemId, @Param("evidenceId") long evidenceId);

    @Modifying
    @Query(
            nativeQuery = true,
            value = "delete from score_item_evidence where score_item_id = :itemId and evidence_id = :evidenceId")
    int unlink(@Param("itemId") long itemId, @Param("evidenceId") long evidenceId);

    @Query(nativeQuery = true, value = "select count(*) from score_item_evidence where evidence_id = :evidenceId")
    long linksTo(@Param("evidenceId") long evidenceId);

    /** Units with something entered on a node: a score, a note or linked evidence. */
    @Query(nativeQuery = true, value = """
            select distinct a.unit_id from score_item i
            join self_assessment a on a.id = i.assessment_id
            where i.node_id = :nodeId and (i.self_score is not null or i.note is not null
                   or exists(select 1 from score_item_evidence l where l.score_item_id = i.id))
            """)
    List<Number> unitsWithEntriesOn(@Param("nodeId") long nodeId);
}
