package vn.parindex.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.parindex.ranking.internal.export.RankingXlsxExport;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.ConcurrentEditException;
import vn.parindex.shared.pdf.PdfAssertions;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;

/**
 * Downloads of the demo's published results through the service (who may have which file) and the
 * signed results decision, recorded once on the 2022 district publication and rendered as the PDF.
 */
@PortalIntegrationTest
class RankingExportsTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired
    ApplicationContext context;

    @Autowired
    RankingExports exports;

    @Autowired
    ResultPublications publications;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private long period(int year) {
        return jdbc.queryForObject("select id from assessment_period where year = ?", Long.class, year);
    }

    @Test
    void theBlockTableIsForProvinceRolesAndAFocalPointGetsOnlyTheirOwnScorecard() throws Exception {
        long period = period(2023);
        long departments = RankingResultsTest.block(jdbc, "DEPARTMENT");
        long transport = RankingResultsTest.unit(jdbc, "SGTVT");

        SignIn.as(context, "lanhdao");
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        exports.xlsx(period, departments, VI, xlsx);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            var first = book.getSheetAt(0).getRow(RankingXlsxExport.HEADER_ROW + 1);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("Sở Giao thông vận tải");
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(92.86);
        }
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        exports.csv(period, departments, VI, csv);
        assertThat(csv.toString(StandardCharsets.UTF_8)).contains("92.86").contains("91.11");

        SignIn.as(context, "gtvt");
        assertThatThrownBy(() -> exports.xlsx(period, departments, VI, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
        long health = RankingResultsTest.unit(jdbc, "SYT");
        assertThatThrownBy(() -> exports.scorecardPdf(period, departments, health, VI, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
        ByteArrayOutputStream scorecard = new ByteArrayOutputStream();
        exports.scorecardPdf(period, departments, transport, VI, scorecard);
        assertThat(PdfAssertions.text(scorecard.toByteArray()))
                .contains("Sở Giao thông vận tải")
                .contains("92,86");
    }

    @Test
    void theSignedDecisionIsRecordedOnceByTheSecretariatAndBecomesThePdf() throws Exception {
        long period = period(2022);
        long districts = RankingResultsTest.block(jdbc, "DISTRICT");
        // Signed the day after the results were published (never before it, never in the future).
        LocalDate signed = jdbc.queryForObject(
                        "select max(published_at) from ranking_publication where period_id = ? and block_id = ?",
                        java.sql.Timestamp.class,
                        period,
                        districts)
                .toLocalDateTime()
                .toLocalDate()
                .plusDays(1);
        DecisionDetails decision =
                new DecisionDetails("68/QĐ-UBND", signed, "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Triệu Thế Hùng");

        SignIn.as(context, "lanhdao");
        assertThatThrownBy(() -> publications.recordDecision(period, districts, 1, decision))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(context, "noivu");
        int revision = jdbc.queryForObject(
                "select max(revision) from ranking_publication where period_id = ? and block_id = ?",
                Integer.class,
                period,
                districts);
        assertThatThrownBy(() -> publications.recordDecision(period, districts, revision + 1, decision))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> publications.recordDecision(
                        period, districts, revision, new DecisionDetails(" ", decision.date(), "TM", "CT", "A")))
                .isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "ranking.decision.numberRequired");
        assertThatThrownBy(() -> publications.recordDecision(
                        period,
                        districts,
                        revision,
                        new DecisionDetails("1/QĐ", LocalDate.now().plusDays(2), "TM", "CT", "A")))
                .isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "ranking.decision.dateRange");
        assertThatThrownBy(() -> publications.recordDecision(
                        period, districts, revision, new DecisionDetails("1/QĐ", signed.minusDays(3), "TM", "CT", "A")))
                .isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "ranking.decision.dateRange");

        boolean recordedBefore = exports.decisionRecorded(period, districts);
        if (!recordedBefore) {
            publications.recordDecision(period, districts, revision, decision);
            assertThat(jdbc.queryForObject(
                            "select count(*) from audit_event where action = 'RESULTS_DECISION_RECORDED' and entity_id = ?",
                            Integer.class,
                            period + "/" + districts))
                    .isEqualTo(1);
        }
        assertThat(exports.decisionRecorded(period, districts)).isTrue();
        // A number is never changed: a second decision is refused whatever it says.
        assertThatThrownBy(() -> publications.recordDecision(
                        period,
                        districts,
                        revision,
                        new DecisionDetails("99/QĐ-UBND", decision.date(), "TM", "CT", "B")))
                .isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "ranking.decision.alreadyNumbered");

        SignIn.as(context, "lanhdao");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        exports.decisionPdf(period, districts, pdf);
        String text = PdfAssertions.text(pdf.toByteArray());
        assertThat(text)
                .contains("68/QĐ-UBND")
                .contains("QUYẾT ĐỊNH")
                .contains("Điều 1")
                .contains("Triệu Thế Hùng")
                .contains("Nam Sách");
        SignIn.as(context, "namsach");
        assertThatThrownBy(() -> exports.decisionPdf(period, districts, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
