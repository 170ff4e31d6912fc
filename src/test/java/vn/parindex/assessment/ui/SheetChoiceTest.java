package vn.parindex.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.parindex.organization.UnitSummary;
import vn.parindex.period.PeriodSummary;
import vn.parindex.period.Phase;

/** Which period and unit the sheet opens with. */
class SheetChoiceTest {

    private static PeriodSummary period(long id, Phase phase) {
        return new PeriodSummary(id, 2020 + (int) id, "Kỳ", "Period", phase, null, Map.of(), 0);
    }

    private static UnitSummary unit(long id) {
        return new UnitSummary(
                id, "U" + id, "Đơn vị", "Unit", "U" + id, 1, "DEPARTMENT", true, true, null, null, null, (int) id, 0);
    }

    private static final List<PeriodSummary> PERIODS =
            List.of(period(5, Phase.PREPARATION), period(4, Phase.SELF_ASSESSMENT), period(3, Phase.PUBLISHED));
    private static final List<UnitSummary> UNITS = List.of(unit(1), unit(2), unit(3));

    @Test
    void thePeriodAskedForElseTheOneOpenForSelfAssessmentElseTheNewest() {
        assertThat(SheetChoice.period(PERIODS, Optional.of(3L)).id()).isEqualTo(3);
        assertThat(SheetChoice.period(PERIODS, Optional.of(99L)).id()).isEqualTo(4);
        assertThat(SheetChoice.period(PERIODS, Optional.empty()).id()).isEqualTo(4);
        assertThat(SheetChoice.period(List.of(period(5, Phase.PREPARATION), period(3, Phase.CLOSED)), Optional.empty())
                        .id())
                .isEqualTo(5);
        assertThat(SheetChoice.period(List.of(), Optional.of(3L))).isNull();
    }

    @Test
    void aFocalPointGetsTheirOwnUnitWhateverTheAddressSays() {
        assertThat(SheetChoice.unit(UNITS, 2L, Optional.of(3L), 2L).id()).isEqualTo(2);
        assertThat(SheetChoice.unit(UNITS, null, Optional.of(3L), 2L).id()).isEqualTo(3);
        assertThat(SheetChoice.unit(UNITS, null, Optional.empty(), 1L).id()).isEqualTo(1);
        assertThat(SheetChoice.unit(UNITS, null, Optional.empty(), null)).isNull();
        assertThat(SheetChoice.unit(UNITS, null, Optional.of(99L), 1L)).isNull();
    }
}
