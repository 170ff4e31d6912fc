package vn.parindex.shell.internal;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.shared.Registration;
import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parindex.shared.DatabaseFailures;
import vn.parindex.shared.internal.OwnMariaDb;
import vn.parindex.support.KaribuTest;
import vn.parindex.support.MariaDbClients;
import vn.parindex.support.MariaDbClients.Server;
import vn.parindex.support.UiAssertions;

/**
 * The database crashes while users save, and comes back. On a MariaDB server this test owns (a copy
 * of the portal's database, made with the backup procedure), a pool with the portal's own Hikari
 * settings from application.properties carries a stream of saves, each one transaction that changes
 * a score and writes its audit event, as the self-assessment service does. The server is killed
 * (SIGKILL, no clean shutdown) and started again. During the outage every save fails within the
 * pool's connection timeout and the portal's error handler tells the user, in their language, that
 * the change was not saved; afterwards the same pool serves saves again by itself; and every save
 * the users were told succeeded is there, each score with exactly its audit events.
 */
class DatabaseRestartTest extends KaribuTest {

    private static final String ACTOR = "restart-test";
    private static final int USERS = 4;
    private static final long THINK_MILLIS = 150;
    /** Audit ids far above the copied ones: this test is the only writer of its own server. */
    private static final long FIRST_AUDIT_ID = 2_000_000_000L;

    @Autowired
    DataSource portalDataSource;

    @Autowired
    Environment environment;

    record Attempt(int user, long itemId, BigDecimal value, long startedNanos, long endedNanos, Throwable failure) {
        boolean succeeded() {
            return failure == null;
        }
    }

