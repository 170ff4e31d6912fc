package vn.parindex.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import vn.parindex.Application;
import vn.parindex.assessment.AssessmentFixtures;
import vn.parindex.assessment.ItemChange;
import vn.parindex.assessment.OwnPeriods;
import vn.parindex.assessment.SelfAssessments;
import vn.parindex.assessment.Sheet;
import vn.parindex.notification.NotificationFixtures;
import vn.parindex.notification.NotificationFixtures.Person;
import vn.parindex.notification.NotificationKind;
import vn.parindex.notification.internal.DeadlineReminders;
import vn.parindex.period.PeriodAdministration;
import vn.parindex.period.Phase;
import vn.parindex.security.Role;
import vn.parindex.security.UserAdministration;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.Locales;
import vn.parindex.support.Accounts;
import vn.parindex.support.PortalHttpClient;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;
import vn.parindex.support.TestClockConfiguration;

/**
 * Two portal instances against one MariaDB, as behind a load balancer: node A is the shared test
 * context, node B a second instance started in this JVM on another port against the same embedded
 * database (no demo, no scheduled jobs, no migrations left to run). A value saved on one node is read
 * on the other, concurrent edits across the nodes are refused by optimistic locking, a user disabled
 * on one node loses the session open on the other (over HTTP, two cookies), and the deadline
 * reminder job fired on both nodes at once runs on one. Works on its own period (2021) and unit.
 */
@PortalIntegrationTest
class TwoNodesJourneyTest {

    static final int YEAR = 2021;
    static final String UNIT = "TXKM";

    static ConfigurableApplicationContext nodeB;
    /** Each instance has its own Vaadin-aware holder; the static one must stay node A's for the tests' SignIn. */
    static SecurityContextHolderStrategy holderA;

    static SecurityContextHolderStrategy holderB;
    static long periodId;
    static long unitId;

    @Autowired
    ApplicationContext nodeA;

    @LocalServerPort
    int portA;

