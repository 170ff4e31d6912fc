package vn.parindex.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.parindex.assessment.AssessmentFixtures;
import vn.parindex.criteria.MappingKind;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;

/**
 * The unit detail and its rank-change explanation on a constructed case: two years of our own with
 * criteria kept, split, merged, new and not applicable, and exact expected contributions.
 */
@PortalIntegrationTest
class UnitDetailsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    UnitDetails details;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    vn.parindex.ranking.internal.ResultHistory history;

    @Autowired
    vn.parindex.ranking.internal.PublicationStore store;

    static long unitId;
    static ExplainFixtures.Years years;

    @BeforeEach
    void constructedCase() {
        years = ExplainFixtures.constructedCase(context);
        unitId = AssessmentFixtures.unit(context, "HCG").id();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void contributionsOfAreasAndCriteriaAreExactAndLargestFirst() {
        SignIn.as(context, "noivu");
        UnitDetail detail = details.detail(years.thisYear(), unitId);

        assertThat(detail.previousYear()).isEqualTo(2036);
        assertThat(detail.maximum()).isEqualByComparingTo("90");
        assertThat(detail.total()).isEqualByComparingTo("76");
        RankExplanation explanation = detail.explanation();
        assertThat(explanation.index()).isEqualByComparingTo("84.44");
        assertThat(explanation.previousIndex()).isEqualByComparingTo("76.00");
        assertThat(explanation.indexChange()).isEqualByComparingTo("8.44");

        // Areas: 100 x 31 / 90 - 27 = 7.44; bonus 100 x 2 / 90 - 1 = 1.22; 100 x 43 / 90 - 48 = -0.22
        assertThat(explanation.areas())
                .extracting(
                        c -> c.kind() + " " + c.codes() + " " + c.indexPoints().toPlainString())
                .containsExactly("SAME [2] 7.44", "ADJUSTMENTS [] 1.22", "SAME [1] -0.22");
        BigDecimal sum =
                explanation.areas().stream().map(Contribution::indexPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(explanation.indexChange());

        // Criteria: new 2.2 (6 of 90) 6.67; 1.1 kept but 18 of 90 against 24 of 100: -4.00; 1.2 split
        // into 1.2 and 1.3 (25 of 90 against 24): 3.78; 2.1 merged from 2.1 and 2.2 (25 against 15 + 12)
        assertThat(explanation.criteria())
                .extracting(c -> c.kind() + " " + c.codes() + " from " + c.sourceCodes() + " "
                        + c.indexPoints().toPlainString())
                .containsExactly(
                        "NEW [2.2] from [] 6.67",
                        "SAME [1.1] from [1.1] -4.00",
                        "SPLIT [1.2, 1.3] from [1.2] 3.78",
                        "MERGED [2.1] from [2.1, 2.2] 0.78");
        Contribution merged = explanation.criteria().get(3);
        assertThat(merged.points()).isEqualByComparingTo("25");
        assertThat(merged.previousPoints()).isEqualByComparingTo("27");
    }

    @Test
    void unitsOvertakenAndOvertakingAreThoseWhoseOrderSwapped() {
        SignIn.as(context, "noivu");
        UnitDetail detail = details.detail(years.thisYear(), unitId);

        // 2036: HBG 1st, HCG 2nd, HGL 3rd; 2037: HGL 1st, HCG 2nd, HBG 3rd: the same place, two swaps
        assertThat(detail.result().rank()).isEqualTo(2);
        assertThat(detail.result().change().direction()).isEqualTo(RankChange.Direction.SAME);
        assertThat(detail.explanation().overtook())
                .extracting(UnitMove::unitCode)
                .containsExactly("HBG");
        assertThat(detail.explanation().overtakenBy())
                .extracting(UnitMove::unitCode)
                .containsExactly("HGL");
        assertThat(detail.explanation().overtakenBy().get(0).previousRank()).isEqualTo(3);
        assertThat(detail.explanation().overtakenBy().get(0).rank()).isEqualTo(1);
        // the demo's published 2022 and 2023 come first, oldest first
        assertThat(detail.history())
                .filteredOn(year -> year.year() >= 2036)
                .extracting(year -> year.year() + " " + year.rank() + " " + year.index() + " " + year.published())
                .containsExactly("2036 2 76.00 true", "2037 2 84.44 false");
        assertThat(detail.history()).extracting(YearResult::year).isSorted();
    }

    @Test
    void aFocalPointReadsItsOwnPublishedYear() {
        AssessmentFixtures.signInFocalPointOf(context, "HCG");
        UnitDetail detail = details.detail(years.lastYear(), unitId);
        assertThat(detail.published()).isTrue();
        assertThat(detail.result().rank()).isEqualTo(2);
        assertThat(detail.result().index()).isEqualByComparingTo("76.00");
        // only published years in its history
        assertThat(detail.history()).extracting(YearResult::year).contains(2036).doesNotContain(2037);
        assertThat(detail.history()).extracting(YearResult::published).containsOnly(true);
    }

    @Test
    void breakdownShowsSelfAgainstFinalAndLastYearThroughTheMapping() {
        SignIn.as(context, "noivu");
        UnitDetail detail = details.detail(years.thisYear(), unitId);
        java.util.Map<String, DetailLine> byCode =
                flatten(detail.lines()).collect(Collectors.toMap(DetailLine::code, Function.identity()));

        DetailLine kept = byCode.get("1.1.1");
        assertThat(kept.selfScore()).isEqualByComparingTo("20");
        assertThat(kept.appraisedScore()).isEqualByComparingTo("18");
        assertThat(kept.finalScore()).isEqualByComparingTo("18");
        assertThat(kept.lastYear()).isEqualByComparingTo("24");
        assertThat(kept.yearChange()).isEqualByComparingTo("-6");

        DetailLine excluded = byCode.get("1.1.2");
        assertThat(excluded.applicable()).isFalse();
        assertThat(excluded.finalScore()).isNull();
        assertThat(excluded.maximum()).isEqualByComparingTo("0");

        DetailLine criterion = byCode.get("1.1");
        assertThat(criterion.selfScore()).isEqualByComparingTo("20");
        assertThat(criterion.finalScore()).isEqualByComparingTo("18");
        assertThat(criterion.maximum()).isEqualByComparingTo("20");

        DetailLine split = byCode.get("1.3");
        assertThat(split.mapping()).isEqualTo(MappingKind.SPLIT);
        assertThat(split.sourceCodes()).containsExactly("1.2");
        assertThat(split.lastYear()).isEqualByComparingTo("24");

        DetailLine merged = byCode.get("2.1");
        assertThat(merged.sourceCodes()).containsExactly("2.1", "2.2");
        assertThat(merged.lastYear()).isEqualByComparingTo("27");

        DetailLine added = byCode.get("2.2");
        assertThat(added.mapping()).isEqualTo(MappingKind.NEW);
        assertThat(added.lastYear()).isNull();

        DetailLine area = byCode.get("1");
        assertThat(area.selfScore()).isEqualByComparingTo("47");
        assertThat(area.finalScore()).isEqualByComparingTo("43");
        assertThat(area.lastYear()).isEqualByComparingTo("48");
        assertThat(detail.selfTotal()).isEqualByComparingTo("80");
    }

    @Test
    void lastYearsSurveyPointsCountAndAreNeverSelfScored() {
        SignIn.as(context, "lanhdao");
        UnitDetail detail = details.detail(years.lastYear(), unitId);
        DetailLine survey = flatten(detail.lines())
                .filter(line -> line.code().equals("2.2.1"))
                .findFirst()
                .orElseThrow();
        assertThat(survey.survey()).isTrue();
        assertThat(survey.selfScore()).isNull();
        assertThat(survey.finalScore()).isEqualByComparingTo("12");
        // 1.2.2: no final score, the appraised one counts; 1.2.1: neither, the unit's own counts
        assertThat(detail.total()).isEqualByComparingTo("76");
    }

    @Test
    void focalPointsSeeOnlyTheirOwnPublishedUnit() {
        String own = AssessmentFixtures.signInFocalPointOf(context, "HCG");
        SignIn.out();
        String other = AssessmentFixtures.signInFocalPointOf(context, "HBG");

        // another unit's id in the address is refused
        assertThatThrownBy(() -> details.detail(years.thisYear(), unitId)).isInstanceOf(AccessDeniedException.class);

        // its own unit, but not published yet
        SignIn.as(context, own, vn.parindex.support.Accounts.PASSWORD);
        assertThatThrownBy(() -> details.detail(years.thisYear(), unitId))
                .isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "unitDetail.notPublished");

        // the administrator is no reader of results
        SignIn.as(context, "admin");
        assertThatThrownBy(() -> details.detail(years.thisYear(), unitId)).isInstanceOf(AccessDeniedException.class);
        assertThat(other).isNotEqualTo(own);
    }

    @Test
    void councilMembersAndLeadersReadDrafts() {
        for (String user : List.of("hoidong2", "lanhdao", "noivu")) {
            SignIn.as(context, user);
            assertThat(details.detail(years.thisYear(), unitId).published()).isFalse();
        }
    }

    private static String[] row(String code, String self, String appraised, String finalScore) {
        return new String[] {code, self, appraised, finalScore};
    }

    private static Stream<DetailLine> flatten(List<DetailLine> lines) {
        return lines.stream().flatMap(line -> Stream.concat(Stream.of(line), flatten(line.children())));
    }
}
