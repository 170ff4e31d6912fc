package vn.parindex.appraisal;

import java.time.Instant;

/** One member's vote on a block, for the secretariat; {@code counted} is false for disabled members. */
public record CouncilVoteRow(
        long memberId, String memberName, boolean counted, CouncilVoteChoice vote, String comment, Instant votedAt) {}
