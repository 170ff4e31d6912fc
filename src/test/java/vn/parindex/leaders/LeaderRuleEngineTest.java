package vn.parindex.leaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.parindex.shared.BusinessRuleException;

/** Each rule on constructed cases, the share cap, contradictions and what counts as outside the rules. */
class LeaderRuleEngineTest {

    private static final BigDecimal GOOD = BigDecimal.valueOf(90);
    private static final BigDecimal FAIR = BigDecimal.valueOf(80);
    private static final BigDecimal WEAK = BigDecimal.ZERO;

    private static final LeaderRule TOP_BAND =
            LeaderRule.propose("top band", "Top band may be excellent", Level.EXCELLENT, GOOD, null);
    private static final LeaderRule OTHERWISE = LeaderRule.otherwise("otherwise", "Others well", Level.WELL);
    private static final LeaderRule WEAK_CAP =
            LeaderRule.capBand("weak", "Weak band at most completed", WEAK, Level.COMPLETED);
    private static final LeaderRule DISCIPLINE = LeaderRule.discipline("discipline", "Disciplined: not completed");
    private static final LeaderRule ABSENCE =
            LeaderRule.absence("absence", "3 to under 6 months away", 3, 6, Level.COMPLETED);

    private static UnitFacts unit(long id, String index, int rank, int size, BigDecimal band) {
        return new UnitFacts(id, new BigDecimal(index), rank, size, band, false, 0);
    }

    private static Level level(Map<Long, Proposal> proposals, long id) {
        return proposals.get(id).level();
    }

    @Test
    void theFirstMatchingProposalRuleProposesElseTheDefault() {
        Map<Long, Proposal> proposals = LeaderRuleEngine.propose(
                List.of(TOP_BAND, OTHERWISE),
                List.of(unit(1, "92.00", 1, 3, GOOD), unit(2, "85.00", 2, 3, FAIR), unit(3, "60.00", 3, 3, WEAK)));
        assertThat(level(proposals, 1)).isEqualTo(Level.EXCELLENT);
        assertThat(proposals.get(1L).reasons())
                .extracting(Proposal.Reason::ruleName)
                .containsExactly("top band");
        assertThat(level(proposals, 2)).isEqualTo(Level.WELL);
        assertThat(proposals.get(2L).reasons())
                .extracting(Proposal.Reason::kind)
                .containsExactly(RuleKind.DEFAULT);
        assertThat(level(proposals, 3)).isEqualTo(Level.WELL);
    }

    @Test
    void aTopNProposalNeedsBothTheBandAndThePlace() {
        LeaderRule topTwo = LeaderRule.propose("top two", "Top band and top 2", Level.EXCELLENT, GOOD, 2);
        Map<Long, Proposal> proposals = LeaderRuleEngine.propose(
                List.of(topTwo, OTHERWISE),
                List.of(
                        unit(1, "95.00", 1, 4, GOOD),
                        unit(2, "93.00", 2, 4, GOOD),
                        unit(3, "91.00", 3, 4, GOOD),
                        unit(4, "88.00", 4, 4, FAIR)));
        assertThat(List.of(level(proposals, 1), level(proposals, 2), level(proposals, 3), level(proposals, 4)))
                .containsExactly(Level.EXCELLENT, Level.EXCELLENT, Level.WELL, Level.WELL);
    }

    @Test
    void theLowestBandCapsAtCompletedAndBelowEveryBandToo() {
        Map<Long, Proposal> proposals = LeaderRuleEngine.propose(
                List.of(TOP_BAND, OTHERWISE, WEAK_CAP),
                List.of(unit(1, "65.00", 1, 2, WEAK), unit(2, "40.00", 2, 2, null)));
        assertThat(level(proposals, 1)).isEqualTo(Level.COMPLETED);
        assertThat(proposals.get(1L).reasons())
                .extracting(Proposal.Reason::ruleName)
                .containsExactly("otherwise", "weak");
        assertThat(level(proposals, 2)).isEqualTo(Level.COMPLETED);
    }

    @Test
    void theLastRanksCapWhenTheProvinceCapsByRank() {
        LeaderRule lastOne = LeaderRule.capLastRanks("last", "Last of the block at most completed", 1, Level.COMPLETED);
        Map<Long, Proposal> proposals = LeaderRuleEngine.propose(
                List.of(OTHERWISE, lastOne),
                List.of(unit(1, "88.00", 1, 3, FAIR), unit(2, "86.00", 2, 3, FAIR), unit(3, "85.00", 3, 3, FAIR)));
        assertThat(level(proposals, 2)).isEqualTo(Level.WELL);
        assertThat(level(proposals, 3)).isEqualTo(Level.COMPLETED);
    }

