package vn.parindex.leaders;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.parindex.shared.BusinessRuleException;

/**
 * The rules' arithmetic, without any storage: checks a rule set (complete, not contradicting itself)
 * and proposes a level for every head of a block with the rules that produced it.
 */
public final class LeaderRuleEngine {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private LeaderRuleEngine() {}

    /** Refuses an incomplete rule set or one whose rules contradict each other. */
    public static void validate(List<LeaderRule> rules) {
        long defaults = rules.stream().filter(r -> r.kind() == RuleKind.DEFAULT).count();
        if (defaults != 1) {
            throw new BusinessRuleException("leaders.rules.oneDefault");
        }
        for (LeaderRule rule : rules) {
            checkComplete(rule);
        }
        for (int i = 0; i < rules.size(); i++) {
            for (int j = 0; j < rules.size(); j++) {
                if (i != j && contradicts(rules.get(i), rules.get(j))) {
                    throw new BusinessRuleException(
                            "leaders.rules.contradiction",
                            rules.get(i).name(),
                            rules.get(j).name());
                }
            }
        }
    }

    private static void checkComplete(LeaderRule rule) {
        if (rule.kind() == null
                || rule.level() == null
                || blank(rule.name())
                || blank(rule.explanation())
                || rule.name().length() > LeaderTextLimits.RULE_NAME
                || rule.explanation().length() > LeaderTextLimits.RULE_EXPLANATION) {
            throw new BusinessRuleException("leaders.rules.incomplete", rule.name() == null ? "" : rule.name());
        }
        boolean complete = switch (rule.kind()) {
            case PROPOSE -> rule.rankCount() == null || rule.rankCount() > 0;
            case DEFAULT -> true;
            case CAP_BAND -> rule.bandMin() != null;
            case CAP_LAST_RANKS -> rule.rankCount() != null && rule.rankCount() > 0;
            case DISCIPLINE -> rule.level() == Level.NOT_COMPLETED;
            case ABSENCE ->
                rule.minMonths() != null
                        && rule.maxMonths() != null
                        && rule.minMonths() >= 0
                        && rule.minMonths() < rule.maxMonths()
                        && rule.maxMonths() <= 13;
            case SHARE_CAP ->
                rule.percent() != null
                        && rule.percent().signum() >= 0
                        && rule.percent().compareTo(HUNDRED) <= 0
                        && rule.level() != Level.NOT_COMPLETED;
        };
        if (!complete) {
            throw new BusinessRuleException("leaders.rules.incomplete", rule.name());
        }
    }

    /** Whether {@code a} and {@code b} cannot both hold (or {@code a} says the opposite of {@code b}). */
    static boolean contradicts(LeaderRule a, LeaderRule b) {
        if (a.kind() == RuleKind.CAP_BAND && b.kind() == RuleKind.CAP_BAND) {
            int band = a.bandMin().compareTo(b.bandMin());
            // The same band capped at two levels, or a lower band capped more loosely than a higher one
            // (whose cap already covers it).
            return (band == 0 && a.level() != b.level())
                    || (band < 0 && a.level().isAbove(b.level()));
        }
        if (a.kind() == RuleKind.PROPOSE && b.kind() == RuleKind.CAP_BAND && a.bandMin() != null) {
            // Every unit of the proposing rule's own band is capped below the proposed level.
            return a.bandMin().compareTo(b.bandMin()) <= 0 && a.level().isAbove(b.level());
        }
        if (a.kind() == RuleKind.PROPOSE && b.kind() == RuleKind.PROPOSE) {
            return sameCondition(a, b) && a.level() != b.level();
        }
        if (a.kind() == RuleKind.SHARE_CAP && b.kind() == RuleKind.SHARE_CAP) {
            return a.level() == b.level();
        }
        if (a.kind() == RuleKind.DISCIPLINE && b.kind() == RuleKind.DISCIPLINE) {
            return true;
        }
        if (a.kind() == RuleKind.ABSENCE && b.kind() == RuleKind.ABSENCE) {
            boolean overlap = a.minMonths() < b.maxMonths() && b.minMonths() < a.maxMonths();
            return overlap && a.level() != b.level();
        }
        if (a.kind() == RuleKind.CAP_LAST_RANKS && b.kind() == RuleKind.CAP_LAST_RANKS) {
            // More last places capped more loosely than fewer.
            return (a.rankCount().equals(b.rankCount()) && a.level() != b.level())
                    || (a.rankCount() > b.rankCount() && a.level().isAbove(b.level()));
        }
        return false;
    }

    private static boolean sameCondition(LeaderRule a, LeaderRule b) {
        return compare(a.bandMin(), b.bandMin()) == 0 && Objects.equals(a.rankCount(), b.rankCount());
    }

