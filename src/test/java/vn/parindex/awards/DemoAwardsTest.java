package vn.parindex.awards;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.shared.Locales;
import vn.parindex.shared.pdf.PdfAssertions;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;

/**
 * The demo's award decisions: 2023 with exactly the 21 awards of the Hai Duong report (11 collectives,
 * 10 individuals, names and positions as given), every awarded assessed unit eligible on its published
 * result, the two post-office awards forward on a justification; 2022 from that year's top units; the
 * PDF and XLSX of the 2023 decision read back.
 */
@PortalIntegrationTest
class DemoAwardsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    AwardDecisions decisions;

    @Autowired
    PeriodDirectory periods;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private AwardDecision decision(int year) {
        SignIn.as(context, "lanhdao");
        List<AwardDecision> all =
                decisions.decisions(periods.byYear(year).orElseThrow().id());
        assertThat(all).as(year + " decisions").hasSize(1);
        return all.get(0);
    }

    static final List<String> COLLECTIVE_CODES =
            List.of("SGTVT", "SNV", "SGDDT", "STTTT", "SNNPTNT", "SVHTTDL", "HNS", "HKT", "TPCL", "HNG");

    @Test
    void the2023DecisionHoldsExactlyThe21AwardsOfTheReport() {
        AwardDecision decision = decision(2023);
        assertThat(decision.number()).isEqualTo("845/QĐ-UBND");
        assertThat(decision.collectives()).isEqualTo(11);
        assertThat(decision.individuals()).isEqualTo(10);
        assertThat(decision.signerName()).isEqualTo("Triệu Thế Hùng");
        List<AwardItem> items = decisions.items(decision.id());
        assertThat(items).hasSize(21);
        assertThat(items.stream()
                        .filter(i -> i.kind() == NominationKind.COLLECTIVE)
                        .map(AwardItem::unitCode))
                .containsExactlyInAnyOrderElementsOf(concat(COLLECTIVE_CODES, null));
        assertThat(items.stream()
                        .filter(i -> i.kind() == NominationKind.COLLECTIVE)
                        .map(AwardItem::name))
                .contains("Sở Giao thông vận tải", "Bưu điện thị xã Kinh Môn");
        assertThat(items.stream()
                        .filter(i -> i.kind() == NominationKind.INDIVIDUAL)
                        .map(i -> i.name() + " | " + i.positionTitle() + " | " + i.organisation()))
                .containsExactlyInAnyOrder(
                        "Vũ Văn Tùng | Giám đốc | Sở Giao thông vận tải",
                        "Nguyễn Thành Trung | Giám đốc | Sở Văn hóa, Thể thao và Du lịch",
                        "Nguyễn Văn Kiên | Chủ tịch | Ủy ban nhân dân thành phố Chí Linh",
                        "Phạm Quang Hưng | Chủ tịch | Ủy ban nhân dân huyện Kim Thành",
                        "Hoàng Quốc Huy | Trưởng phòng Tổ chức và Cải cách hành chính | Sở Nội vụ",
                        "Nguyễn Văn Huy | Chuyên viên Phòng Nội vụ | Ủy ban nhân dân huyện Nam Sách",
                        "Phạm Thị Minh | Chuyên viên chính Văn phòng Sở | Sở Thông tin và Truyền thông",
                        "Vũ Thị Hồng Thu | Phó Chánh Văn phòng Sở | Sở Nông nghiệp và Phát triển nông thôn",
                        "Hoàng Hạnh Phương | Chuyên viên Văn phòng Sở | Sở Giáo dục và Đào tạo",
                        "Tạ Thanh Thủy | Phó Trưởng phòng Kỹ thuật | Bưu điện tỉnh Hải Dương");
        assertThat(items).allMatch(i -> i.awardTypeVi().equals("Bằng khen của Chủ tịch UBND tỉnh"));

        // every awarded assessed unit passes on its published result; the post offices go on a justification
        for (AwardItem item : items) {
            if (item.unitCode() != null) {
                assertThat(item.eligible()).as(item.name()).isTrue();
                assertThat(item.justification()).as(item.name()).isNull();
                assertThat(item.rank()).as(item.name()).isNotNull();
                int limit = item.blockNameEn().toLowerCase(Locale.ROOT).contains("district") ? 4 : 6;
                assertThat(item.rank()).as(item.name()).isLessThanOrEqualTo(limit);
                assertThat(item.findings()).anyMatch(RuleFinding::passed);
                assertThat(AwardsFlowTest.approvals(item, Locale.ENGLISH)).contains("approved by lanhdao on ");
            } else {
                assertThat(item.eligible()).as(item.name()).isFalse();
                assertThat(item.justification()).as(item.name()).isNotBlank();
                assertThat(item.findings())
                        .isNotEmpty()
                        .allMatch(f -> !f.passed() && f.reasonKey().equals("awards.reason.noUnit"));
            }
        }
        // the decision's order: departments (by rank), then districts (by rank), then other collectives; individuals
        // after
        List<AwardItem> collectives = items.stream()
                .filter(i -> i.kind() == NominationKind.COLLECTIVE)
                .toList();
        assertThat(collectives.get(collectives.size() - 1).unitCode()).isNull();
        List<String> order = collectives.stream()
                .filter(i -> i.unitCode() != null)
                .map(i -> (i.blockNameEn().toLowerCase(Locale.ROOT).contains("district") ? "2" : "1") + "-"
                        + String.format("%02d", i.rank()))
                .toList();
        assertThat(order).isSorted().hasSize(10);
        assertThat(order.get(0)).isEqualTo("1-01");
        assertThat(order.get(6)).isEqualTo("2-01");
        assertThat(items.subList(0, 11)).allMatch(i -> i.kind() == NominationKind.COLLECTIVE);
        // the heads of units carry their approved leader classification; the others none
        for (AwardItem item : items) {
            boolean head = List.of("Vũ Văn Tùng", "Nguyễn Thành Trung", "Nguyễn Văn Kiên", "Phạm Quang Hưng")
                    .contains(item.name());
            if (head) {
                assertThat(item.leaderLevel()).as(item.name()).isIn("EXCELLENT", "WELL", "COMPLETED", "NOT_COMPLETED");
            } else {
                assertThat(item.leaderLevel()).as(item.name()).isNull();
            }
        }
        Map<String, AwardItem> byName = items.stream().collect(Collectors.toMap(AwardItem::name, Function.identity()));
        AwardItem transport = byName.get("Sở Giao thông vận tải");
        assertThat(transport.index()).isEqualByComparingTo("92.86");
        assertThat(transport.rank()).isEqualTo(1);
        assertThat(transport.changeDirection()).isEqualTo("SAME");
        assertThat(byName.get("Ủy ban nhân dân thành phố Chí Linh").changeDirection())
                .isEqualTo("UP");
        assertThat(byName.get("Ủy ban nhân dân huyện Nam Sách").index()).isEqualByComparingTo("90.86");
    }

    @Test
    void the2022DecisionComesFromThatYearsTopUnitsSoCountsCompare() {
        AwardDecision decision = decision(2022);
        assertThat(decision.number()).isEqualTo("712/QĐ-UBND");
        assertThat(decision.collectives()).isEqualTo(5);
        assertThat(decision.individuals()).isEqualTo(3);
        assertThat(decisions.items(decision.id())).allMatch(AwardItem::eligible);
        AwardDecision now = decision(2023);
        assertThat(now.collectives() + now.individuals())
                .isEqualTo(21)
                .isGreaterThan(decision.collectives() + decision.individuals());
    }

    @Test
    void theDecisionPdfListsTheAwardsInTheAdministrativeLayout() {
        byte[] pdf = decisions.pdf(decision(2023).id());
        PdfAssertions.keep("award-decision-2023.pdf", pdf);
        String text = PdfAssertions.withoutSpaces(PdfAssertions.text(pdf));
        assertThat(text)
                .contains(PdfAssertions.withoutSpaces(
                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "ỦY BAN NHÂN DÂN",
                        "Số: 845/QĐ-UBND",
                        "ngày 22 tháng 3 năm 2024",
                        "QUYẾT ĐỊNH",
                        "Căn cứ Luật Thi đua, khen thưởng",
                        "cho 11 tập thể và 10 cá nhân",
                        "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG",
                        "Bưu điện thị xã Kinh Môn",
                        "Tạ Thanh Thủy, Phó Trưởng phòng",
                        "Vũ Văn Tùng, Giám đốc, Sở Giao thông",
                        "Triệu Thế Hùng",
                        "CĂN CỨ KHEN THƯỞNG",
                        "92,86"));
        PdfAssertions.assertDejaVuEmbedded(pdf);
    }

    @Test
    void theXlsxHoldsTheListAndThePackageInTheReadersLanguage() throws Exception {
        AwardDecision decision = decision(2023);
        byte[] vi = decisions.xlsx(decision.id(), Locales.VIETNAMESE);
        byte[] en = decisions.xlsx(decision.id(), Locale.ENGLISH);
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(vi))) {
            Sheet list = book.getSheetAt(0);
            assertThat(list.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Tập thể, cá nhân");
            assertThat(list.getLastRowNum()).isEqualTo(22);
            assertThat(list.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Tập thể");
            assertThat(list.getRow(22).getCell(1).getStringCellValue()).isEqualTo("Cá nhân");
            Sheet pack = book.getSheetAt(1);
            assertThat(pack.getSheetName()).isEqualTo("Hồ sơ căn cứ");
            assertThat(pack.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Sở Giao thông vận tải");
            assertThat(pack.getRow(2).getCell(5).getStringCellValue()).isEqualTo("92,86");
            assertThat(pack.getRow(2).getCell(6).getStringCellValue()).isEqualTo("1");
            assertThat(pack.getRow(2).getCell(11).getStringCellValue())
                    .startsWith("Đạt – ")
                    .contains("xếp thứ 1");
            // the approvals read in Vietnamese: Sở GTVT came from its focal point, reviewed by the secretariat
            assertThat(pack.getRow(2).getCell(14).getStringCellValue())
                    .contains("đề xuất: gtvt", "đưa vào danh sách: noivu ngày ", "phê duyệt: lanhdao ngày ")
                    .doesNotContain("proposed", "approved");
        }
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(en))) {
            Sheet pack = book.getSheetAt(1);
            assertThat(pack.getSheetName()).isEqualTo("Evidence package");
            assertThat(pack.getRow(2).getCell(5).getStringCellValue()).isEqualTo("92.86");
            assertThat(pack.getRow(2).getCell(8).getStringCellValue()).isEqualTo("unchanged");
            assertThat(pack.getRow(1).getCell(14).getStringCellValue()).isEqualTo("Approvals");
            assertThat(pack.getRow(1).getCell(16).getStringCellValue()).isEqualTo("Head's classification");
            boolean headShown = false;
            for (int r = 2; r <= pack.getLastRowNum(); r++) {
                String level = pack.getRow(r).getCell(16).getStringCellValue();
                if (pack.getRow(r).getCell(1).getStringCellValue().equals("Vũ Văn Tùng")) {
                    assertThat(level).matches("Completed tasks.*|Did not complete tasks");
                    headShown = true;
                } else if (pack.getRow(r).getCell(1).getStringCellValue().equals("Tạ Thanh Thủy")) {
                    assertThat(level).isEmpty();
                }
            }
            assertThat(headShown).isTrue();
            assertThat(pack.getRow(2).getCell(14).getStringCellValue())
                    .contains("proposed by gtvt", "accepted into the list by noivu on ", "approved by lanhdao on ")
                    .doesNotContain("phê duyệt");
            // the secretariat's own unit goes to the leader without its review
            boolean ownUnitFlagged = false;
            for (int r = 2; r <= pack.getLastRowNum(); r++) {
                if (pack.getRow(r).getCell(2).getStringCellValue().equals("SNV")) {
                    assertThat(pack.getRow(r).getCell(14).getStringCellValue())
                            .contains("not reviewed by the secretariat");
                    ownUnitFlagged = true;
                }
            }
            assertThat(ownUnitFlagged).isTrue();
        }
    }

    @Test
    void everyDemoStepIsAudited() {
        Integer issued = jdbc.queryForObject(
                "select count(*) from audit_event where action = 'AWARD_DECISION_ISSUED'", Integer.class);
        Integer approved = jdbc.queryForObject(
                "select count(*) from audit_event where action = 'AWARD_NOMINATION_APPROVED' and actor = 'lanhdao'",
                Integer.class);
        assertThat(issued).isGreaterThanOrEqualTo(2);
        assertThat(approved).isGreaterThanOrEqualTo(29);
    }

    private static List<String> concat(List<String> codes, String extra) {
        java.util.ArrayList<String> all = new java.util.ArrayList<>(codes);
        all.add(extra);
        return all;
    }
}