    @Test
    void aDisciplinedHeadIsNotCompletedWhateverTheResult() {
        UnitFacts disciplined = new UnitFacts(1, new BigDecimal("95.00"), 1, 1, GOOD, true, 0);
        Map<Long, Proposal> proposals =
                LeaderRuleEngine.propose(List.of(TOP_BAND, OTHERWISE, DISCIPLINE), List.of(disciplined));
        assertThat(level(proposals, 1)).isEqualTo(Level.NOT_COMPLETED);
        assertThat(proposals.get(1L).reasons())
                .extracting(Proposal.Reason::kind)
                .contains(RuleKind.DISCIPLINE);
    }

    @Test
    void threeToUnderSixMonthsOfAbsenceCapsAtCompleted() {
        List<UnitFacts> units = new ArrayList<>();
        int[] months = {2, 3, 5, 6};
        for (int i = 0; i < months.length; i++) {
            units.add(new UnitFacts(i + 1, new BigDecimal("95.00"), i + 1, 4, GOOD, false, months[i]));
        }
        Map<Long, Proposal> proposals = LeaderRuleEngine.propose(List.of(TOP_BAND, OTHERWISE, ABSENCE), units);
        assertThat(List.of(level(proposals, 1), level(proposals, 2), level(proposals, 3), level(proposals, 4)))
                .containsExactly(Level.EXCELLENT, Level.COMPLETED, Level.COMPLETED, Level.EXCELLENT);
    }

    @Test
    void theShareCapKeepsTheBestRankedAndMovesTheOthersOneLevelDown() {
        LeaderRule share =
                LeaderRule.shareCap("share", "At most 40% excellent", Level.EXCELLENT, BigDecimal.valueOf(40));
        List<UnitFacts> units = List.of(
                unit(1, "96.00", 1, 5, GOOD),
                unit(2, "94.00", 2, 5, GOOD),
                unit(3, "93.00", 3, 5, GOOD),
                unit(4, "91.00", 4, 5, GOOD),
                unit(5, "70.00", 5, 5, WEAK));
        Map<Long, Proposal> proposals = LeaderRuleEngine.propose(List.of(TOP_BAND, OTHERWISE, share), units);
        // 40% of 5 = 2 heads.
        assertThat(List.of(level(proposals, 1), level(proposals, 2), level(proposals, 3), level(proposals, 4)))
                .containsExactly(Level.EXCELLENT, Level.EXCELLENT, Level.WELL, Level.WELL);
        assertThat(proposals.get(3L).reasons())
                .extracting(Proposal.Reason::kind)
                .containsExactly(RuleKind.PROPOSE, RuleKind.SHARE_CAP);
        // 35% of 18 rounds down to 6, as the demo's 2023 departments.
        LeaderRule demoShare = LeaderRule.shareCap("35", "At most 35%", Level.EXCELLENT, BigDecimal.valueOf(35));
        List<UnitFacts> eighteen = new ArrayList<>();
        for (int i = 1; i <= 18; i++) {
            eighteen.add(unit(i, "95.00", i, 18, GOOD));
        }
        assertThat(LeaderRuleEngine.propose(List.of(TOP_BAND, OTHERWISE, demoShare), eighteen)
                        .values())
                .filteredOn(p -> p.level() == Level.EXCELLENT)
                .hasSize(6);
    }

    @Test
    void aCompleteRuleSetIsAccepted() {
        assertThatCode(() -> LeaderRuleEngine.validate(List.of(TOP_BAND, OTHERWISE, WEAK_CAP, DISCIPLINE, ABSENCE)))
                .doesNotThrowAnyException();
    }

