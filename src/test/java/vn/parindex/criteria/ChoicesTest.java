package vn.parindex.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One parser for choices, whether from the published table ("|") or the form (one per line). */
class ChoicesTest {

    @Test
    void readsTheTableFormAndTheFormsLinesAlike() {
        List<Choice> table =
                Choices.parse("1,5=Đạt|0=Không đạt", "1.5=Met|0=Not met").orElseThrow();
        List<Choice> form = Choices.parse("1,5 = Đạt\n\n0 = Không đạt\n", "1.5 = Met\r\n0 = Not met")
                .orElseThrow();
        assertThat(form).isEqualTo(table);
        assertThat(table.get(0).value()).isEqualByComparingTo("1.5");
        assertThat(table).extracting(Choice::descriptionEn).containsExactly("Met", "Not met");
    }

    @Test
    void englishIsOptionalButMustKeepTheValues() {
        assertThat(Choices.parse("1=Đạt|0=Không", "").orElseThrow())
                .extracting(Choice::descriptionEn)
                .containsExactly("Đạt", "Không");
        assertThat(Choices.parse("1=Đạt|0=Không", "1=Met").orElseThrow())
                .extracting(Choice::descriptionEn)
                .containsExactly("Met", "Không");
        assertThat(Choices.parse("1=Đạt|0=Không", "1=Met|0.5=Half")).isEmpty();
        assertThat(Choices.parse("1=Đạt", "Met")).isEmpty();
    }

    @Test
    void refusesWhatIsNotAListOfChoices() {
        assertThat(Choices.parse("", "1=Met")).isEmpty();
        assertThat(Choices.parse("Đạt", "")).isEmpty();
        assertThat(Choices.parse("một=Đạt", "")).isEmpty();
        assertThat(Choices.parse("0.125=Đạt", "")).isEmpty();
    }

    @Test
    void formatsWhatItReads() {
        List<Choice> choices =
                List.of(new Choice(new BigDecimal("1.50"), "Đạt", "Met"), new Choice(BigDecimal.ZERO, "Không", "No"));
        String vi = Choices.format(choices, false, "|");
        String en = Choices.format(choices, true, "\n");
        assertThat(vi).isEqualTo("1.5=Đạt|0=Không");
        assertThat(Choices.parse(vi, en).orElseThrow())
                .extracting(Choice::value)
                .containsExactly(new BigDecimal("1.5"), BigDecimal.ZERO);
    }
}
