package vn.parindex.awards;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.parindex.period.RankingBand;
import vn.parindex.ranking.RankChange;
import vn.parindex.ranking.UnitResultRow;
import vn.parindex.shared.Locales;

/** The eligibility rules on constructed cases: alternatives, blocks, no unit, no result, boundaries. */
class EligibilityTest {

    private static final long TYPE = 1;
    private static final long DEPARTMENTS = 10;
    private static final long DISTRICTS = 20;

    private static final EligibilityRule TOP6_DEPARTMENTS = new EligibilityRule(
            1,
            TYPE,
            NominationKind.COLLECTIVE,
            RuleKind.RANK_TOP_N,
            DEPARTMENTS,
            "khối sở, ngành",
            "department block",
            6,
            null);
    private static final EligibilityRule TOP4_DISTRICTS = new EligibilityRule(
            2,
            TYPE,
            NominationKind.COLLECTIVE,
            RuleKind.RANK_TOP_N,
            DISTRICTS,
            "khối huyện",
            "district block",
            4,
            null);
    private static final EligibilityRule INDEX90 = new EligibilityRule(
            3,
            TYPE,
            NominationKind.COLLECTIVE,
            RuleKind.INDEX_AT_LEAST,
            null,
            null,
            null,
            null,
            new BigDecimal("90.00"));
    private static final EligibilityRule PERSON_TOP6 = new EligibilityRule(
            4,
            TYPE,
            NominationKind.INDIVIDUAL,
            RuleKind.RANK_TOP_N,
            DEPARTMENTS,
            "khối sở, ngành",
            "department block",
            6,
            null);
    private static final EligibilityRule OTHER_TYPE =
            new EligibilityRule(5, 2, NominationKind.COLLECTIVE, RuleKind.RANK_TOP_N, null, null, null, 100, null);

    private static final List<EligibilityRule> RULES =
            List.of(TOP6_DEPARTMENTS, TOP4_DISTRICTS, INDEX90, PERSON_TOP6, OTHER_TYPE);

    private static UnitResultRow row(int rank, String index) {
        return new UnitResultRow(
                7,
                "U",
                "Đơn vị",
                "Unit",
                "U",
                new BigDecimal(index),
                BigDecimal.ZERO,
                new BigDecimal("100"),
                new BigDecimal(index),
                rank,
                null,
                RankChange.between(null, rank),
                null,
                List.of());
    }

    private static List<RuleFinding> collective(long block, Optional<UnitResultRow> result) {
        return Eligibility.evaluate(RULES, TYPE, new Eligibility.Subject(NominationKind.COLLECTIVE, 7L, block, result));
    }

    @Test
    void aDepartmentAtTheLimitPassesTheTopNRuleAndTheRulesAreAlternatives() {
        List<RuleFinding> findings = collective(DEPARTMENTS, Optional.of(row(6, "89.99")));
        // only the collective rules of this award type: top 6 departments, top 4 districts, index 90
        assertThat(findings).hasSize(3);
        assertThat(findings.get(0).passed()).isTrue();
        assertThat(findings.get(0).reasonKey()).isEqualTo("awards.reason.rankWithin");
        assertThat(findings.get(1).passed()).isFalse();
        assertThat(findings.get(1).reasonKey()).isEqualTo("awards.reason.otherBlock");
        assertThat(findings.get(2).passed()).isFalse();
        assertThat(findings.get(2).reasonKey()).isEqualTo("awards.reason.indexBelow");
        assertThat(Eligibility.eligible(findings)).isTrue();
    }

    @Test
    void oneRankBelowTheLimitFailsUnlessTheIndexReachesTheThreshold() {
        assertThat(Eligibility.eligible(collective(DEPARTMENTS, Optional.of(row(7, "89.99")))))
                .isFalse();
        List<RuleFinding> findings = collective(DEPARTMENTS, Optional.of(row(7, "90.00")));
        assertThat(findings.get(0).reasonKey()).isEqualTo("awards.reason.rankOutside");
        assertThat(findings.get(2).passed()).isTrue();
        assertThat(Eligibility.eligible(findings)).isTrue();
    }

    @Test
    void aCollectiveWithoutAnAssessedUnitOrWithoutAPublishedResultFailsEveryRuleWithTheReason() {
        List<RuleFinding> none = Eligibility.evaluate(
                RULES, TYPE, new Eligibility.Subject(NominationKind.COLLECTIVE, null, null, Optional.empty()));
        assertThat(none).hasSize(3).allMatch(f -> !f.passed() && f.reasonKey().equals("awards.reason.noUnit"));
        List<RuleFinding> unpublished = collective(DEPARTMENTS, Optional.empty());
        assertThat(unpublished.get(0).reasonKey()).isEqualTo("awards.reason.noResult");
        assertThat(Eligibility.eligible(unpublished)).isFalse();
    }

