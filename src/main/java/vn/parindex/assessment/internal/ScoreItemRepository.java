package vn.parindex.assessment.internal;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ScoreItemRepository extends JpaRepository<ScoreItem, Long> {

    List<ScoreItem> findByAssessmentId(long assessmentId);

    Optional<ScoreItem> findByAssessmentIdAndNodeId(long assessmentId, long nodeId);

    /**
     * The items of an assessment, each with the assessment, read and locked in one statement (saves
     * count statements; the lock keeps a submission from interleaving with the save).
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("""
            select new vn.parindex.assessment.internal.ItemWithAssessment(i, a)
            from ScoreItem i join SelfAssessment a on a.id = i.assessmentId where i.assessmentId = :id
            """)
    List<ItemWithAssessment> withAssessment(@Param("id") long assessmentId);

    /** Every link of an assessment's items. */
    @Query(nativeQuery = true, value = """
            select i.node_id as nodeId, l.evidence_id as evidenceId from score_item_evidence l
            join score_item i on i.id = l.score_item_id
            where i.assessment_id = :assessmentId
            """)
    List<ItemLink> links(@Param("assessmentId") long assessmentId);

    @Query(nativeQuery = true, value = "select evidence_id from score_item_evidence where score_item_id = :itemId")
    List<Long> linkedEvidence(@Param("itemId") long itemId);

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

    /**
     * Per assessment of the period, what its items add up to, in one statement whatever the number
     * of units and items. Applicability follows the criteria tree (a component, its criterion or
     * its area may be marked not applicable to the unit); "required" is what submission needs: an
     * applicable component that is not imported from the survey.
     */
    @Query(nativeQuery = true, value = """
            select x.assessment_id as assessmentId,
                   count(case when x.self_score is not null or x.note is not null then 1 end) as entered,
                   count(case when x.required = 1 and x.applies = 1 and x.self_score is not null then 1 end)
                       as scored,
                   count(case when x.required = 1 and x.applies = 1 and x.evidence_required = 1
                              and (x.note is not null
                                   or exists(select 1 from score_item_evidence l where l.score_item_id = x.id))
                         then 1 end) as evidenceCovered,
                   coalesce(sum(case when x.applies = 1 then x.self_score end), 0) as total,
                   count(case when x.needs_recheck = 1 then 1 end) as marked,
                   max(x.updated_at) as lastUpdate
            from (
                select i.id, i.assessment_id, i.self_score, i.note, i.needs_recheck, i.updated_at,
                       n.evidence_required,
                       n.level = 'COMPONENT' and (n.method is null or n.method <> 'SURVEY') as required,
                       not exists(select 1 from criteria_not_applicable na
                                  where na.unit_id = a.unit_id and na.node_id in (n.id, n.parent_id, p.parent_id))
                           as applies
                from self_assessment a
                join score_item i on i.assessment_id = a.id
                join criteria_node n on n.id = i.node_id
                left join criteria_node p on p.id = n.parent_id
                where a.period_id = :periodId
            ) x
            group by x.assessment_id
            """)
    List<AssessmentTotals> totalsInPeriod(@Param("periodId") long periodId);

    /**
     * Units with something entered on any of the nodes (a score, a note or linked evidence); with a
     * unit id other than 0 only that unit is considered.
     */
    @Query(nativeQuery = true, value = """
            select distinct a.unit_id from score_item i
            join self_assessment a on a.id = i.assessment_id
            where i.node_id in (:nodeIds) and (:unitId = 0 or a.unit_id = :unitId)
              and (i.self_score is not null or i.note is not null
                   or exists(select 1 from score_item_evidence l where l.score_item_id = i.id))
            """)
    List<Number> unitsWithEntries(@Param("nodeIds") Collection<Long> nodeIds, @Param("unitId") long unitId);

    /**
     * Items with something entered on the nodes, per assessment (of one unit unless the id is 0); the
     * assessments are locked in id order, so a save, confirmation or submission of the unit waits
     * until the marking is done and then checks against the new rule.
     */
    @Query(nativeQuery = true, value = """
            select a.id as assessmentId,
                   (select count(*) from score_item i
                    where i.assessment_id = a.id and i.node_id in (:nodeIds)
                      and (i.self_score is not null or i.note is not null
                           or exists(select 1 from score_item_evidence l where l.score_item_id = i.id))) as items
            from self_assessment a
            where a.id in (select i.assessment_id from score_item i where i.node_id in (:nodeIds))
              and (:unitId = 0 or a.unit_id = :unitId)
            order by a.id
            for update
            """)
    List<EnteredItems> lockAssessmentsWithItemsOn(
            @Param("nodeIds") Collection<Long> nodeIds, @Param("unitId") long unitId);

    /** Marks the entered items on the nodes (of one unit unless the id is 0) for re-check by their unit. */
    @Modifying
    @Query(nativeQuery = true, value = """
            update score_item i join self_assessment a on a.id = i.assessment_id
            set i.needs_recheck = true
            where i.node_id in (:nodeIds) and (:unitId = 0 or a.unit_id = :unitId)
              and (i.self_score is not null or i.note is not null
                   or exists(select 1 from score_item_evidence l where l.score_item_id = i.id))
            """)
    int markForRecheck(@Param("nodeIds") Collection<Long> nodeIds, @Param("unitId") long unitId);

    /**
     * Removes the items on the nodes that hold nothing (created when a sheet was opened), before the
     * nodes are deleted. Items entered meanwhile stay, and the foreign key then refuses the delete.
     */
    @Modifying
    @Query(nativeQuery = true, value = """
            delete from score_item
            where node_id in (:nodeIds) and self_score is null and note is null
              and not exists(select 1 from score_item_evidence l where l.score_item_id = score_item.id)
            """)
    int deleteEmptyOn(@Param("nodeIds") Collection<Long> nodeIds);

    @Query(nativeQuery = true, value = "select count(*) from score_item where node_id in (:nodeIds)")
    long countOn(@Param("nodeIds") Collection<Long> nodeIds);
}
