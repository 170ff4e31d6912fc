package vn.parindex.assessment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.assessment.AssessmentFixtures;
import vn.parindex.assessment.EvidenceLibrary;
import vn.parindex.assessment.SelfAssessments;
import vn.parindex.assessment.Sheet;
import vn.parindex.assessment.internal.EvidenceContentStore;
import vn.parindex.support.InjectedFault;
import vn.parindex.support.KaribuTest;
import vn.parindex.support.UiAssertions;

/**
 * A database that fails in the middle of storing an evidence file (out of space, or any error) after
 * the content row and its first chunk were written: the focal point reads a clear message in the
 * sheet, and nothing of the file is left (no content, no chunk, no library entry, no audit event).
 * Once the fault is gone the same upload works.
 */
class EvidenceFaultUiTest extends KaribuTest {

    /** Departments few other tests touch; the first whose 2024 sheet is still open is used. */
    private static final List<String> CANDIDATES = List.of("SNNPTNT", "STC", "SKHDT", "STNMT", "SKHCN", "SNV");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SelfAssessments assessments;

    @Autowired
    EvidenceLibrary library;

    @Test
    void aFullDatabaseDuringAnUploadKeepsNothingAndSaysSo() throws Exception {
        String username = openAnOpenSheet();
        byte[] scan = pdfOfChunks(3, 1);
        String sha256 = sha256(scan);
        try (InjectedFault fault = InjectedFault.onInsert(
                jdbc,
                "evidence_content_chunk",
                "NEW.sha256 = '" + sha256 + "' AND NEW.seq = 1",
                InjectedFault.TABLE_FULL,
                "The table 'evidence_content_chunk' is full")) {
            upload("Báo cáo CCHC đầy đủ.pdf", scan);
        }
        assertThat(UiAssertions.notificationTexts())
                .anySatisfy(text -> assertThat(text)
                        .matches("Tệp “Báo cáo CCHC đầy đủ\\.pdf” chưa được lưu vì cơ sở dữ liệu đã hết chỗ lưu;"
                                + " không phần nào của tệp được giữ lại\\. Vui lòng báo quản trị hệ thống mã tham chiếu"
                                + " [0-9a-f]{8}\\."));
        assertNothingStored(username, sha256);

        // The fault gone, the same file goes in whole.
        upload("Báo cáo CCHC đầy đủ.pdf", scan);
        assertThat(UiAssertions.notificationTexts()).contains("Đã tải lên Báo cáo CCHC đầy đủ.pdf");
        assertThat(jdbc.queryForObject(
                        "select count(*) from evidence_content_chunk where sha256 = ?", Integer.class, sha256))
                .isEqualTo(3);
        removeAgain(sha256);
    }

    @Test
    void aDatabaseErrorDuringAnUploadKeepsNothingAndSaysSoInEnglish() throws Exception {
        String username = openAnOpenSheet();
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        byte[] scan = pdfOfChunks(2, 2);
        String sha256 = sha256(scan);
        try (InjectedFault fault = InjectedFault.onInsert(
                jdbc,
                "evidence_content_chunk",
                "NEW.sha256 = '" + sha256 + "' AND NEW.seq = 1",
                InjectedFault.UNHANDLED_USER_EXCEPTION,
                "injected: storage error")) {
            upload("Plan 2024.pdf", scan);
        }
        assertThat(UiAssertions.notificationTexts())
                .anySatisfy(text -> assertThat(text)
                        .matches("The file “Plan 2024\\.pdf” was not stored because of a database error; nothing of it"
                                + " was kept\\. Please try again in a moment; if it keeps failing, give the system"
                                + " administrator the reference [0-9a-f]{8}\\."));
        assertNothingStored(username, sha256);
    }

    private void assertNothingStored(String username, String sha256) {
        assertThat(jdbc.queryForObject("select count(*) from evidence where sha256 = ?", Integer.class, sha256))
                .as("library entries")
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from evidence_content where sha256 = ?", Integer.class, sha256))
                .as("content rows")
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from evidence_content_chunk where sha256 = ?", Integer.class, sha256))
                .as("chunks")
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where actor = ? and action = 'EVIDENCE_UPLOADED'",
                        Integer.class,
                        username))
                .as("audit events")
                .isZero();
    }

    private static void upload(String name, byte[] content) {
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("evidence-upload")), name, "application/pdf", content);
        MockVaadin.clientRoundtrip();
    }

    /** The file the positive check stored, removed again so the unit's library stays as it was. */
    private void removeAgain(String sha256) {
        Map<String, Object> entry = jdbc.queryForMap("select id, version from evidence where sha256 = ?", sha256);
        library.delete(((Number) entry.get("id")).longValue(), ((Number) entry.get("version")).longValue());
    }

    /**
     * Signs in a new focal point of the first candidate unit whose 2024 sheet is open and opens the
     * sheet with its library.
     */
    private String openAnOpenSheet() {
        long period = AssessmentFixtures.period2024(context);
        for (String code : CANDIDATES) {
            long unitId = AssessmentFixtures.unit(context, code).id();
            String username = AssessmentFixtures.signInFocalPointOf(context, code);
            Sheet sheet = assessments.sheet(period, unitId);
            if (!sheet.editable()) {
                continue;
            }
            openAsSignedIn();
            UI.getCurrent()
                    .navigate(
                            "self-assessment",
                            QueryParameters.simple(
                                    Map.of("period", String.valueOf(period), "unit", String.valueOf(unitId))));
            return username;
        }
        throw new IllegalStateException("No open 2024 sheet among " + CANDIDATES);
    }

    /** A PDF spanning several storage chunks, different at every call. */
    private static byte[] pdfOfChunks(int chunks, long seed) {
        byte[] content = new byte[EvidenceContentStore.CHUNK_SIZE * (chunks - 1) + 4096];
        new Random(seed ^ System.nanoTime()).nextBytes(content);
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, content, 0, header.length);
        return content;
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
