package vn.parindex.appraisal.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CouncilVoteRepository extends JpaRepository<CouncilVote, Long> {

    Optional<CouncilVote> findByDecisionIdAndMemberId(long decisionId, long memberId);
}
