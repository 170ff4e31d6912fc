package vn.parindex.shared;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.parindex.support.MutableClock;

/**
 * Background files without the Spring context: a job completes and only its owner (same user, same
 * session) reads it; a full pool refuses with a translated key; failures keep their reason; files
 * expire.
 */
class FileJobsTest {

    private final MutableClock clock = new MutableClock(ZoneId.of("Asia/Ho_Chi_Minh"));
    private final FileJobs jobs = new FileJobs(clock, 1, 1, Duration.ofMinutes(15));

    @AfterEach
    void stop() {
        jobs.stop();
        SecurityContextHolder.clearContext();
    }

    private static void signIn(String username) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        username, "n/a", List.of(new SimpleGrantedAuthority("ROLE_SECRETARIAT"))));
    }

    /** Starts a job and waits until it has finished. */
    private FileJobs.FileJob made(String session, FileJobs.Writer writer) throws Exception {
        CompletableFuture<FileJobs.FileJob> finished = new CompletableFuture<>();
        FileJobs.FileJob started = jobs.start(session, "ket-qua.xlsx", writer, finished::complete);
        FileJobs.FileJob done = finished.get(10, TimeUnit.SECONDS);
        assertThat(done.id()).isEqualTo(started.id());
        return done;
    }

    @Test
    void aJobCompletesAndOnlyItsOwnersSessionReadsIt() throws Exception {
        signIn("noivu");
        FileJobs.FileJob done = made("session-1", out -> out.write("Bảng xếp hạng".getBytes(UTF_8)));

        assertThat(done.state()).isEqualTo(FileJobs.State.DONE);
        assertThat(done.finished()).isTrue();
        assertThat(new String(jobs.content(done.id(), "session-1"), UTF_8)).isEqualTo("Bảng xếp hạng");
        assertThat(jobs.job(done.id(), "session-1")).contains(done);

        // the same user in another session
        assertThatThrownBy(() -> jobs.content(done.id(), "session-2")).isInstanceOf(AccessDeniedException.class);
        assertThat(jobs.job(done.id(), "session-2")).isEmpty();
        // another user, whatever session id they claim
        signIn("lanhdao");
        assertThatThrownBy(() -> jobs.content(done.id(), "session-1")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> jobs.content(done.id(), "session-3")).isInstanceOf(AccessDeniedException.class);
        assertThat(jobs.job(done.id(), "session-1")).isEmpty();
        // nobody signed in
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> jobs.content(done.id(), "session-1")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theWriterRunsWithTheCallersSecurityContextOnAnotherThread() throws Exception {
        signIn("hoidong1");
        String caller = Thread.currentThread().getName();
        StringBuilder seen = new StringBuilder();
        made(
                "s",
                out -> seen.append(SecurityContextHolder.getContext()
                                .getAuthentication()
                                .getName())
                        .append('@')
                        .append(Thread.currentThread().getName()));
        assertThat(seen.toString()).startsWith("hoidong1@file-job-").doesNotContain(caller);
    }

    @Test
    void aFullPoolRefusesWithATranslatedMessageAndRecovers() throws Exception {
        signIn("noivu");
        CountDownLatch release = new CountDownLatch(1);
        FileJobs.Writer slow = out -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            out.write(1);
        };
        CompletableFuture<FileJobs.FileJob> first = new CompletableFuture<>();
        CompletableFuture<FileJobs.FileJob> second = new CompletableFuture<>();
        jobs.start("s", "a.xlsx", slow, first::complete); // runs on the only thread
        jobs.start("s", "b.xlsx", slow, second::complete); // waits in the queue of one
        assertThat(jobs.active()).isEqualTo(2);

        assertThatThrownBy(() -> jobs.start("s", "c.xlsx", slow, job -> {}))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey())
                .isEqualTo("export.busy");

        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS).state()).isEqualTo(FileJobs.State.DONE);
        assertThat(second.get(10, TimeUnit.SECONDS).state()).isEqualTo(FileJobs.State.DONE);
        assertThat(jobs.active()).isZero();
        assertThat(made("s", out -> out.write(2)).state()).isEqualTo(FileJobs.State.DONE);
    }

    @Test
    void aRefusalOrAFailureEndsTheJobWithItsReasonAndNoFile() throws Exception {
        signIn("noivu");
        FileJobs.FileJob refused = made("s", out -> {
            throw new BusinessRuleException("ranking.notPublished");
        });
        assertThat(refused.state()).isEqualTo(FileJobs.State.FAILED);
        assertThat(refused.failure().messageKey()).isEqualTo("ranking.notPublished");
        assertThatThrownBy(() -> jobs.content(refused.id(), "s"))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey())
                .isEqualTo("export.gone");

        FileJobs.FileJob denied = made("s", out -> {
            throw new AccessDeniedException("not for you");
        });
        assertThat(denied.failure().messageKey()).isEqualTo("export.denied");

        FileJobs.FileJob broken = made("s", out -> {
            throw new IllegalStateException("disk full");
        });
        assertThat(broken.failure().messageKey()).isEqualTo("export.failed");
    }

    @Test
    void aFinishedFileExpiresAndOnlyTheLatestFewAreKept() throws Exception {
        signIn("noivu");
        FileJobs.FileJob done = made("s", out -> out.write(7));
        clock.advance(Duration.ofMinutes(16));
        assertThatThrownBy(() -> jobs.content(done.id(), "s"))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey())
                .isEqualTo("export.gone");
        assertThat(jobs.job(done.id(), "s")).isEmpty();

        FileJobs.FileJob oldest = made("s", out -> out.write(0));
        for (int i = 0; i < FileJobs.KEPT_PER_OWNER; i++) {
            clock.advance(Duration.ofSeconds(1));
            made("s", out -> out.write(1));
        }
        assertThat(jobs.job(oldest.id(), "s")).isEmpty();
    }

    @Test
    void nobodySignedInStartsNothing() {
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> jobs.start("s", "a.csv", out -> out.write(1), job -> {}))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jobs.active()).isZero();
    }
}
