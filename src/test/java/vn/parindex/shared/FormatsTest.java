package vn.parindex.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.parindex.shared.ui.Formats;

class FormatsTest {

    @Test
    void scoresFollowTheLocale() {
        assertThat(Formats.score(new BigDecimal("92.86"), Locales.VIETNAMESE)).isEqualTo("92,86");
        assertThat(Formats.score(new BigDecimal("92.86"), Locales.ENGLISH)).isEqualTo("92.86");
        assertThat(Formats.score(new BigDecimal("1234.5"), Locales.VIETNAMESE)).isEqualTo("1.234,50");
        assertThat(Formats.score(new BigDecimal("90.855"), Locales.ENGLISH)).isEqualTo("90.86");
    }

    @Test
    void datesFollowTheLocale() {
        LocalDate date = LocalDate.of(2024, 12, 31);
        assertThat(Formats.date(date, Locales.VIETNAMESE)).isEqualTo("31/12/2024");
        assertThat(Formats.date(date, Locales.ENGLISH)).isEqualTo("31 Dec 2024");
    }

    @Test
    void languageTagsMapToSupportedLocales() {
        assertThat(Locales.fromTag("en")).isEqualTo(Locales.ENGLISH);
        assertThat(Locales.fromTag("vi")).isEqualTo(Locales.VIETNAMESE);
        assertThat(Locales.fromTag("fr")).isEqualTo(Locales.VIETNAMESE);
        assertThat(Locales.fromTag(null)).isEqualTo(Locales.VIETNAMESE);
    }
}
