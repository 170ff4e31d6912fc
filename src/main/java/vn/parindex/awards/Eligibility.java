package vn.parindex.awards;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.parindex.period.RankingBand;
import vn.parindex.ranking.UnitResultRow;

/**
 * Evaluates a period's eligibility rules on one nomination. The rules for the nomination's kind and
 * award type are alternatives: the nomination is eligible when at least one passes (for instance "top
 * 6 of the department block" or "top 4 of the district block"); every rule is reported with why it
 * passed or failed. With no rule at all for its kind and type, a nomination is not eligible (it needs
 * a justification). Pure: the caller supplies the unit's published result.
 *
 * <p>Seam for the leaders module: a rule kind on the leader classification of an individual who heads
 * a unit would be evaluated here from a classification passed in like the result.
 *
 * <p>TOP_BAND passes when the unit's band is its block's highest band of the period (for example
 * "Good"); the unit's index names why it failed when it reached no band at all.
 */
public final class Eligibility {

    private Eligibility() {}

    /**
     * What a rule is evaluated on: the unit (if any), its block, its published result (if any) and
     * the top band of its block in the period (null when the block has no bands).
     */
    public record Subject(
            NominationKind kind, Long unitId, Long unitBlockId, Optional<UnitResultRow> result, RankingBand topBand) {

        public Subject(NominationKind kind, Long unitId, Long unitBlockId, Optional<UnitResultRow> result) {
            this(kind, unitId, unitBlockId, result, null);
        }
    }

    public static List<RuleFinding> evaluate(List<EligibilityRule> rules, long awardTypeId, Subject subject) {
        List<RuleFinding> findings = new ArrayList<>();
        for (EligibilityRule rule : rules) {
            if (rule.subject() != subject.kind() || rule.awardTypeId() != awardTypeId) {
                continue;
            }
            findings.add(evaluate(rule, subject));
        }
        return findings;
    }

    public static boolean eligible(List<RuleFinding> findings) {
        return findings.stream().anyMatch(RuleFinding::passed);
    }

    static RuleFinding evaluate(EligibilityRule rule, Subject subject) {
        String block = rule.blockNameVi() == null ? "" : rule.blockNameVi();
        String blockEn = rule.blockNameEn() == null ? "" : rule.blockNameEn();
        String prefix = "awards.rule." + rule.subject().name() + "."
                + rule.kind().name() + (rule.blockId() == null ? "" : ".block");
        List<String> ruleArgs = switch (rule.kind()) {
            case RANK_TOP_N -> List.of(String.valueOf(rule.rankLimit()), "@" + block + "@" + blockEn);
            case INDEX_AT_LEAST -> List.of("#" + rule.minIndex().toPlainString(), "@" + block + "@" + blockEn);
            case TOP_BAND -> List.of("", "@" + block + "@" + blockEn);
        };
        if (subject.unitId() == null) {
            return new RuleFinding(prefix, ruleArgs, false, "awards.reason.noUnit", List.of());
        }
        if (rule.blockId() != null && !rule.blockId().equals(subject.unitBlockId())) {
            return new RuleFinding(
                    prefix, ruleArgs, false, "awards.reason.otherBlock", List.of("@" + block + "@" + blockEn));
        }
        if (subject.result().isEmpty()) {
            return new RuleFinding(prefix, ruleArgs, false, "awards.reason.noResult", List.of());
        }
        UnitResultRow row = subject.result().get();
        return switch (rule.kind()) {
            case RANK_TOP_N -> {
                boolean passed = row.rank() <= rule.rankLimit();
                yield new RuleFinding(
                        prefix,
                        ruleArgs,
                        passed,
                        passed ? "awards.reason.rankWithin" : "awards.reason.rankOutside",
                        List.of(String.valueOf(row.rank()), String.valueOf(rule.rankLimit())));
            }
            case INDEX_AT_LEAST -> {
                boolean passed = row.index().compareTo(rule.minIndex()) >= 0;
                yield new RuleFinding(
                        prefix,
                        ruleArgs,
                        passed,
                        passed ? "awards.reason.indexReached" : "awards.reason.indexBelow",
                        List.of(
                                "#" + row.index().toPlainString(),
                                "#" + rule.minIndex().toPlainString()));
            }
            case TOP_BAND -> {
                RankingBand top = subject.topBand();
                if (top == null) {
                    yield new RuleFinding(prefix, ruleArgs, false, "awards.reason.noBands", List.of());
                }
                boolean passed = row.band() != null && row.band().minIndex().compareTo(top.minIndex()) == 0;
                String topName = "@" + top.nameVi() + "@" + top.nameEn();
                yield passed
                        ? new RuleFinding(prefix, ruleArgs, true, "awards.reason.inTopBand", List.of(topName))
                        : new RuleFinding(
                                prefix,
                                ruleArgs,
                                false,
                                row.band() == null ? "awards.reason.noBand" : "awards.reason.belowTopBand",
                                List.of(
                                        row.band() == null
                                                ? "#" + row.index().toPlainString()
                                                : "@" + row.band().nameVi() + "@"
                                                        + row.band().nameEn(),
                                        topName));
            }
        };
    }
}
