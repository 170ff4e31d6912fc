package vn.parindex.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.assessment.internal.EvidenceContentStore;
import vn.parindex.shared.DatabaseFailures;
import vn.parindex.support.InjectedFault;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;

/**
 * A database that fails in the middle of storing an evidence file (out of space, or any error), after
 * the content row and its first chunk were written: the upload fails with an error the sheet names
 * (a full database told apart from other errors), and nothing of the file is left: no content, no
 * chunk, no library entry, no audit event. Once the fault is gone the same upload works.
 */
@PortalIntegrationTest
class EvidenceFaultTest {

    /** Departments few other tests touch; the first whose 2024 sheet is still open is used. */
    private static final List<String> CANDIDATES = List.of("SNNPTNT", "STC", "SKHDT", "STNMT", "SKHCN", "SNV");

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SelfAssessments assessments;

    @Autowired
    EvidenceLibrary library;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    record Library(String username, long periodId, long unitId) {}

    @Test
    void aFullDatabaseDuringAnUploadKeepsNothing() throws Exception {
        Library target = openLibrary();
        byte[] scan = pdfOfChunks(3);
        String sha256 = sha256(scan);
        try (InjectedFault fault = InjectedFault.onInsert(
                jdbc,
                "evidence_content_chunk",
                "NEW.sha256 = '" + sha256 + "' AND NEW.seq = 1",
                InjectedFault.TABLE_FULL,
                "The table 'evidence_content_chunk' is full")) {
            assertThatThrownBy(() -> library.upload(target.periodId(), target.unitId(), "Báo cáo đầy đủ.pdf", scan))
                    .isInstanceOf(DataAccessException.class)
                    .satisfies(failure -> assertThat(DatabaseFailures.storageFull(failure))
                            .as("recognised as a full database")
                            .isTrue());
        }
        assertNothingStored(target, sha256);

        // The fault gone, the same file goes in whole; removed again afterwards.
        UploadResult stored = library.upload(target.periodId(), target.unitId(), "Báo cáo đầy đủ.pdf", scan);
        assertThat(jdbc.queryForObject(
                        "select count(*) from evidence_content_chunk where sha256 = ?", Integer.class, sha256))
                .isEqualTo(3);
        library.delete(stored.evidence().id(), stored.evidence().version());
    }

    @Test
    void aDatabaseErrorDuringAnUploadKeepsNothing() throws Exception {
        Library target = openLibrary();
        byte[] scan = pdfOfChunks(2);
        String sha256 = sha256(scan);
        try (InjectedFault fault = InjectedFault.onInsert(
                jdbc,
                "evidence_content_chunk",
                "NEW.sha256 = '" + sha256 + "' AND NEW.seq = 1",
                InjectedFault.UNHANDLED_USER_EXCEPTION,
                "injected: storage error")) {
            assertThatThrownBy(() -> library.upload(target.periodId(), target.unitId(), "Plan 2024.pdf", scan))
                    .isInstanceOf(DataAccessException.class)
                    .hasStackTraceContaining("injected: storage error")
                    .satisfies(failure -> assertThat(
                                    DatabaseFailures.storageFull(failure) || DatabaseFailures.unavailable(failure))
                            .as("neither full nor unavailable: the generic message")
                            .isFalse());
        }
        assertNothingStored(target, sha256);
    }

    private void assertNothingStored(Library target, String sha256) {
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
                        target.username()))
                .as("audit events")
                .isZero();
    }

    /** A new focal point of the first candidate unit whose 2024 sheet is open, signed in. */
    private Library openLibrary() {
        long period = AssessmentFixtures.period2024(context);
        for (String code : CANDIDATES) {
            long unitId = AssessmentFixtures.unit(context, code).id();
            String username = AssessmentFixtures.signInFocalPointOf(context, code);
            if (assessments.sheet(period, unitId).editable()) {
                return new Library(username, period, unitId);
            }
        }
        throw new IllegalStateException("No open 2024 sheet among " + CANDIDATES);
    }

    /** A PDF spanning several storage chunks, different at every call. */
    private static byte[] pdfOfChunks(int chunks) {
        byte[] content = new byte[EvidenceContentStore.CHUNK_SIZE * (chunks - 1) + 4096];
        new Random(System.nanoTime()).nextBytes(content);
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, content, 0, header.length);
        return content;
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
