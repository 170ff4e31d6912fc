package vn.parindex.appraisal.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.parindex.appraisal.CouncilVoteChoice;

/** One member's vote on a block decision; changed in place while the vote is open. */
@Entity
@Table(name = "council_vote")
public class CouncilVote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long decisionId;
    private long memberId;

    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "varchar(10)")
    private CouncilVoteChoice vote;

    private String comment;
    private Instant votedAt;

    @Version
    private long version;

    protected CouncilVote() {}

    public CouncilVote(long decisionId, long memberId) {
        this.decisionId = decisionId;
        this.memberId = memberId;
    }

    public void cast(CouncilVoteChoice vote, String comment, Instant at) {
        this.vote = vote;
        this.comment = comment;
        this.votedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getMemberId() {
        return memberId;
    }

    public CouncilVoteChoice getVote() {
        return vote;
    }

    public String getComment() {
        return comment;
    }

    public long getVersion() {
        return version;
    }
}