    @Test
    void individualsAreJudgedByTheirUnitAndOnlyByTheIndividualRules() {
        List<RuleFinding> findings = Eligibility.evaluate(
                RULES,
                TYPE,
                new Eligibility.Subject(NominationKind.INDIVIDUAL, 7L, DEPARTMENTS, Optional.of(row(2, "91.11"))));
        assertThat(findings)
                .singleElement()
                .satisfies(f -> assertThat(f.passed()).isTrue());
        assertThat(Eligibility.eligible(Eligibility.evaluate(
                        RULES,
                        99,
                        new Eligibility.Subject(
                                NominationKind.INDIVIDUAL, 7L, DEPARTMENTS, Optional.of(row(1, "99"))))))
                .isFalse();
    }

    @Test
    void findingsReadInBothLanguagesWithLocalNumbers() {
        RuleFinding finding =
                collective(DEPARTMENTS, Optional.of(row(7, "90.5"))).get(2);
        assertThat(FindingText.arguments(finding.reasonArgs(), Locales.VIETNAMESE))
                .containsExactly("90,50", "90,00");
        assertThat(FindingText.arguments(finding.reasonArgs(), Locale.ENGLISH)).containsExactly("90.50", "90.00");
        assertThat(FindingText.arguments(
                        TOP6_DEPARTMENTS.blockNameVi() == null
                                ? List.of()
                                : collective(DEPARTMENTS, Optional.empty())
                                        .get(0)
                                        .ruleArgs(),
                        Locale.ENGLISH))
                .containsExactly("6", "department block");
    }

    @Test
    void theTopBandRulePassesOnlyTheUnitsInTheHighestBandOfTheirBlock() {
        RankingBand good = new RankingBand(new BigDecimal("90.00"), "Tốt", "Good");
        RankingBand fair = new RankingBand(new BigDecimal("80.00"), "Khá", "Fairly good");
        EligibilityRule topBand = new EligibilityRule(
                9, TYPE, NominationKind.COLLECTIVE, RuleKind.TOP_BAND, null, null, null, null, null);
        java.util.function.BiFunction<UnitResultRow, RankingBand, RuleFinding> judge =
                (row, top) -> Eligibility.evaluate(
                                List.of(topBand),
                                TYPE,
                                new Eligibility.Subject(
                                        NominationKind.COLLECTIVE, 7L, DEPARTMENTS, Optional.of(row), top))
                        .get(0);
        RuleFinding inGood = judge.apply(banded(3, "90.00", good), good);
        assertThat(inGood.passed()).isTrue();
        assertThat(inGood.reasonKey()).isEqualTo("awards.reason.inTopBand");
        assertThat(FindingText.arguments(inGood.reasonArgs(), Locale.ENGLISH)).containsExactly("Good");
        RuleFinding inFair = judge.apply(banded(1, "89.99", fair), good);
        assertThat(inFair.passed()).isFalse();
        assertThat(inFair.reasonKey()).isEqualTo("awards.reason.belowTopBand");
        assertThat(FindingText.arguments(inFair.reasonArgs(), Locales.VIETNAMESE))
                .containsExactly("Khá", "Tốt");
        RuleFinding noBand = judge.apply(banded(9, "60.5", null), good);
        assertThat(noBand.passed()).isFalse();
        assertThat(noBand.reasonKey()).isEqualTo("awards.reason.noBand");
        assertThat(FindingText.arguments(noBand.reasonArgs(), Locale.ENGLISH)).containsExactly("60.50", "Good");
        RuleFinding noBands = judge.apply(banded(1, "95", null), null);
        assertThat(noBands.passed()).isFalse();
        assertThat(noBands.reasonKey()).isEqualTo("awards.reason.noBands");
    }

    private static UnitResultRow banded(int rank, String index, RankingBand band) {
        UnitResultRow row = row(rank, index);
        return new UnitResultRow(
                row.unitId(),
                row.unitCode(),
                row.unitNameVi(),
                row.unitNameEn(),
                row.unitShortName(),
                row.total(),
                row.adjustments(),
                row.applicableMaximum(),
                row.index(),
                row.rank(),
                row.previousRank(),
                row.change(),
                band,
                row.areas());
    }
}
