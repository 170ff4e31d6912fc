package vn.parindex.shared;

import jakarta.annotation.PreDestroy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Files made in the background (a block's exports): written on a small pool of this component's own
 * threads with a bounded queue, so a long export holds neither the request that asked for it nor,
 * beyond the pool, other users' work; when the pool and queue are full the request is refused
 * ({@code export.busy}) instead of piling up. The writer runs with the caller's security context,
 * so the export services check authorization there as for a direct download.
 *
 * <p>A finished file is kept in memory for a short while ({@code parindex.exports.keep}) and only
 * for its owner: the user who started it, in the same HTTP session. Anyone else asking for it, even
 * the same user from another session, is refused. Each owner keeps at most {@link #KEPT_PER_OWNER}
 * finished files; the oldest goes first.
 */
@Component
public class FileJobs {

    /** Finished files kept per owner; older ones are dropped (an export is cheap to repeat). */
    static final int KEPT_PER_OWNER = 5;

    private static final Logger log = LoggerFactory.getLogger(FileJobs.class);

    /** Where a job is. */
    public enum State {
        QUEUED,
        RUNNING,
        DONE,
        FAILED
    }

    /**
     * What the owner sees of a job. {@code failure} is the refusal that ended a FAILED job (its key is
     * translated for the user), null otherwise.
     */
    public record FileJob(String id, String fileName, State state, BusinessRuleException failure) {

        public boolean finished() {
            return state == State.DONE || state == State.FAILED;
        }
    }

    /** Writes the file's bytes. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private record Owner(String username, String session) {}

    private static final class Entry {
        final String id;
        final String fileName;
        final Owner owner;
        volatile State state = State.QUEUED;
        volatile byte[] content;
        volatile BusinessRuleException failure;
        volatile Instant finishedAt;

        Entry(String id, String fileName, Owner owner) {
            this.id = id;
            this.fileName = fileName;
            this.owner = owner;
        }

        FileJob view() {
            return new FileJob(id, fileName, state, failure);
        }
    }

    private final Map<String, Entry> jobs = new ConcurrentHashMap<>();
    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
    private final Clock clock;
    private final Duration keep;

    FileJobs(
            Clock clock,
            @Value("${parindex.exports.threads:2}") int threads,
            @Value("${parindex.exports.queue:8}") int queue,
            @Value("${parindex.exports.keep:15m}") Duration keep) {
        this.clock = clock;
        this.keep = keep;
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setQueueCapacity(queue);
        executor.setThreadNamePrefix("file-job-");
        executor.setWaitForTasksToCompleteOnShutdown(false);
        executor.initialize();
    }

    /**
     * Queues a file for the signed-in user in this HTTP session. {@code whenFinished} is called on the
     * worker thread once the job is DONE or FAILED (a view uses it to show the link). Refused with
     * {@code export.busy} when every thread is busy and the queue is full.
     */
    public FileJob start(String session, String fileName, Writer writer, Consumer<FileJob> whenFinished) {
        Objects.requireNonNull(session, "session");
        SecurityContext context = SecurityContextHolder.getContext();
        Owner owner = new Owner(signedIn(context.getAuthentication()), session);
        forgetExpired();
        Entry entry = new Entry(UUID.randomUUID().toString(), fileName, owner);
        jobs.put(entry.id, entry);
        Runnable work = () -> run(entry, writer, whenFinished);
        try {
            executor.execute(new DelegatingSecurityContextRunnable(work, context));
        } catch (TaskRejectedException full) {
            jobs.remove(entry.id);
            throw new BusinessRuleException("export.busy");
        }
        return entry.view();
    }

    /** The job as its owner sees it; empty when it is unknown, expired or someone else's. */
    public java.util.Optional<FileJob> job(String id, String session) {
        Entry entry = jobs.get(id);
        if (entry == null || !ownedByCaller(entry, session) || expired(entry)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(entry.view());
    }

    /**
     * The finished file's bytes, for its owner only: another user or another session of the same user
     * is refused (access denied); an unknown or expired job, or one not DONE, is {@code export.gone}.
     */
    public byte[] content(String id, String session) {
        Entry entry = jobs.get(id);
        if (entry != null && !ownedByCaller(entry, session)) {
            throw new AccessDeniedException("The file " + id + " belongs to another session");
        }
        if (entry == null || entry.state != State.DONE || expired(entry)) {
            throw new BusinessRuleException("export.gone");
        }
        return entry.content;
    }

    /** Jobs running or waiting (for the metrics and tests). */
    public int active() {
        return (int) jobs.values().stream().filter(e -> !finished(e)).count();
    }

    private void run(Entry entry, Writer writer, Consumer<FileJob> whenFinished) {
        entry.state = State.RUNNING;
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            writer.write(out);
            entry.content = out.toByteArray();
            entry.finishedAt = clock.instant();
            entry.state = State.DONE;
        } catch (BusinessRuleException refusal) {
            failed(entry, refusal);
        } catch (AccessDeniedException denied) {
            failed(entry, new BusinessRuleException("export.denied"));
        } catch (IOException | RuntimeException failure) {
            log.warn("File {} ({}) could not be made", entry.fileName, entry.id, failure);
            failed(entry, new BusinessRuleException("export.failed"));
        }
        keepLatest(entry.owner);
        if (whenFinished != null) {
            try {
                whenFinished.accept(entry.view());
            } catch (RuntimeException callback) {
                // the page may have been closed meanwhile; the file stays fetchable for its owner
                log.debug("Could not tell the page that {} is finished: {}", entry.id, callback.toString());
            }
        }
    }

    private void failed(Entry entry, BusinessRuleException refusal) {
        entry.failure = refusal;
        entry.finishedAt = clock.instant();
        entry.state = State.FAILED;
    }

    private static boolean finished(Entry entry) {
        return entry.state == State.DONE || entry.state == State.FAILED;
    }

    private boolean expired(Entry entry) {
        Instant finishedAt = entry.finishedAt;
        return finishedAt != null && finishedAt.plus(keep).isBefore(clock.instant());
    }

    private void forgetExpired() {
        jobs.values().removeIf(this::expired);
    }

    private void keepLatest(Owner owner) {
        List<Entry> kept = jobs.values().stream()
                .filter(e -> e.owner.equals(owner) && finished(e))
                .sorted(Comparator.comparing((Entry e) -> e.finishedAt).reversed())
                .toList();
        kept.stream().skip(KEPT_PER_OWNER).forEach(e -> jobs.remove(e.id));
    }

    private static boolean ownedByCaller(Entry entry, String session) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return isSignedIn(authentication)
                && entry.owner.username().equals(authentication.getName())
                && entry.owner.session().equals(session);
    }

    private static String signedIn(Authentication authentication) {
        if (!isSignedIn(authentication)) {
            throw new AccessDeniedException("Files are made for signed-in users only");
        }
        return authentication.getName();
    }

    private static boolean isSignedIn(Authentication authentication) {
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }
}
