package vn.parindex.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.parindex.assessment.AssessmentFixtures.node;
import static vn.parindex.assessment.AssessmentFixtures.pdf;
import static vn.parindex.assessment.AssessmentFixtures.signInFocalPointOf;
import static vn.parindex.assessment.AssessmentFixtures.unit;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.assessment.internal.EvidenceContentStore;
import vn.parindex.audit.AuditEntry;
import vn.parindex.audit.AuditTrail;
import vn.parindex.security.Role;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.TextLimits;
import vn.parindex.support.Accounts;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;

/** Uploads checked by content, stored once, referenced documents, links and removal. */
@PortalIntegrationTest
class EvidenceLibraryTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    EvidenceLibrary library;

    @Autowired
    SelfAssessments assessments;

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    JdbcTemplate jdbc;

    long period;

    @BeforeEach
    void findPeriod() {
        period = AssessmentFixtures.period2024(context);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private static String key(Throwable refusal) {
        return ((BusinessRuleException) refusal).messageKey();
    }

    @Test
    void filesAreCheckedByContentAndAnIdenticalFileIsStoredOnce() throws IOException {
        long culture = unit(context, "SVHTTDL").id();
        long education = unit(context, "SGDDT").id();
        signInFocalPointOf(context, "SVHTTDL");
        byte[] plan = pdf("Kế hoạch cải cách hành chính 2024");

        UploadResult first = library.upload(period, culture, "Kế hoạch số 01/KH-SVHTTDL.pdf".replace('/', '-'), plan);
        assertThat(first.alreadyInLibrary()).isFalse();
        assertThat(first.evidence().fileName()).isEqualTo("Kế hoạch số 01-KH-SVHTTDL.pdf");
        assertThat(first.evidence().contentType()).isEqualTo("application/pdf");
        assertThat(first.evidence().sizeBytes()).isEqualTo(plan.length);
        assertThat(first.evidence().sha256()).hasSize(64).matches("[0-9a-f]+");
        assertThat(AssessmentFixtures.bytes(library.file(first.evidence().id())))
                .isEqualTo(plan);

        UploadResult again = library.upload(period, culture, "bản sao.pdf", plan);
        assertThat(again.alreadyInLibrary()).isTrue();
        assertThat(again.evidence().id()).isEqualTo(first.evidence().id());

        signInFocalPointOf(context, "SGDDT");
        UploadResult elsewhere = library.upload(period, education, "Kế hoạch.pdf", plan);
        assertThat(elsewhere.alreadyInLibrary()).isFalse();
        assertThat(elsewhere.evidence().id()).isNotEqualTo(first.evidence().id());
        assertThat(jdbc.queryForObject(
                        "select count(*) from evidence_content where sha256 = ?",
                        Integer.class,
                        first.evidence().sha256()))
                .isEqualTo(1);

        Map<String, byte[]> accepted = Map.of(
                "Báo cáo.docx", docx(),
                "Bảng tổng hợp.xlsx", xlsx(),
                "Bảng cũ.xls", xls(),
                "Ảnh chụp niêm yết.png", image("png"),
                "Ảnh hội nghị.jpg", image("jpg"));
        Map<String, String> types = Map.of(
                "Báo cáo.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "Bảng tổng hợp.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "Bảng cũ.xls", "application/vnd.ms-excel",
                "Ảnh chụp niêm yết.png", "image/png",
                "Ảnh hội nghị.jpg", "image/jpeg");
        accepted.forEach((name, content) -> assertThat(library.upload(period, education, name, content)
                        .evidence()
                        .contentType())
                .as(name)
                .isEqualTo(types.get(name)));
    }

    @Test
    void badFilesAreRefusedWithTheirReasonAndNothingIsStored() {
        long unitId = unit(context, "SVHTTDL").id();
        signInFocalPointOf(context, "SVHTTDL");
        int before = jdbc.queryForObject("select count(*) from evidence", Integer.class);
        byte[] executable = new byte[2048];
        executable[0] = 'M';
        executable[1] = 'Z';
        executable[60] = (byte) 0x80;
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put("Quyết định.pdf", executable);
        files.put("Ghi chú.pdf", "chỉ là văn bản".getBytes(StandardCharsets.UTF_8));
        files.put("ảnh.png", pdf("not a picture"));
        files.put("chương trình.exe", executable);
        files.put("không đuôi", pdf("x"));
        files.put("trống.pdf", new byte[0]);
        files.put("../../etc/passwd.pdf", pdf("x"));
        files.put("C:\\Windows\\a.pdf", pdf("x"));
        files.put("quá lớn.pdf", new byte[20 * 1024 * 1024 + 1]);
        files.put("Báo cáo giả.docx", zipped("setup.exe", executable));
        files.put("Bảng giả.xls", pdf("not a workbook"));
        Map<String, String> expected = Map.ofEntries(
                Map.entry("Quyết định.pdf", "evidence.typeMismatch"),
                Map.entry("Ghi chú.pdf", "evidence.typeMismatch"),
                Map.entry("ảnh.png", "evidence.typeMismatch"),
                Map.entry("chương trình.exe", "evidence.typeNotAllowed"),
                Map.entry("không đuôi", "evidence.typeNotAllowed"),
                Map.entry("trống.pdf", "evidence.empty"),
                Map.entry("../../etc/passwd.pdf", "evidence.badName"),
                Map.entry("C:\\Windows\\a.pdf", "evidence.badName"),
                Map.entry("quá lớn.pdf", "evidence.tooLarge"),
                Map.entry("Báo cáo giả.docx", "evidence.typeMismatch"),
                Map.entry("Bảng giả.xls", "evidence.typeMismatch"));
        files.forEach((name, content) -> assertThatThrownBy(() -> library.upload(period, unitId, name, content))
                .as(name)
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo(expected.get(name))));
        assertThat(jdbc.queryForObject("select count(*) from evidence", Integer.class))
                .isEqualTo(before);
    }

    @Test
    void officeFilesWithMacrosAreRefusedWithTheirOwnReason() {
        long unitId = unit(context, "SNV").id();
        signInFocalPointOf(context, "SNV");
        int before = jdbc.queryForObject("select count(*) from evidence", Integer.class);
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put("Báo cáo (docm).docx", OfficeFiles.docxWithVbaProject());
        files.put("Báo cáo macroEnabled.docx", OfficeFiles.docxDeclaredMacroEnabled());
        files.put("Bảng tính (xlsm).xlsx", OfficeFiles.xlsmRenamed());
        files.put("Bảng tính cũ.xls", OfficeFiles.xlsWithVba());
        files.put("Văn bản cũ.doc", OfficeFiles.docWithMacros());
        files.put("Văn bản.odt", OfficeFiles.odtWithBasic());
        files.put("Bảng tính.ods", OfficeFiles.odsWithScript());
        files.forEach((name, content) -> assertThatThrownBy(() -> library.upload(period, unitId, name, content))
                .as(name)
                .isInstanceOfSatisfying(BusinessRuleException.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("evidence.macros");
                    assertThat(refusal.arguments()).containsExactly(name);
                }));
        assertThat(jdbc.queryForObject("select count(*) from evidence", Integer.class))
                .isEqualTo(before);
        assertThat(library.upload(period, unitId, "Văn bản sạch.odt", OfficeFiles.odt())
                        .evidence()
                        .contentType())
                .isEqualTo("application/vnd.oasis.opendocument.text");
    }

    @Test
    void contentIsStoredInChunksReadBackWholeAndRemovedWithTheLastEntry() throws IOException {
        long unitId = unit(context, "SNV").id();
        signInFocalPointOf(context, "SNV");
        byte[] scan = scannedPdf(EvidenceContentStore.CHUNK_SIZE * 2 + 12_345);

        EvidenceSummary stored =
                library.upload(period, unitId, "Bản chụp.pdf", scan).evidence();
        assertThat(jdbc.queryForList(
                        "select length(data) from evidence_content_chunk where sha256 = ? order by seq",
                        Long.class,
                        stored.sha256()))
                .containsExactly(
                        (long) EvidenceContentStore.CHUNK_SIZE, (long) EvidenceContentStore.CHUNK_SIZE, 12_345L);
        try (EvidenceFile file = library.file(stored.id())) {
            assertThat(file.sizeBytes()).isEqualTo(scan.length);
            assertThat(file.contentType()).isEqualTo("application/pdf");
            // Read in small pieces, as a download does, across the chunk boundaries.
            java.io.ByteArrayOutputStream copy = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int read = file.content().read(buffer);
                    read >= 0;
                    read = file.content().read(buffer)) {
                copy.write(buffer, 0, read);
            }
            assertThat(copy.toByteArray()).isEqualTo(scan);
        }

        library.delete(stored.id(), stored.version());
        assertThat(jdbc.queryForObject(
                        "select count(*) from evidence_content_chunk where sha256 = ?", Integer.class, stored.sha256()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from evidence_content where sha256 = ?", Integer.class, stored.sha256()))
                .isZero();
    }

    @Test
    void twoUnitsUploadingTheSameFileAtOnceStoreItOnceAndWhole() throws Exception {
        long health = unit(context, "SYT").id();
        long planning = unit(context, "SKHDT").id();
        String first = signInFocalPointOf(context, "SYT");
        String second = signInFocalPointOf(context, "SKHDT");
        byte[] scan = scannedPdf(EvidenceContentStore.CHUNK_SIZE * 3 - 100);
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Future<UploadResult> one = pool.submit(() -> uploadAs(first, health, scan, start));
            java.util.concurrent.Future<UploadResult> two = pool.submit(() -> uploadAs(second, planning, scan, start));
            UploadResult a = one.get(60, java.util.concurrent.TimeUnit.SECONDS);
            UploadResult b = two.get(60, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(a.alreadyInLibrary()).isFalse();
            assertThat(b.alreadyInLibrary()).isFalse();
            assertThat(a.evidence().sha256()).isEqualTo(b.evidence().sha256());
            assertThat(jdbc.queryForObject(
                            "select count(*) from evidence_content where sha256 = ?",
                            Integer.class,
                            a.evidence().sha256()))
                    .isEqualTo(1);
            assertThat(jdbc.queryForObject(
                            "select count(*) from evidence_content_chunk where sha256 = ?",
                            Integer.class,
                            a.evidence().sha256()))
                    .isEqualTo(3);
            SignIn.as(context, second, vn.parindex.support.Accounts.PASSWORD);
            assertThat(AssessmentFixtures.bytes(library.file(b.evidence().id())))
                    .isEqualTo(scan);
        } finally {
            pool.shutdownNow();
        }
    }

    private UploadResult uploadAs(
            String username, long unitId, byte[] content, java.util.concurrent.CyclicBarrier start) throws Exception {
        SignIn.as(context, username, vn.parindex.support.Accounts.PASSWORD);
        try {
            start.await(30, java.util.concurrent.TimeUnit.SECONDS);
            return library.upload(period, unitId, "Bản chụp chung.pdf", content);
        } finally {
            SignIn.out();
        }
    }

    /** A PDF header followed by random bytes, like a large scan (random, so nothing compresses it). */
    static byte[] scannedPdf(int size) {
        byte[] content = new byte[size];
        new java.util.Random(size).nextBytes(content);
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, content, 0, header.length);
        return content;
    }

    @Test
    void documentReferencesNeedNumberDateAndIssuer() {
        long unitId = unit(context, "SLDTBXH").id();
        signInFocalPointOf(context, "SLDTBXH");
        LocalDate issued = LocalDate.of(2024, 3, 1);
        Map<ReferenceDraft, String> refused = Map.of(
                new ReferenceDraft("Kế hoạch", " ", issued, "UBND tỉnh", null), "evidence.numberRequired",
                new ReferenceDraft("", "12/KH-UBND", issued, "UBND tỉnh", null), "evidence.titleRequired",
                new ReferenceDraft("Kế hoạch", "12/KH-UBND", null, "UBND tỉnh", null), "evidence.dateRequired",
                new ReferenceDraft("Kế hoạch", "12/KH-UBND", LocalDate.now().plusYears(1), "UBND tỉnh", null),
                        "evidence.dateInFuture",
                new ReferenceDraft("Kế hoạch", "12/KH-UBND", issued, "", null), "evidence.issuerRequired",
                new ReferenceDraft("Kế hoạch", "12/KH-UBND", issued, "UBND tỉnh", "javascript:alert(1)"),
                        "evidence.badLink");
        refused.forEach((draft, expectedKey) -> assertThatThrownBy(() -> library.addReference(period, unitId, draft))
                .as(expectedKey)
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo(expectedKey)));
        EvidenceSummary reference = library.addReference(
                period,
                unitId,
                new ReferenceDraft(
                        "Kế hoạch kiểm tra CCHC",
                        "123/QĐ-UBND",
                        issued,
                        "UBND tỉnh",
                        "https://haiduong.gov.vn/vb/123"));
        assertThat(reference.docNumber()).isEqualTo("123/QĐ-UBND");
        assertThat(reference.file()).isFalse();
        assertThatThrownBy(() -> library.file(reference.id()))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("evidence.notAFile"));
    }

    /**
     * The item editor sets an item's links in one call: what is added and removed is audited link by
     * link, and a refusal of any part (another library's evidence, an item not scored by the unit)
     * leaves every link as it was. In a period and with a focal point of the test's own.
     */
    @Test
    void anItemsLinksAreSetAllAtOnceOrNotAtAll() {
        long ownPeriod = OwnPeriods.open(context, 2003);
        try {
            long unitId = unit(context, "SKHCN").id();
            long otherUnit = unit(context, "SNNPTNT").id();
            SignIn.as(context, Accounts.create(context, Role.FOCAL_POINT, otherUnit), Accounts.PASSWORD);
            long foreign = library.upload(ownPeriod, otherUnit, "Khác.pdf", pdf("Của đơn vị khác"))
                    .evidence()
                    .id();
            SignIn.as(context, Accounts.create(context, Role.FOCAL_POINT, unitId), Accounts.PASSWORD);
            Sheet sheet = assessments.sheet(ownPeriod, unitId);
            long item = node(sheet, "1.1.3");
            long plan = library.upload(ownPeriod, unitId, "Kế hoạch.pdf", pdf("Kế hoạch"))
                    .evidence()
                    .id();
            long report = library.upload(ownPeriod, unitId, "Báo cáo.pdf", pdf("Báo cáo"))
                    .evidence()
                    .id();
            long minutes = library.upload(ownPeriod, unitId, "Biên bản.pdf", pdf("Biên bản"))
                    .evidence()
                    .id();

            library.setLinks(sheet.assessmentId(), item, Set.of(plan, report));
            assertThat(assessments.sheet(ownPeriod, unitId).item(item).evidenceIds())
                    .containsExactlyInAnyOrder(plan, report);
            library.setLinks(sheet.assessmentId(), item, Set.of(report, minutes));
            assertThat(assessments.sheet(ownPeriod, unitId).item(item).evidenceIds())
                    .containsExactlyInAnyOrder(report, minutes);

            assertThatThrownBy(() -> library.setLinks(sheet.assessmentId(), item, Set.of(plan, foreign)))
                    .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
            assertThat(assessments.sheet(ownPeriod, unitId).item(item).evidenceIds())
                    .containsExactlyInAnyOrder(report, minutes);
            library.setLinks(sheet.assessmentId(), item, Set.of());
            assertThat(assessments.sheet(ownPeriod, unitId).item(item).evidenceIds())
                    .isEmpty();

            long itemId = jdbc.queryForObject(
                    "select id from score_item where assessment_id = ? and node_id = ?",
                    Long.class,
                    sheet.assessmentId(),
                    item);
            SignIn.as(context, "noivu");
            assertThat(auditTrail.latest("SCORE_ITEM", String.valueOf(itemId), 20))
                    .extracting(entry ->
                            entry.action() + " " + (entry.oldValue() == null ? entry.newValue() : entry.oldValue()))
                    .containsExactlyInAnyOrder(
                            "EVIDENCE_LINKED {\"evidence\":" + plan + "}",
                            "EVIDENCE_LINKED {\"evidence\":" + report + "}",
                            "EVIDENCE_UNLINKED {\"evidence\":" + plan + "}",
                            "EVIDENCE_LINKED {\"evidence\":" + minutes + "}",
                            "EVIDENCE_UNLINKED {\"evidence\":" + report + "}",
                            "EVIDENCE_UNLINKED {\"evidence\":" + minutes + "}");
        } finally {
            OwnPeriods.close(context, ownPeriod);
        }
    }

    /** A reference's link longer than its column is refused before anything is stored (it was only limited in the form). */
    @Test
    void aReferenceLinkLongerThanTheLimitIsRefused() {
        long unitId = unit(context, "SKHCN").id();
        SignIn.as(context, Accounts.create(context, Role.FOCAL_POINT, unitId), Accounts.PASSWORD);
        String link = "https://haiduong.gov.vn/" + "a".repeat(TextLimits.LINK);
        assertThatThrownBy(() -> library.addReference(
                        period,
                        unitId,
                        new ReferenceDraft("Kế hoạch", "12/KH", LocalDate.of(2024, 1, 5), "UBND tỉnh", link)))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("field.tooLong"));
    }

    @Test
    void linkedEvidenceCannotBeRemovedUntilUnlinked() {
        long unitId = unit(context, "SLDTBXH").id();
        signInFocalPointOf(context, "SLDTBXH");
        Sheet sheet = assessments.sheet(period, unitId);
        long item = node(sheet, "1.1.1");
        EvidenceSummary file = library.upload(period, unitId, "Biên bản.pdf", pdf("Biên bản kiểm tra"))
                .evidence();

        library.link(sheet.assessmentId(), item, file.id());
        Sheet linked = assessments.sheet(period, unitId);
        assertThat(linked.item(item).evidenceIds()).containsExactly(file.id());
        assertThat(linked.library())
                .filteredOn(entry -> entry.id() == file.id())
                .singleElement()
                .extracting(EvidenceSummary::linkedItems)
                .isEqualTo(1);
        assertThatThrownBy(() -> library.delete(file.id(), file.version()))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("evidence.inUse"));
        assertThatThrownBy(() -> library.link(sheet.assessmentId(), node(sheet, "8.1.1"), file.id()))
                .satisfies(refusal -> assertThat(key(refusal)).isEqualTo("assessment.unknownItem"));

        library.unlink(sheet.assessmentId(), item, file.id());
        library.delete(file.id(), file.version());
        assertThat(assessments.sheet(period, unitId).library()).noneMatch(entry -> entry.id() == file.id());
        assertThat(jdbc.queryForObject(
                        "select count(*) from evidence_content where sha256 = ?", Integer.class, file.sha256()))
                .isZero();

        SignIn.as(context, "noivu");
        assertThat(auditTrail.latest("EVIDENCE", String.valueOf(file.id()), 5))
                .extracting(AuditEntry::action)
                .containsExactlyInAnyOrder("EVIDENCE_UPLOADED", "EVIDENCE_DELETED");
        assertThat(auditTrail.latest("SCORE_ITEM", null, 50))
                .extracting(AuditEntry::action)
                .contains("EVIDENCE_LINKED", "EVIDENCE_UNLINKED");
    }

    /** A ZIP archive holding one entry: what an executable renamed .docx looks like. */
    private static byte[] zipped(String name, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] docx() throws IOException {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Báo cáo cải cách hành chính");
            document.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] xlsx() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Tổng hợp").createRow(0).createCell(0).setCellValue("Điểm");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] xls() throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Tong hop").createRow(0).createCell(0).setCellValue("Diem");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] image(String format) throws IOException {
        BufferedImage picture = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(picture, format, out);
        return out.toByteArray();
    }
}
