package vn.parindex.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one builder of a unit's score rules, used by the whole tree and by the single scoring statement. */
class ScoreRulesTest {

    private static final Scoring YES_NO =
            new Scoring(ScoringMethod.YES_NO, BigDecimal.ONE, null, null, null, List.of());

    private static ScoreRules.Node node(long id, Long parent, NodeLevel level, boolean excluded) {
        Scoring scoring = level.scored() ? YES_NO : Scoring.group(BigDecimal.ONE);
        return new ScoreRules.Node(id, parent, level, "c" + id, scoring, id % 2 == 0, excluded);
    }

    @Test
    void onlyScoredNodesGetARuleInTheOrderGiven() {
        Map<Long, ScoreRule> rules = ScoreRules.of(List.of(
                node(1, null, NodeLevel.AREA, false),
                node(2, 1L, NodeLevel.CRITERION, false),
                node(4, 2L, NodeLevel.COMPONENT, false),
                node(3, 2L, NodeLevel.COMPONENT, false),
                node(9, null, NodeLevel.ADJUSTMENT, false)));
        assertThat(rules.keySet()).containsExactly(4L, 3L, 9L);
        assertThat(rules.get(4L)).isEqualTo(new ScoreRule(4, "c4", NodeLevel.COMPONENT, YES_NO, true, true));
    }

    @Test
    void aNodeExcludedForTheUnitTakesEverythingBelowItOut() {
        Map<Long, ScoreRule> rules = ScoreRules.of(List.of(
                node(1, null, NodeLevel.AREA, true),
                node(2, 1L, NodeLevel.CRITERION, false),
                node(3, 2L, NodeLevel.COMPONENT, false),
                node(5, null, NodeLevel.AREA, false),
                node(6, 5L, NodeLevel.CRITERION, false),
                node(7, 6L, NodeLevel.COMPONENT, true),
                node(8, 6L, NodeLevel.COMPONENT, false),
                node(9, null, NodeLevel.ADJUSTMENT, true)));
        assertThat(rules.get(3L).applicable()).isFalse();
        assertThat(rules.get(7L).applicable()).isFalse();
        assertThat(rules.get(8L).applicable()).isTrue();
        assertThat(rules.get(9L).applicable()).isFalse();
    }
}
