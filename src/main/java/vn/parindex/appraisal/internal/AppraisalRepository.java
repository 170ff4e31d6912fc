package vn.parindex.appraisal.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AppraisalRepository extends JpaRepository<Appraisal, Long> {

    Optional<Appraisal> findByAssessmentId(long assessmentId);

    /** The first appraised value starts the appraisal: one statement, as saves count them. */
    @Modifying
    @Query("update Appraisal a set a.status = vn.parindex.appraisal.AppraisalStatus.IN_PROGRESS,"
            + " a.version = a.version + 1"
            + " where a.id = :id and a.status = vn.parindex.appraisal.AppraisalStatus.NOT_STARTED")
    int start(@Param("id") long appraisalId);

    List<Appraisal> findByAssessmentIdIn(Collection<Long> assessmentIds);

    /**
     * The appraisal, locked, with what every change needs to know in the same statement: whose
     * assessment it is, the period's phase and the areas the member is assigned to (0 for the whole
     * unit; null when not assigned). Saves count statements, hence one read for all of it.
     */
    @Query(nativeQuery = true, value = """
            select a.id as appraisalId, a.version as version, a.status as status, case when a.not_ranked then 1 else 0 end as notRanked,
                   s.id as assessmentId, s.period_id as periodId, s.unit_id as unitId, s.set_id as setId,
                   p.phase as phase,
                   (select group_concat(coalesce(x.area_node_id, 0)) from appraisal_assignment x
                    where x.period_id = s.period_id and x.unit_id = s.unit_id and x.member_id = :memberId) as areas
            from appraisal a
            join self_assessment s on s.id = a.assessment_id
            join assessment_period p on p.id = s.period_id
            where a.id = :id
            for update
            """)
    Optional<AppraisalContext> lockContext(@Param("id") long appraisalId, @Param("memberId") long memberId);

    /** Counts per appraisal for the queue and the overview, in one statement. */
    @Query(nativeQuery = true, value = """
            select a.id as appraisalId, a.assessment_id as assessmentId,
                   count(i.id) as items,
                   coalesce(sum(i.appraised_score is not null), 0) as appraised,
                   coalesce(sum(i.appraised_score is not null and i.appraised_score <> si.self_score), 0) as changed,
                   coalesce(sum(i.question is not null), 0) as questions,
                   coalesce(sum(i.answer is not null), 0) as answers,
                   coalesce(sum(i.final_score is not null), 0) as finals
            from appraisal a
            left join appraisal_item i on i.appraisal_id = a.id
            left join score_item si on si.id = i.score_item_id
            where a.assessment_id in (:assessmentIds)
            group by a.id, a.assessment_id
            """)
    List<AppraisalCounts> counts(@Param("assessmentIds") Collection<Long> assessmentIds);
}
