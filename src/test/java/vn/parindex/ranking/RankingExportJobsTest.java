package vn.parindex.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.parindex.shared.FileJobs;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;

/**
 * The block's exports made in the background ({@link FileJobs}) by the real services: the file is
 * byte for byte the one a direct export writes, the service still refuses a role that may not have
 * it, and a second user's session cannot read the first's file. Demo 2023 (published).
 */
@PortalIntegrationTest
class RankingExportJobsTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired
    ApplicationContext context;

    @Autowired
    RankingExports exports;

    @Autowired
    FileJobs jobs;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private FileJobs.FileJob made(String session, String fileName, FileJobs.Writer writer) throws Exception {
        CompletableFuture<FileJobs.FileJob> finished = new CompletableFuture<>();
        jobs.start(session, fileName, writer, finished::complete);
        return finished.get(60, TimeUnit.SECONDS);
    }

    @Test
    void aBackgroundExportIsTheSameFileAndOnlyItsOwnersSessionFetchesIt() throws Exception {
        long period = jdbc.queryForObject("select id from assessment_period where year = 2023", Long.class);
        long departments = RankingResultsTest.block(jdbc, "DEPARTMENT");

        SignIn.as(context, "lanhdao");
        FileJobs.FileJob csv = made("lanhdao-session", "bang.csv", out -> exports.csv(period, departments, VI, out));
        assertThat(csv.state()).isEqualTo(FileJobs.State.DONE);
        ByteArrayOutputStream direct = new ByteArrayOutputStream();
        exports.csv(period, departments, VI, direct);
        assertThat(jobs.content(csv.id(), "lanhdao-session")).isEqualTo(direct.toByteArray());

        FileJobs.FileJob xlsx = made("lanhdao-session", "bang.xlsx", out -> exports.xlsx(period, departments, VI, out));
        assertThat(xlsx.state()).isEqualTo(FileJobs.State.DONE);
        assertThat(jobs.content(xlsx.id(), "lanhdao-session")).startsWith((byte) 'P', (byte) 'K');

        // another user (who may export the same block) in their own session, then in the owner's id
        SignIn.as(context, "noivu");
        assertThatThrownBy(() -> jobs.content(csv.id(), "noivu-session")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> jobs.content(csv.id(), "lanhdao-session")).isInstanceOf(AccessDeniedException.class);
        assertThat(jobs.job(xlsx.id(), "noivu-session")).isEmpty();
        // the owner in another session
        SignIn.as(context, "lanhdao");
        assertThatThrownBy(() -> jobs.content(csv.id(), "other-session")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theExportServiceStillRefusesARoleThatMayNotHaveTheFile() throws Exception {
        long period = jdbc.queryForObject("select id from assessment_period where year = 2023", Long.class);
        long departments = RankingResultsTest.block(jdbc, "DEPARTMENT");
        long health = RankingResultsTest.unit(jdbc, "SYT");
        long transport = RankingResultsTest.unit(jdbc, "SGTVT");

        SignIn.as(context, "gtvt");
        FileJobs.FileJob table = made("gtvt-session", "bang.xlsx", out -> exports.xlsx(period, departments, VI, out));
        assertThat(table.state()).isEqualTo(FileJobs.State.FAILED);
        assertThat(table.failure().messageKey()).isEqualTo("export.denied");
        FileJobs.FileJob otherUnit =
                made("gtvt-session", "phieu.pdf", out -> exports.scorecardPdf(period, departments, health, VI, out));
        assertThat(otherUnit.state()).isEqualTo(FileJobs.State.FAILED);

        FileJobs.FileJob own =
                made("gtvt-session", "phieu.pdf", out -> exports.scorecardPdf(period, departments, transport, VI, out));
        assertThat(own.state()).isEqualTo(FileJobs.State.DONE);
        assertThat(new String(jobs.content(own.id(), "gtvt-session"), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
    }
}
