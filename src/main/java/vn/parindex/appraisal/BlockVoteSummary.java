package vn.parindex.appraisal;

import java.util.Locale;
import vn.parindex.shared.Locales;

/**
 * A block's vote as a member or the secretariat sees it: whether it is ready (units done, survey
 * imported), the counts against the active members, and the caller's own vote (null when none).
 */
public record BlockVoteSummary(
        long blockId,
        String blockCode,
        String blockNameVi,
        String blockNameEn,
        BlockDecisionStatus status,
        int units,
        int unitsDone,
        int unitsWithSurvey,
        CouncilMajority majority,
        int rejections,
        int abstentions,
        CouncilVoteChoice myVote,
        String myComment,
        Long myVoteVersion) {

    public String blockName(Locale locale) {
        return Locales.pick(locale, blockNameVi, blockNameEn);
    }

    public boolean ready() {
        return status != BlockDecisionStatus.NOT_READY;
    }
}
