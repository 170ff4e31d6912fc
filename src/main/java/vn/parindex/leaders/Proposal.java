package vn.parindex.leaders;

import java.util.List;

/** The level the rules propose for a head, with the rules that produced it ("why this level"). */
public record Proposal(Level level, List<Reason> reasons) {

    public Proposal {
        reasons = List.copyOf(reasons);
    }

    /** One rule's part in the proposal. */
    public record Reason(RuleKind kind, String ruleName, Level level) {}
}
