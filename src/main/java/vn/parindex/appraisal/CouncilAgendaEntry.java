package vn.parindex.appraisal;

import java.util.List;
import java.util.Map;
import vn.parindex.period.PeriodSummary;

/**
 * What waits for a council member in one period: their assigned units by appraisal state (while the
 * period is being appraised) and the blocks open for the vote that they have not voted on yet
 * (COUNCIL_APPROVAL).
 *
 * @param unitsByState every state, in the order of {@link AppraisalStatus}, with its count (zeros included)
 */
public record CouncilAgendaEntry(
        PeriodSummary period, Map<AppraisalStatus, Integer> unitsByState, List<BlockVoteSummary> awaitingVote) {

    public CouncilAgendaEntry {
        unitsByState = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(unitsByState));
        awaitingVote = List.copyOf(awaitingVote);
    }

    public int units() {
        return unitsByState.values().stream().mapToInt(Integer::intValue).sum();
    }
}