    @Test
    void savesFailWithAClearMessageDuringAnOutageAndResumeByThemselvesWithNothingLost() throws Exception {
        long testStarted = System.nanoTime();
        openAs("noivu");
        Path dump = Files.createTempFile("parindex-restart", ".sql");
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> users = new ArrayList<>();
        try (OwnMariaDb db = new OwnMariaDb("parindex");
                HikariDataSource pool = new HikariDataSource()) {
            db.start();
            MariaDbClients.dump(Server.of(portalDataSource), dump);
            MariaDbClients.load(Server.of(db.jdbcUrl(), db.username(), db.password()), dump);
            long copied = System.nanoTime();

            // The portal's pool settings, as Spring Boot binds them to its own data source.
            Binder.get(environment).bind("spring.datasource.hikari", Bindable.ofInstance(pool));
            assertThat(pool.getConnectionTimeout()).as("connection-timeout").isEqualTo(5000);
            assertThat(pool.getKeepaliveTime()).as("keepalive-time").isEqualTo(120_000);
            assertThat(pool.getValidationTimeout()).as("validation-timeout").isEqualTo(2000);
            pool.setJdbcUrl(db.jdbcUrl());
            pool.setUsername(db.username());
            pool.setPassword(db.password());
            pool.setPoolName("restart-test");
            JdbcTemplate jdbc = new JdbcTemplate(pool);
            TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(pool));

            List<Map<String, Object>> items =
                    jdbc.queryForList("select id, version, self_score from score_item order by id limit " + USERS);
            assertThat(items).as("score items copied from the demo data").hasSize(USERS);
            Map<Long, Long> initialVersions = new HashMap<>();
            items.forEach(item -> initialVersions.put(
                    ((Number) item.get("id")).longValue(), ((Number) item.get("version")).longValue()));

            List<Attempt> attempts = Collections.synchronizedList(new ArrayList<>());
            AtomicLong sequence = new AtomicLong();
            for (int user = 0; user < USERS; user++) {
                int number = user;
                long itemId = ((Number) items.get(user).get("id")).longValue();
                Thread thread = new Thread(
                        () -> {
                            while (running.get()) {
                                long next = sequence.incrementAndGet();
                                BigDecimal value = BigDecimal.valueOf(next % 100_000, 2);
                                long started = System.nanoTime();
                                Throwable failure = null;
                                try {
                                    transactions.executeWithoutResult(status -> save(jdbc, itemId, value, next));
                                } catch (RuntimeException e) {
                                    failure = e;
                                }
                                attempts.add(new Attempt(number, itemId, value, started, System.nanoTime(), failure));
                                sleep(THINK_MILLIS);
                            }
                        },
                        "restart-test-user-" + user);
                users.add(thread);
                thread.start();
            }

            awaitEveryUser(attempts, attempt -> attempt.succeeded(), "a save before the crash");

            // Crash: SIGKILL the server, as a power cut or the OOM killer would.
            long pid = Long.parseLong(Files.readString(Path.of(jdbc.queryForObject("select @@pid_file", String.class)))
                    .strip());
            ProcessHandle server = ProcessHandle.of(pid).orElseThrow();
            server.destroyForcibly();
            server.onExit().get(30, TimeUnit.SECONDS);
            long crashed = System.nanoTime();

            awaitEveryUser(
                    attempts,
                    attempt -> !attempt.succeeded() && attempt.startedNanos() > crashed,
                    "a failed save during the outage");
            Throwable outage = failures(attempts, crashed).get(0).failure();

            // What the user sees: the portal's error handler with the failure the save really raised.
            UI.getCurrent().setLocale(new Locale("vi"));
            new PortalErrorHandler().error(new ErrorEvent(outage));
            MockVaadin.clientRoundtrip();
            assertThat(UiAssertions.notificationTexts())
                    .contains(
                            "Hiện không kết nối được cơ sở dữ liệu. Thay đổi vừa rồi của bạn chưa được lưu. Vui lòng thử lại"
                                    + " sau ít phút; nếu vẫn không được, hãy báo quản trị hệ thống.");
            UI.getCurrent().setLocale(Locale.ENGLISH);
            new PortalErrorHandler().error(new ErrorEvent(outage));
            MockVaadin.clientRoundtrip();
            assertThat(UiAssertions.notificationTexts())
                    .contains("The database cannot be reached right now. Your last change was not saved. Please try"
                            + " again in a moment; if it keeps failing, tell the system administrator.");

            // A page opened during the outage: the error page says so (the failure rerouted as the
            // router does when a view or listener throws it).
            UI.getCurrent().setLocale(new Locale("vi"));
            Registration rerouting = UI.getCurrent()
                    .addBeforeEnterListener(event -> event.rerouteToError((RuntimeException) outage, ""));
            UI.getCurrent().navigate("notifications");
            rerouting.remove();
            assertThat(_get(_get(Component.class, spec -> spec.withId("unexpected-error-view")), H2.class)
                            .getText())
                    .isEqualTo("Tạm thời không kết nối được cơ sở dữ liệu");

            db.stop(); // forgets the dead process
            long restarting = System.nanoTime();
            db.start();
            long restarted = System.nanoTime();

            awaitEveryUser(
                    attempts,
                    attempt -> attempt.succeeded() && attempt.startedNanos() > restarted,
                    "a save after the restart");
            long recovered = System.nanoTime();
            sleep(1000);
            running.set(false);
            for (Thread thread : users) {
                thread.join(15_000);
            }

            List<Attempt> all;
            synchronized (attempts) {
                all = new ArrayList<>(attempts);
            }
            List<Attempt> failed =
                    all.stream().filter(attempt -> !attempt.succeeded()).toList();
            assertThat(failed).as("saves failed during the outage").isNotEmpty();
            for (Attempt attempt : failed) {
                assertThat(attempt.startedNanos())
                        .as("no save failed before the crash")
                        .isGreaterThan(crashed - 1_000_000_000L);
                assertThat(DatabaseFailures.unavailable(attempt.failure()))
                        .as("recognised as an outage: " + attempt.failure())
                        .isTrue();
            }
            long longestFailureMillis = failed.stream()
                            .mapToLong(attempt -> attempt.endedNanos() - attempt.startedNanos())
                            .max()
                            .orElse(0)
                    / 1_000_000;
            assertThat(longestFailureMillis)
                    .as("a failing save waits at most the pool's connection timeout (plus slack)")
                    .isLessThan(pool.getConnectionTimeout() + 3000);

            int uncertain = checkNothingLostOrHalfWritten(jdbc, all, initialVersions);

            long succeeded = all.stream().filter(Attempt::succeeded).count();
            System.out.printf(
                    "DB-RESTART: copy %d ms, %d saves ok, %d failed during the outage (longest wait %d ms),"
                            + " outage %d ms, server restart %d ms, every user saving again %d ms after the restart,"
                            + " %d failed saves found committed (commit lost on the way back), test %d ms%n",
                    (copied - testStarted) / 1_000_000,
                    succeeded,
                    failed.size(),
                    longestFailureMillis,
                    (restarted - crashed) / 1_000_000,
                    (restarted - restarting) / 1_000_000,
                    (recovered - restarted) / 1_000_000,
                    uncertain,
                    (System.nanoTime() - testStarted) / 1_000_000);
        } finally {
            running.set(false);
            for (Thread thread : users) {
                thread.join(15_000);
            }
            Files.deleteIfExists(dump);
        }
    }

    /** One save as the service makes it: the score and its audit event in the caller's transaction. */
    private static void save(JdbcTemplate jdbc, long itemId, BigDecimal value, long sequence) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update(
                "update score_item set self_score = ?, version = version + 1, updated_by = ?, updated_at = ?"
                        + " where id = ?",
                value,
                ACTOR,
                now,
                itemId);
        jdbc.update(
                "insert into audit_event (id, occurred_at, actor, action, entity_type, entity_id, old_value,"
                        + " new_value, client_address) values (?, ?, ?, 'SELF_SCORES_SAVED', 'SCORE_ITEM', ?, null, ?,"
                        + " '127.0.0.1')",
                FIRST_AUDIT_ID + sequence,
                now,
                ACTOR,
                String.valueOf(itemId),
                value.toPlainString());
    }

    /**
     * Per item: as many audit events as the score changed (no score without its event, no event
     * without its score), every acknowledged save among them, and the stored score the last one
     * saved. A save whose commit reached the server but whose answer was lost in the crash may be
     * there too; it is reported, and then it has its event like any other. Returns how many.
     */
    private static int checkNothingLostOrHalfWritten(
            JdbcTemplate jdbc, List<Attempt> all, Map<Long, Long> initialVersions) {
        int uncertain = 0;
        for (Map.Entry<Long, Long> item : initialVersions.entrySet()) {
            long itemId = item.getKey();
            Map<String, Object> stored =
                    jdbc.queryForMap("select self_score, version from score_item where id = ?", itemId);
            List<String> audited = jdbc.queryForList(
                    "select new_value from audit_event where actor = ? and entity_id = ? order by id",
                    String.class,
                    ACTOR,
                    String.valueOf(itemId));
            long changes = ((Number) stored.get("version")).longValue() - item.getValue();
            assertThat(audited).as("audit events of item " + itemId).hasSize((int) changes);

            List<Attempt> mine =
                    all.stream().filter(attempt -> attempt.itemId() == itemId).toList();
            Set<String> acknowledged = new HashSet<>();
            mine.stream()
                    .filter(Attempt::succeeded)
                    .forEach(a -> acknowledged.add(a.value().toPlainString()));
            assertThat(audited).as("acknowledged saves of item " + itemId).containsAll(acknowledged);
            Set<String> failedValues = new HashSet<>();
            mine.stream()
                    .filter(a -> !a.succeeded())
                    .forEach(a -> failedValues.add(a.value().toPlainString()));
            for (String value : audited) {
                if (!acknowledged.contains(value)) {
                    assertThat(failedValues).as("an audited value nobody saved").contains(value);
                    uncertain++;
                }
            }
            String last = audited.get(audited.size() - 1);
            assertThat(((BigDecimal) stored.get("self_score")).toPlainString())
                    .as("stored score of item " + itemId)
                    .isEqualTo(last);
        }
        return uncertain;
    }

    private static List<Attempt> failures(List<Attempt> attempts, long after) {
        synchronized (attempts) {
            return attempts.stream()
                    .filter(attempt -> !attempt.succeeded() && attempt.startedNanos() > after)
                    .toList();
        }
    }

    /** Waits (at most 60 s) until every simulated user has made an attempt matching the condition. */
    private static void awaitEveryUser(List<Attempt> attempts, Predicate<Attempt> condition, String what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Set<Integer> done = new HashSet<>();
            synchronized (attempts) {
                attempts.stream().filter(condition).forEach(attempt -> done.add(attempt.user()));
            }
            if (done.size() == USERS) {
                return;
            }
            sleep(50);
        }
        throw new AssertionError("Not every user had " + what + " within 60 s");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
