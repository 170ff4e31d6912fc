package vn.parindex.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.leaders.BlockClassification;
import vn.parindex.leaders.ClassificationEntry;
import vn.parindex.leaders.ClassificationStatus;
import vn.parindex.leaders.LeaderClassifications;
import vn.parindex.leaders.Level;
import vn.parindex.leaders.LevelSummary;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;

/** The demo's approved leader classifications reproduce the 2023 Hai Duong report's counts. */
@PortalIntegrationTest
class DemoLeadersTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    LeaderClassifications classifications;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private long period(int year) {
        return jdbc.queryForObject("select id from assessment_period where year = ?", Long.class, year);
    }

    private long block(String code) {
        return jdbc.queryForObject("select id from org_block where code = ?", Long.class, code);
    }

    private static Map<Level, Integer> counts(int excellent, int well, int completed) {
        return Map.of(Level.EXCELLENT, excellent, Level.WELL, well, Level.COMPLETED, completed, Level.NOT_COMPLETED, 0);
    }

    @Test
    void departmentsSixExcellentlyTwelveWellNoneCompletedIn2023AndTwoCompletedIn2022() {
        SignIn.as(context, "lanhdao");
        LevelSummary summary = classifications.summary(period(2023), block("DEPARTMENT"));
        assertThat(summary.thisYear()).isEqualTo(counts(6, 12, 0));
        assertThat(summary.lastYear()).containsEntry(Level.COMPLETED, 2).containsEntry(Level.NOT_COMPLETED, 0);
        BlockClassification classification = classifications
                .classification(period(2023), block("DEPARTMENT"))
                .orElseThrow();
        assertThat(classification.status()).isEqualTo(ClassificationStatus.APPROVED);
        assertThat(classification.entries()).hasSize(18).noneMatch(ClassificationEntry::outsideRules);
        // The last unit (Department of Health) still had its head rated "well": the rules cap by band.
        ClassificationEntry last = classification.entries().get(17);
        assertThat(last.unitNameEn()).isEqualTo("Department of Health");
        assertThat(last.finalLevel()).isEqualTo(Level.WELL);
    }

    @Test
    void districtsOneExcellentlyHoNgocLamOfNamSachAndElevenWellIn2023AndTwoCompletedIn2022() {
        SignIn.as(context, "noivu");
        LevelSummary summary = classifications.summary(period(2023), block("DISTRICT"));
        assertThat(summary.thisYear()).isEqualTo(counts(1, 11, 0));
        assertThat(summary.lastYear()).containsEntry(Level.COMPLETED, 2);
        BlockClassification classification =
                classifications.classification(period(2023), block("DISTRICT")).orElseThrow();
        assertThat(classification.entries())
                .filteredOn(entry -> entry.finalLevel() == Level.EXCELLENT)
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.headName()).isEqualTo("Hồ Ngọc Lâm");
                    assertThat(entry.unitNameEn()).isEqualTo("Nam Sach District People's Committee");
                    assertThat(entry.reasons()).isNotEmpty();
                });
        BlockClassification last2022 =
                classifications.classification(period(2022), block("DISTRICT")).orElseThrow();
        assertThat(last2022.status()).isEqualTo(ClassificationStatus.APPROVED);
        assertThat(last2022.entries())
                .filteredOn(entry -> entry.finalLevel() == Level.COMPLETED)
                .extracting(ClassificationEntry::unitNameEn)
                .containsExactlyInAnyOrder(
                        "Binh Giang District People's Committee", "Tu Ky District People's Committee");
    }
}