    private static int compare(BigDecimal a, BigDecimal b) {
        if (a == null || b == null) {
            return a == b ? 0 : 1;
        }
        return a.compareTo(b);
    }

    /**
     * Proposes a level for each unit's head: the first PROPOSE rule that matches (else the DEFAULT),
     * lowered by every cap that applies, then the share caps over the block (best ranked keep the
     * level; the share is of the ranked heads). A unit that is not ranked has no result for the rules
     * that read one (PROPOSE, CAP_BAND, CAP_LAST_RANKS, SHARE_CAP): its head gets the DEFAULT level,
     * lowered by discipline or absence.
     *
     * @return per unit id, in the order of {@code units}
     */
    public static Map<Long, Proposal> propose(List<LeaderRule> rules, List<UnitFacts> units) {
        Map<Long, Level> levels = new LinkedHashMap<>();
        Map<Long, List<Proposal.Reason>> reasons = new LinkedHashMap<>();
        for (UnitFacts unit : units) {
            List<Proposal.Reason> why = new ArrayList<>();
            LeaderRule proposing = rules.stream()
                    .filter(r -> r.kind() == RuleKind.PROPOSE && unit.ranked() && proposes(r, unit))
                    .findFirst()
                    .orElseGet(() -> rules.stream()
                            .filter(r -> r.kind() == RuleKind.DEFAULT)
                            .findFirst()
                            .orElseThrow(() -> new BusinessRuleException("leaders.rules.oneDefault")));
            Level level = proposing.level();
            why.add(new Proposal.Reason(proposing.kind(), proposing.name(), proposing.level()));
            for (LeaderRule cap : rules) {
                if (cap.kind().caps() && appliesTo(cap, unit) && caps(cap, unit) && level.isAbove(cap.level())) {
                    level = cap.level();
                    why.add(new Proposal.Reason(cap.kind(), cap.name(), cap.level()));
                }
            }
            levels.put(unit.unitId(), level);
            reasons.put(unit.unitId(), why);
        }
        for (LeaderRule share : rules) {
            if (share.kind() != RuleKind.SHARE_CAP) {
                continue;
            }
            long rankedUnits = units.stream().filter(UnitFacts::ranked).count();
            int allowed = share.percent()
                    .multiply(BigDecimal.valueOf(rankedUnits))
                    .divide(HUNDRED, 0, RoundingMode.FLOOR)
                    .intValueExact();
            List<UnitFacts> holding = units.stream()
                    .filter(u -> u.ranked() && levels.get(u.unitId()) == share.level())
                    .sorted(Comparator.comparingInt(UnitFacts::rank)
                            .thenComparing(UnitFacts::index, Comparator.reverseOrder()))
                    .toList();
            Level below = Level.values()[share.level().ordinal() + 1];
            for (UnitFacts over : holding.subList(Math.min(allowed, holding.size()), holding.size())) {
                levels.put(over.unitId(), below);
                reasons.get(over.unitId()).add(new Proposal.Reason(RuleKind.SHARE_CAP, share.name(), below));
            }
        }
        Map<Long, Proposal> result = new LinkedHashMap<>();
        levels.forEach((unitId, level) -> result.put(unitId, new Proposal(level, reasons.get(unitId))));
        return result;
    }

    /** Whether a cap reads something a unit that is not ranked has (its head's discipline, absence). */
    private static boolean appliesTo(LeaderRule cap, UnitFacts unit) {
        return unit.ranked() || cap.kind() == RuleKind.DISCIPLINE || cap.kind() == RuleKind.ABSENCE;
    }

    private static boolean proposes(LeaderRule rule, UnitFacts unit) {
        boolean band = rule.bandMin() == null
                || (unit.bandMin() != null && unit.bandMin().compareTo(rule.bandMin()) >= 0);
        boolean top = rule.rankCount() == null || unit.rank() <= rule.rankCount();
        return band && top;
    }

    private static boolean caps(LeaderRule rule, UnitFacts unit) {
        return switch (rule.kind()) {
            case CAP_BAND -> unit.bandMin() == null || unit.bandMin().compareTo(rule.bandMin()) <= 0;
            case CAP_LAST_RANKS -> unit.rank() > unit.blockSize() - rule.rankCount();
            case DISCIPLINE -> unit.disciplined();
            case ABSENCE -> unit.absenceMonths() >= rule.minMonths() && unit.absenceMonths() < rule.maxMonths();
            default -> false;
        };
    }

    /**
     * Whether a final level is outside what the rules allow: above the proposal, or "not completed"
     * without the rules forcing it. Lowering within the levels the rules reach needs no justification.
     */
    public static boolean outsideRules(Level proposed, Level chosen) {
        if (chosen.isAbove(proposed)) {
            return true;
        }
        return chosen == Level.NOT_COMPLETED && proposed != Level.NOT_COMPLETED;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
