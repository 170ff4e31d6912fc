package vn.parindex.ranking.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.ranking.ExplainFixturesAccess;
import vn.parindex.ranking.WhatIfOptions;
import vn.parindex.support.KaribuTest;

/**
 * The unit detail on the demo's published 2023 (Department of Transport 1st with 92.86) per role and
 * language, a focal point refused another unit, and the what-if on the explain tests' draft 2037.
 */
class UnitDetailUiTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    private long period2023() {
        return jdbc.queryForObject("select id from assessment_period where year = 2023", Long.class);
    }

    private long unit(String code) {
        return jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
    }

    private void openUnit(long period, long unit) {
        UI.getCurrent()
                .navigate(
                        "ranking/unit",
                        QueryParameters.simple(Map.of("period", String.valueOf(period), "unit", String.valueOf(unit))));
    }

    private static String fact(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    @Test
    void theSecretariatReadsTransportsPublishedResultInVietnamese() {
        openAs("noivu");
        openUnit(period2023(), unit("SGTVT"));
        assertThat(fact("ud-rank")).isEqualTo("1");
        assertThat(fact("ud-index")).isEqualTo("92,86");
        assertThat(fact("ud-state")).isEqualTo("Đã công bố");
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("ud-history"))))
                .isGreaterThanOrEqualTo(2);
        assertThat(_get(Paragraph.class, spec -> spec.withId("ud-explain-headline"))
                        .getText())
                .startsWith("Chỉ số 92,86 năm 2023, so với");
    }

    @Test
    void aLeaderReadsItInEnglishAndTheFocalPointOnlyItsOwnUnit() {
        openAs("lanhdao");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        openUnit(period2023(), unit("SNV"));
        assertThat(fact("ud-index")).isEqualTo("91.11");
        assertThat(fact("ud-rank")).isEqualTo("2");

        openAs("gtvt");
        openUnit(period2023(), unit("SGTVT"));
        assertThat(fact("ud-index")).isEqualTo("92,86");
        openUnit(period2023(), unit("SNV"));
        assertThat(_get(Div.class, spec -> spec.withId("ud-problem")).getText())
                .isEqualTo("Bạn không có quyền xem kết quả của đơn vị này.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theWhatIfShowsBothRankingsAndTheUnitsThatMove() {
        long[] ids = ExplainFixturesAccess.constructedCase(context);
        long period = ids[0];
        long block = ids[1];
        openAs("hoidong1");
        UI.getCurrent()
                .navigate(
                        "ranking/what-if",
                        QueryParameters.simple(
                                Map.of("period", String.valueOf(period), "block", String.valueOf(block))));
        Grid<?> current = _get(Grid.class, spec -> spec.withId("wi-current"));
        assertThat(GridKt._size(current))
                .isEqualTo(GridKt._size(_get(Grid.class, spec -> spec.withId("wi-simulated"))));
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("wi-pending"))))
                .isEqualTo(1);

        Select<WhatIfOptions.UnitOption> unitSelect = _get(Select.class, spec -> spec.withId("wi-unit"));
        HasValueUtilsKt._setValue(
                unitSelect,
                unitSelect
                        .getListDataView()
                        .getItems()
                        .filter(option -> option.code().equals("HBG"))
                        .findFirst()
                        .orElseThrow(),
                true);
        ComboBox<WhatIfOptions.ItemOption> item = _get(ComboBox.class, spec -> spec.withId("wi-item"));
        HasValueUtilsKt._setValue(
                item,
                item.getListDataView()
                        .getItems()
                        .filter(option -> option.code().equals("2.2.1"))
                        .findFirst()
                        .orElseThrow(),
                true);
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withId("wi-value")), "10", true);
        _click(_get(Button.class, spec -> spec.withId("wi-add")));
        _click(_get(Button.class, spec -> spec.withId("wi-simulate")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("wi-moves")).getText())
                .isEqualTo("Thay đổi: HBG hạng 3 → 1 (chỉ số 82,00 → 92,00), HGL hạng 1 → 2 (chỉ số 90,00 → 90,00),"
                        + " HCG hạng 2 → 3 (chỉ số 84,44 → 84,44)");
    }
}