    @BeforeAll
    static void startNodeB(@Autowired ApplicationContext nodeA) throws java.sql.SQLException {
        holderA = nodeA.getBean(SecurityContextHolderStrategy.class);
        HikariDataSource database = nodeA.getBean(DataSource.class).unwrap(HikariDataSource.class);
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + database.getJdbcUrl(),
                "--spring.datasource.username=" + database.getUsername(),
                "--spring.datasource.password=" + database.getPassword(),
                "--parindex.demo.enabled=false",
                "--parindex.notifications.reminder-cron=-",
                "--parindex.notifications.mail-retry-cron=-",
                "--spring.application.name=par-index-portal-node-b",
                "--spring.jmx.enabled=false",
                "--vaadin.devmode.liveReload.enabled=false",
                "--vaadin.devmode.devTools.enabled=false",
                "--logging.level.com.vaadin=WARN"));
        String mailHost = nodeA.getEnvironment().getProperty("spring.mail.host");
        if (mailHost != null) {
            args.add("--spring.mail.host=" + mailHost);
            args.add("--spring.mail.port=" + nodeA.getEnvironment().getProperty("spring.mail.port"));
        }
        try {
            nodeB = new SpringApplicationBuilder(Application.class, TestClockConfiguration.class)
                    .run(args.toArray(String[]::new));
        } finally {
            // Starting node B pointed the JVM-wide holder at node B's instance.
            SecurityContextHolder.setContextHolderStrategy(holderA);
        }
        holderB = nodeB.getBean(SecurityContextHolderStrategy.class);
        assertThat(holderB).isNotSameAs(holderA);
        periodId = OwnPeriods.open(nodeA, YEAR);
        unitId = AssessmentFixtures.unit(nodeA, UNIT).id();
        SignIn.out();
    }

    @AfterAll
    static void stopNodeB(@Autowired ApplicationContext nodeA) {
        try {
            if (periodId != 0) {
                OwnPeriods.close(nodeA, periodId);
            }
        } finally {
            if (nodeB != null) {
                nodeB.close();
            }
            SecurityContextHolder.setContextHolderStrategy(holderA);
        }
    }

    @AfterEach
    void signOut() {
        SignIn.out();
        holderB.clearContext();
    }

    @Test
    void nodeBRunsAgainstTheSameDatabaseWithoutSeedingIt() {
        JdbcTemplate jdbcB = new JdbcTemplate(nodeB.getBean(DataSource.class));
        JdbcTemplate jdbcA = new JdbcTemplate(nodeA.getBean(DataSource.class));
        assertThat(jdbcB.queryForObject("select database()", String.class))
                .isEqualTo(jdbcA.queryForObject("select database()", String.class));
        assertThat(jdbcB.queryForObject("select count(*) from flyway_schema_history where success = 0", Integer.class))
                .isZero();
        assertThat(portB()).isNotEqualTo(portA);
        // One demo province only: node B (demo off) added nothing.
        assertThat(jdbcA.queryForObject("select count(*) from province", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void aScoreSavedOnNodeAIsReadOnNodeB() {
        String focalPoint = Accounts.create(nodeA, Role.FOCAL_POINT, unitId);
        SignIn.as(nodeA, focalPoint, Accounts.PASSWORD);
        SelfAssessments onA = nodeA.getBean(SelfAssessments.class);
        Sheet sheet = onA.sheet(periodId, unitId);
        long node = AssessmentFixtures.node(sheet, "1.1.4");
        onA.save(
                sheet.assessmentId(),
                List.of(new ItemChange(node, sheet.item(node).version(), new BigDecimal("7"), "Lưu trên nút A")));
        SignIn.out();

        Sheet onB =
                onNodeB(focalPoint, () -> nodeB.getBean(SelfAssessments.class).sheet(periodId, unitId));
        assertThat(onB.item(node).score()).isEqualByComparingTo("7");
        assertThat(onB.item(node).note()).isEqualTo("Lưu trên nút A");
        assertThat(onB.item(node).updatedBy()).isEqualTo(focalPoint);
    }

    @Test
    void concurrentEditsAcrossNodesAreRefusedByOptimisticLocking() throws Exception {
        String first = Accounts.create(nodeA, Role.FOCAL_POINT, unitId);
        String second = Accounts.create(nodeA, Role.FOCAL_POINT, unitId);
        SignIn.as(nodeA, first, Accounts.PASSWORD);
        Sheet sheet = nodeA.getBean(SelfAssessments.class).sheet(periodId, unitId);
        SignIn.out();
        long node = AssessmentFixtures.node(sheet, "2.2.1");
        long version = sheet.item(node).version();

        // Both users start from the same version; both saves run at the same moment, one per node.
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> saves;
        try {
            saves = List.of(
                    pool.submit(() -> {
                        go.await();
                        SignIn.as(nodeA, first, Accounts.PASSWORD);
                        try {
                            return nodeA.getBean(SelfAssessments.class)
                                    .save(
                                            sheet.assessmentId(),
                                            List.of(new ItemChange(node, version, new BigDecimal("11"), "A")));
                        } finally {
                            SignIn.out();
                        }
                    }),
                    pool.submit(() -> {
                        go.await();
                        return onNodeB(
                                second,
                                () -> nodeB.getBean(SelfAssessments.class)
                                        .save(
                                                sheet.assessmentId(),
                                                List.of(new ItemChange(node, version, new BigDecimal("12"), "B"))));
                    }));
            go.countDown();
        } finally {
            pool.shutdown();
        }
        List<Integer> saved = new ArrayList<>();
        List<Throwable> refused = new ArrayList<>();
        for (Future<Integer> save : saves) {
            try {
                saved.add(save.get());
            } catch (java.util.concurrent.ExecutionException e) {
                refused.add(e.getCause());
            }
        }
        assertThat(saved).as("one save wins").containsExactly(1);
        assertThat(refused).as("the other is refused").hasSize(1);
        assertThat(refused.get(0)).isInstanceOf(BusinessRuleException.class);

        SignIn.as(nodeA, first, Accounts.PASSWORD);
        Sheet after = nodeA.getBean(SelfAssessments.class).sheet(periodId, unitId);
        SignIn.out();
        assertThat(after.item(node).version()).isEqualTo(version + 1);
        // the stored score has the column's scale (12.00): compare values, not scales
        assertThat(after.item(node).score().stripTrailingZeros().toPlainString())
                .isIn("11", "12");

        // A stale copy on node B is refused after node A's save, with the value now stored.
        assertThatThrownBy(() -> onNodeB(
                        second,
                        () -> nodeB.getBean(SelfAssessments.class)
                                .save(
                                        sheet.assessmentId(),
                                        List.of(new ItemChange(node, version, new BigDecimal("13"), "B again")))))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey())
                .isEqualTo("assessment.conflict");
    }

    @Test
    void aUserDisabledOnNodeALosesTheSessionOnNodeB() {
        String username = Accounts.create(nodeA, Role.LEADER, null);
        PortalHttpClient browserOnA = new PortalHttpClient(portA);
        PortalHttpClient browserOnB = new PortalHttpClient(portB());
        assertThat(browserOnA.signIn(username, Accounts.PASSWORD)).isTrue();
        assertThat(browserOnB.signIn(username, Accounts.PASSWORD)).isTrue();
        assertThat(browserOnA.opens("/")).isTrue();
        assertThat(browserOnB.opens("/")).isTrue();

        SignIn.as(nodeA, "admin");
        UserAdministration administration = nodeA.getBean(UserAdministration.class);
        long id = administration.users().stream()
                .filter(user -> user.username().equals(username))
                .findFirst()
                .orElseThrow()
                .id();
        administration.setEnabled(id, false);
        SignIn.out();

        assertThat(browserOnB.opens("/"))
                .as("the session on the other node ends")
                .isFalse();
        assertThat(browserOnA.opens("/")).isFalse();
        assertThat(browserOnB.signIn(username, Accounts.PASSWORD))
                .as("and cannot sign in again")
                .isFalse();
    }

    @Test
    void theReminderJobFiredOnBothNodesAtOnceRunsOnOne() throws Exception {
        Person focalPoint = NotificationFixtures.person(nodeA, Role.FOCAL_POINT, unitId, true, Locales.VIETNAMESE);
        SignIn.as(nodeA, "noivu");
        nodeA.getBean(PeriodAdministration.class)
                .extendDeadline(
                        periodId,
                        unitId,
                        Phase.SELF_ASSESSMENT,
                        LocalDate.now(nodeA.getBean(java.time.Clock.class)).plusDays(3),
                        "Hai nút");
        SignIn.out();
        JdbcTemplate jdbc = new JdbcTemplate(nodeA.getBean(DataSource.class));
        String runs = "select count(*) from audit_event where action = 'DEADLINE_REMINDERS_SENT'";
        int auditedBefore = jdbc.queryForObject(runs, Integer.class);

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Optional<DeadlineReminders.Run>>> fired;
        try {
            fired = List.of(
                    pool.submit(() -> {
                        go.await();
                        return nodeA.getBean(DeadlineReminders.class).runOncePerCluster();
                    }),
                    pool.submit(() -> {
                        go.await();
                        return nodeB.getBean(DeadlineReminders.class).runOncePerCluster();
                    }));
            go.countDown();
        } finally {
            pool.shutdown();
        }
        List<DeadlineReminders.Run> ran = new ArrayList<>();
        for (Future<Optional<DeadlineReminders.Run>> run : fired) {
            run.get().ifPresent(ran::add);
        }
        assertThat(ran).as("one node ran the job, the other skipped it").hasSize(1);
        assertThat(ran.get(0).reminders()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject(runs, Integer.class)).isEqualTo(auditedBefore + 1);
        assertThat(NotificationFixtures.inbox(nodeA, focalPoint, NotificationKind.SELF_ASSESSMENT_DUE))
                .hasSize(1);

        // The same firing seen late by a node (its timer a moment behind) is skipped too.
        assertThat(nodeB.getBean(DeadlineReminders.class).runOncePerCluster()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from INT_LOCK", Integer.class))
                .as("no lock left behind")
                .isZero();
    }

    private static int portB() {
        return ((ServletWebServerApplicationContext) nodeB).getWebServer().getPort();
    }

    /**
     * Runs the work signed in on node B: its method security reads node B's holder, the services'
     * own look-ups (current user, audit) the JVM-wide one, so both carry the authentication.
     */
    private static <T> T onNodeB(String username, Callable<T> work) throws RuntimeException {
        Authentication authentication;
        try {
            authentication = nodeB.getBean(AuthenticationConfiguration.class)
                    .getAuthenticationManager()
                    .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, Accounts.PASSWORD));
        } catch (Exception e) {
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        }
        holderB.setContext(new SecurityContextImpl(authentication));
        SecurityContextHolder.setContext(new SecurityContextImpl(authentication));
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            holderB.clearContext();
            SecurityContextHolder.clearContext();
        }
    }
}
