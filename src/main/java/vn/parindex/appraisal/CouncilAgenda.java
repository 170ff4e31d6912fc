package vn.parindex.appraisal;

import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.period.PeriodSummary;
import vn.parindex.period.Phase;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.CurrentUserService;
import vn.parindex.security.Role;

/**
 * A council member's home page: per period being appraised, their assigned units by state; per period
 * in COUNCIL_APPROVAL, the blocks open for the vote that await their vote. Nothing for anyone else.
 */
@Service
public class CouncilAgenda {

    private final Appraisals appraisals;
    private final CouncilVotes votes;
    private final PeriodDirectory periods;
    private final CurrentUserService currentUser;

    CouncilAgenda(Appraisals appraisals, CouncilVotes votes, PeriodDirectory periods, CurrentUserService currentUser) {
        this.appraisals = appraisals;
        this.votes = votes;
        this.periods = periods;
        this.currentUser = currentUser;
    }

    /** Newest period first; empty for a user who is not a council member or has nothing waiting. */
    @Transactional(readOnly = true)
    // Any signed-in user (the home page asks for everyone); only council members get anything.
    @PermitAll
    @PreAuthorize("isAuthenticated()")
    public List<CouncilAgendaEntry> forCurrentUser() {
        CurrentUser user = currentUser.require();
        if (!user.hasRole(Role.COUNCIL_MEMBER)) {
            return List.of();
        }
        List<CouncilAgendaEntry> agenda = new ArrayList<>();
        for (PeriodSummary period : periods.periods()) {
            Phase phase = period.phase();
            if (!phase.isAtLeast(Phase.APPRAISAL) || phase.isAfter(Phase.COUNCIL_APPROVAL)) {
                continue;
            }
            Map<AppraisalStatus, Integer> byState = new EnumMap<>(AppraisalStatus.class);
            List<BlockVoteSummary> awaiting = List.of();
            if (phase == Phase.COUNCIL_APPROVAL) {
                awaiting = votes.blocks(period.id()).stream()
                        .filter(block -> block.status() == BlockDecisionStatus.OPEN && block.myVote() == null)
                        .toList();
            } else {
                for (AppraisalStatus status : AppraisalStatus.values()) {
                    byState.put(status, 0);
                }
                for (QueueEntry entry : appraisals.queue(period.id())) {
                    byState.merge(entry.status(), 1, Integer::sum);
                }
            }
            if (byState.values().stream().anyMatch(count -> count > 0) || !awaiting.isEmpty()) {
                agenda.add(new CouncilAgendaEntry(period, byState, awaiting));
            }
        }
        return agenda;
    }
}
