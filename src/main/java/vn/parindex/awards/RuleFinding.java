package vn.parindex.awards;

import java.util.List;

/**
 * One rule's verdict on a nomination, as translation keys and arguments so each reader sees it in
 * their language. Arguments starting with {@code #} are decimals (formatted by locale when shown).
 */
public record RuleFinding(
        String ruleKey, List<String> ruleArgs, boolean passed, String reasonKey, List<String> reasonArgs) {

    public RuleFinding {
        ruleArgs = List.copyOf(ruleArgs);
        reasonArgs = List.copyOf(reasonArgs);
    }
}
