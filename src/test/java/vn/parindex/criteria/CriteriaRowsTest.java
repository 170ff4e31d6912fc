package vn.parindex.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The published layout without a database: headers, ranges, choices and row numbers. */
class CriteriaRowsTest {

    private static final List<String> HEADER = CriteriaRows.COLUMNS;

    @Test
    void aRangeMayStartAboveZero() {
        CriteriaRows.Parsed parsed = CriteriaRows.parse(
                List.of(
                        HEADER,
                        row("1", "AREA", "1"),
                        row("1.1", "CRITERION", "1"),
                        List.of("1.1.1", "COMPONENT", "Tên", "Name", "1", "RANGE", "0.5:1:0.25", "", "", "Y")),
                1);
        assertThat(parsed.problems()).isEmpty();
        NodeDraft component = parsed.nodes().get(2).draft();
        assertThat(component.scoring().rangeMin()).isEqualByComparingTo("0.5");
        assertThat(component.scoring().rangeMax()).isEqualByComparingTo("1");
        assertThat(component.scoring().step()).isEqualByComparingTo("0.25");
    }

    @Test
    void choicesPairTheVietnameseAndEnglishDescriptions() {
        CriteriaRows.Parsed parsed = CriteriaRows.parse(
                List.of(
                        HEADER,
                        row("1", "AREA", "1.5"),
                        row("1.1", "CRITERION", "1.5"),
                        List.of(
                                "1.1.1",
                                "COMPONENT",
                                "Tên",
                                "Name",
                                "1,5",
                                "CHOICES",
                                "",
                                "1.5=đủ|0=không",
                                "1.5=all|0=none",
                                "N")),
                1);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.nodes().get(2).draft().scoring().choices())
                .extracting(Choice::descriptionEn)
                .containsExactly("all", "none");
    }

    @Test
    void problemsCarryTheSpreadsheetRowNumber() {
        CriteriaRows.Parsed parsed =
                CriteriaRows.parse(List.of(HEADER, row("1", "AREA", "x"), row("2", "LEVEL", "1")), 1);
        assertThat(parsed.ok()).isFalse();
        assertThat(parsed.problems())
                .extracting(ImportProblem::row, ImportProblem::messageKey)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(2, "import.points"),
                        org.assertj.core.groups.Tuple.tuple(3, "import.level"));
        assertThat(parsed.nodes()).isEmpty();
    }

    @Test
    void aComponentWithoutAMethodIsAProblemOfItsRow() {
        CriteriaRows.Parsed parsed = CriteriaRows.parse(
                List.of(
                        HEADER,
                        row("1", "AREA", "1"),
                        row("1.1", "CRITERION", "1"),
                        List.of("1.1.1", "COMPONENT", "Tên", "Name", "1", "", "0.25", "", "", "N")),
                1);
        assertThat(parsed.ok()).isFalse();
        assertThat(parsed.problems())
                .extracting(ImportProblem::row, ImportProblem::messageKey)
                .contains(org.assertj.core.groups.Tuple.tuple(4, "import.method"));
    }

    private static List<String> row(String code, String level, String max) {
        return List.of(code, level, "Tên " + code, "Name " + code, max, "", "", "", "", "N");
    }
}