    @Test
    void contradictingOrIncompleteRuleSetsAreRefused() {
        assertRefused(List.of(TOP_BAND), "leaders.rules.oneDefault");
        assertRefused(List.of(OTHERWISE, OTHERWISE), "leaders.rules.oneDefault");
        // The top band capped below the level it proposes.
        assertRefused(
                List.of(TOP_BAND, OTHERWISE, LeaderRule.capBand("good capped", "x", GOOD, Level.WELL)),
                "leaders.rules.contradiction");
        // The same band capped at two levels.
        assertRefused(
                List.of(OTHERWISE, WEAK_CAP, LeaderRule.capBand("weak 2", "x", WEAK, Level.NOT_COMPLETED)),
                "leaders.rules.contradiction");
        // A lower band capped more loosely than a higher one.
        assertRefused(
                List.of(
                        OTHERWISE,
                        LeaderRule.capBand("fair", "x", FAIR, Level.COMPLETED),
                        LeaderRule.capBand("weak", "x", WEAK, Level.WELL)),
                "leaders.rules.contradiction");
        assertRefused(
                List.of(OTHERWISE, ABSENCE, LeaderRule.absence("absence 2", "x", 5, 9, Level.NOT_COMPLETED)),
                "leaders.rules.contradiction");
        assertRefused(
                List.of(
                        OTHERWISE,
                        LeaderRule.shareCap("a", "x", Level.EXCELLENT, BigDecimal.TEN),
                        LeaderRule.shareCap("b", "y", Level.EXCELLENT, BigDecimal.ONE)),
                "leaders.rules.contradiction");
        assertRefused(
                List.of(OTHERWISE, LeaderRule.absence("bad", "x", 6, 3, Level.COMPLETED)), "leaders.rules.incomplete");
        assertRefused(
                List.of(OTHERWISE, LeaderRule.shareCap("bad", "x", Level.EXCELLENT, BigDecimal.valueOf(120))),
                "leaders.rules.incomplete");
        assertRefused(List.of(LeaderRule.otherwise("", "no name", Level.WELL)), "leaders.rules.incomplete");
        assertRefused(List.of(LeaderRule.otherwise("no explanation", " ", Level.WELL)), "leaders.rules.incomplete");
    }

    @Test
    void aLevelAboveTheProposalOrNotCompletedWithoutCauseIsOutsideTheRules() {
        assertThat(LeaderRuleEngine.outsideRules(Level.WELL, Level.WELL)).isFalse();
        assertThat(LeaderRuleEngine.outsideRules(Level.EXCELLENT, Level.WELL)).isFalse();
        assertThat(LeaderRuleEngine.outsideRules(Level.WELL, Level.EXCELLENT)).isTrue();
        assertThat(LeaderRuleEngine.outsideRules(Level.COMPLETED, Level.NOT_COMPLETED))
                .isTrue();
        assertThat(LeaderRuleEngine.outsideRules(Level.NOT_COMPLETED, Level.NOT_COMPLETED))
                .isFalse();
    }

    private static void assertRefused(List<LeaderRule> rules, String key) {
        assertThatThrownBy(() -> LeaderRuleEngine.validate(rules))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey())
                .isEqualTo(key);
    }

    /**
     * A unit that takes no place: no proposal by band or place, no band or last-places cap, not in the
     * share; the default level, lowered only by discipline and absence.
     */
    @Test
    void aUnitNotRankedGetsTheDefaultLoweredOnlyByDisciplineAndAbsence() {
        LeaderRule anyTop = LeaderRule.propose("any top 3", "The first three", Level.EXCELLENT, null, 3);
        LeaderRule lastOne = LeaderRule.capLastRanks("last", "The last one at most completed", 1, Level.COMPLETED);
        LeaderRule half =
                LeaderRule.shareCap("half", "At most half excellent", Level.EXCELLENT, BigDecimal.valueOf(50));
        List<LeaderRule> rules = List.of(anyTop, OTHERWISE, WEAK_CAP, lastOne, DISCIPLINE, ABSENCE, half);
        Map<Long, Proposal> proposals = LeaderRuleEngine.propose(
                rules,
                List.of(
                        unit(1, "95.00", 1, 2, GOOD),
                        unit(2, "94.00", 2, 2, GOOD),
                        UnitFacts.unranked(3, 2, false, 0),
                        UnitFacts.unranked(4, 2, false, 4),
                        UnitFacts.unranked(5, 2, true, 0)));
        // Half of the two ranked heads: one excellent, the other one level down (and last, capped).
        assertThat(level(proposals, 1)).isEqualTo(Level.EXCELLENT);
        assertThat(level(proposals, 2)).isEqualTo(Level.COMPLETED);
        assertThat(level(proposals, 3)).isEqualTo(Level.WELL);
        assertThat(proposals.get(3L).reasons())
                .extracting(Proposal.Reason::kind)
                .containsExactly(RuleKind.DEFAULT);
        assertThat(level(proposals, 4)).isEqualTo(Level.COMPLETED);
        assertThat(proposals.get(4L).reasons())
                .extracting(Proposal.Reason::kind)
                .containsExactly(RuleKind.DEFAULT, RuleKind.ABSENCE);
        assertThat(level(proposals, 5)).isEqualTo(Level.NOT_COMPLETED);
        assertThat(proposals.get(5L).reasons())
                .extracting(Proposal.Reason::kind)
                .containsExactly(RuleKind.DEFAULT, RuleKind.DISCIPLINE);
    }
}
