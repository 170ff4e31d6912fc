package vn.parindex.appraisal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parindex.appraisal.AppraisalRows;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.organization.UnitSummary;
import vn.parindex.period.PeriodSummary;
import vn.parindex.period.Phase;
import vn.parindex.support.KaribuTest;
import vn.parindex.support.SignIn;
import vn.parindex.support.UiAssertions;

/** The survey view: a file with problems is listed by row and cannot be imported; a clean one is. */
class SurveyImportUiTest extends KaribuTest {

    private static final int YEAR = 2057;
    private static Long periodId;

    @Autowired
    OrganizationDirectory organization;

    @BeforeEach
    void preparePeriod() {
        if (periodId == null) {
            periodId = AppraisalRows.period(context, YEAR, Phase.FINAL_APPRAISAL);
        }
    }

    @Test
    void problemsAreListedByRowAndOnlyACleanFileIsImported() {
        openAs("noivu");
        UI.getCurrent().navigate("appraisal/survey");
        choosePeriod();
        @SuppressWarnings("unchecked")
        Grid<Object> history = _get(Grid.class, spec -> spec.withId("survey-history"));
        int before = GridKt._size(history);

        upload("khao-sat.csv", "unit_code,component_code,points\nNOPE,2.1.1,5\n");
        assertThat(_get(Span.class, spec -> spec.withId("survey-summary")).getText())
                .startsWith("Đã kiểm tra 1 dòng, có ");
        @SuppressWarnings("unchecked")
        Grid<Object> problems = _get(Grid.class, spec -> spec.withId("survey-problems"));
        assertThat(GridKt._getFormattedRow(problems, 0)).containsExactly("2", "Không có đơn vị mã NOPE");
        assertThat(_get(Button.class, spec -> spec.withId("survey-commit")).isEnabled())
                .isFalse();

        upload("khao-sat.xlsx", "%PDF-1.7");
        assertThat(_get(Span.class, spec -> spec.withId("survey-refused")).getText())
                .isEqualTo("Chỉ nhập được tệp XLSX hoặc CSV (UTF-8)");

        StringBuilder clean = new StringBuilder("unit_code;component_code;points\n");
        for (UnitSummary unit : organization.units()) {
            if (unit.active() && !unit.code().equals("SNV")) {
                clean.append(unit.code())
                        .append(";2.1.1;7,5\n")
                        .append(unit.code())
                        .append(";2.1.2;15\n");
            }
        }
        upload("khao-sat.csv", clean.toString());
        assertThat(_get(Span.class, spec -> spec.withId("survey-summary")).getText())
                .contains("không có lỗi");
        @SuppressWarnings("unchecked")
        Grid<Object> effects = _get(Grid.class, spec -> spec.withId("survey-effects"));
        assertThat(java.util.stream.IntStream.range(0, GridKt._size(effects))
                        .mapToObj(i -> GridKt._getFormattedRow(effects, i))
                        .filter(row -> row.contains("22,50"))
                        .count())
                .isEqualTo(organization.units().stream()
                                .filter(UnitSummary::active)
                                .count()
                        - 1);
        Button commit = _get(Button.class, spec -> spec.withId("survey-commit"));
        assertThat(commit.isEnabled()).isTrue();
        _click(commit);
        assertThat(UiAssertions.notificationTexts()).contains("Đã nhập điểm điều tra từ tệp khao-sat.csv");
        @SuppressWarnings("unchecked")
        Grid<Object> after = _get(Grid.class, spec -> spec.withId("survey-history"));
        assertThat(GridKt._size(after)).isEqualTo(before + 1);
        assertThat(GridKt._getFormattedRow(after, 0)).contains("khao-sat.csv", "noivu", "Đang dùng");
        SignIn.out();
    }

    @SuppressWarnings("unchecked")
    private void choosePeriod() {
        Select<PeriodSummary> period = _get(Select.class, spec -> spec.withId("survey-period"));
        PeriodSummary ours = period.getListDataView()
                .getItems()
                .filter(p -> p.id() == periodId)
                .findFirst()
                .orElseThrow();
        HasValueUtilsKt._setValue(period, ours, true);
    }

    private static void upload(String name, String content) {
        UploadKt._upload(
                _get(Upload.class, spec -> spec.withId("survey-upload")),
                name,
                "application/octet-stream",
                content.getBytes(StandardCharsets.UTF_8));
    }
}
