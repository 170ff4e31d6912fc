package vn.parindex.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Focal points of a merged province at the self-assessment deadline: each signs in, opens the home
 * page and then the sheet through the menu, and keeps choosing an item, typing a score and saving,
 * with think time, for the run's length. The requests are the ones the browser's Vaadin client
 * sends (captured from Chromium): the bootstrap JSON gives the UI id and the CSRF token
 * ({@code Vaadin-Security-Key}), every UIDL request carries them with the sync and client ids of
 * the last answer, and item selection, typing and the Save click are the grid's {@code select}
 * call, a synchronised {@code value} property and a {@code click} event on the nodes the answers
 * created. Every confirmed save is remembered and compared with the database afterwards.
 * Run through {@code load/run.sh}; system properties {@code load.*} below.
 */
public class SelfAssessmentLoadSimulation extends Simulation {

    private static final String BASE = System.getProperty("load.baseUrl", "http://127.0.0.1:8081");
    private static final int USERS = Integer.getInteger("load.users", 200);
    private static final int SECONDS = Integer.getInteger("load.seconds", 120);
    private static final int RAMP_SECONDS = Integer.getInteger("load.rampSeconds", Math.min(60, SECONDS));
    private static final int BROWSERS = Integer.getInteger("load.browsers", 0);
    private static final int YEAR = Integer.getInteger("load.year", 2024);
    private static final String PASSWORD = System.getProperty("load.password", "Demo@2024");
    private static final String SAVED_TEXT = "Đã lưu 1 tiêu chí";

    /** Range items (0 to 1 by 0.25) among the first 50 rows the sheet sends without scrolling. */
    private static final List<String> ITEMS = List.of("1.2.1", "1.4.2", "2.3.1", "2.3.2", "3.2.2");

    private static final List<String> VALUES = List.of("0,25", "0,5", "0,75", "1");

    static final SavedScores SAVED = new SavedScores();

    private final long cpuBefore = processCpuNanos();
    private final long appTicksBefore = appTicks();
    private final long startedAt = System.nanoTime();
    private final BrowsersAlongside browsers =
            new BrowsersAlongside(BASE, PASSWORD, USERS, BROWSERS, SAVED, Duration.ofSeconds(RAMP_SECONDS + SECONDS));

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .acceptLanguageHeader("vi-VN,vi;q=0.9")
            .userAgentHeader("Mozilla/5.0 (parindex load harness)")
            .disableCaching();

    private final ScenarioBuilder focalPoints = scenario("focal point at the deadline")
            .feed(users())
            .exec(http("login page")
                    .get("/login")
                    .check(regex("<meta name=\"_csrf\" content=\"([^\"]+)\"").saveAs("formCsrf")))
            .exec(bootstrap("login", "/login"))
            .pause(Duration.ofSeconds(2), Duration.ofSeconds(6))
            .exec(http("sign in")
                    .post("/login")
                    .formParam("_csrf", "#{formCsrf}")
                    .formParam("username", "#{username}")
                    .formParam("password", PASSWORD)
                    .check(currentLocation().is(BASE + "/")))
            .exitHereIfFailed()
            .exec(bootstrap("home", "/"))
            .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
            .exec(uidl("open sheet", session -> navigate("/self-assessment", 1), substring("sa-tree")))
            // A user whose sheet did not open (or whose UI fell out of step) stops: later requests would only
            // repeat the first error.
            .exitHereIfFailed()
            .exec(session -> session.set("saveNode", session.getInt("last.sa-save"))
                    .set("treeNode", session.getInt("last.sa-tree")))
            // exitASAP false: a save in flight when the time is up is still confirmed and recorded (with the
            // default, the loop ended between the answer and the record, and the check saw a "lost" value).
            .during(Duration.ofSeconds(SECONDS), false)
            .on(pause(Duration.ofSeconds(3), Duration.ofSeconds(10))
                    .exec(SelfAssessmentLoadSimulation::chooseItem)
                    .exec(uidl("select item", SelfAssessmentLoadSimulation::select))
                    .exitHereIfFailed()
                    .pause(Duration.ofSeconds(3), Duration.ofSeconds(10))
                    .exec(uidl("enter score", SelfAssessmentLoadSimulation::type))
                    .exitHereIfFailed()
                    .pause(Duration.ofSeconds(1), Duration.ofSeconds(4))
                    .exec(uidl("save", SelfAssessmentLoadSimulation::clickSave, substring(SAVED_TEXT)))
                    .exitHereIfFailed()
                    .exec(session -> {
                        SAVED.record(
                                session.getString("username"), session.getString("code"), session.getString("value"));
                        Map<String, String> last = new HashMap<>(session.<Map<String, String>>get("lastValues"));
                        last.put(session.getString("code"), session.getString("value"));
                        return session.set("lastValues", last);
                    }));

    {
        setUp(focalPoints.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(RAMP_SECONDS))))
                .protocols(protocol)
                .assertions(
                        global().responseTime().percentile(95.0).lte(300),
                        global().failedRequests().count().is(0L));
    }

    @Override
    public void before() {
        browsers.start();
    }

    @Override
    public void after() {
        BrowsersAlongside.Outcome browserOutcome = browsers.stop();
        double generatorCpu = (processCpuNanos() - cpuBefore) / 1e9;
        double wall = (System.nanoTime() - startedAt) / 1e9;
        long appTicks = appTicks() - appTicksBefore;
        double appCpu = appTicks / (double) Integer.getInteger("load.clkTck", 100);
        StringBuilder report = new StringBuilder();
        report.append(String.format("users=%d steady_seconds=%d ramp_seconds=%d%n", USERS, SECONDS, RAMP_SECONDS));
        report.append(String.format(
                "generator_cpu_seconds=%.1f app_cpu_seconds=%.1f wall_seconds=%.1f cores=%d%n",
                generatorCpu, appCpu, wall, Runtime.getRuntime().availableProcessors()));
        report.append(String.format(
                "generator_share_of_used_cpu=%.1f%% generator_share_of_machine=%.1f%% app_share_of_machine=%.1f%%%n",
                100 * generatorCpu / Math.max(0.001, generatorCpu + appCpu),
                100 * generatorCpu / (wall * Runtime.getRuntime().availableProcessors()),
                100 * appCpu / (wall * Runtime.getRuntime().availableProcessors())));
        report.append(browserOutcome.summary()).append('\n');
        try {
            SavedScores.Check check = SAVED.check(
                    System.getProperty("load.jdbcUrl", "jdbc:mariadb://127.0.0.1:3306/parindex_load"),
                    System.getProperty("load.jdbcUser", "root"),
                    System.getProperty("load.jdbcPassword", ""),
                    YEAR);
            report.append(String.format(
                    "values_saved=%d values_checked=%d values_lost=%d%n",
                    SAVED.count(), check.compared(), check.lost().size()));
            check.lost().stream()
                    .limit(20)
                    .forEach(line -> report.append("LOST ").append(line).append('\n'));
        } catch (Exception e) {
            report.append("values_check_failed=").append(e).append('\n');
        }
        System.out.print(report);
        String file = System.getProperty("load.report");
        if (file != null) {
            try {
                Files.writeString(Path.of(file), report);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static Iterator<Map<String, Object>> users() {
        return IntStream.rangeClosed(1, USERS)
                .<Map<String, Object>>mapToObj(index -> Map.of("username", String.format("load%04d", index)))
                .iterator();
    }

    /** The page, its bootstrap JSON (UI id, CSRF token) and the first UIDL request that renders the route. */
    private static ChainBuilder bootstrap(String name, String route) {
        String location = route.substring(1);
        return exec(http(name + " page").get(route).check(status().is(200)))
                .exec(http(name + " init")
                        .get("/?v-r=init&location=" + location + "&query=")
                        .check(jsonPath("$.appConfig['v-uiId']").ofInt().saveAs("uiId"))
                        .check(jsonPath("$.appConfig.uidl['Vaadin-Security-Key']")
                                .saveAs("csrf")))
                .exec(session -> session.set("syncId", 0).set("clientId", 0).set("lastValues", Map.of()))
                .exec(uidl(name + " view", session -> navigate(route, 0)));
    }

    /** One UIDL request with the session's ids; the answer's ids, nodes and item keys are kept. */
    @SafeVarargs
    private static ChainBuilder uidl(String name, Function<Session, String> rpc, CheckBuilder... checks) {
        return exec(http(name)
                        .post("/?v-r=uidl&v-uiId=#{uiId}")
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .body(StringBody(session -> "{\"csrfToken\":\"" + session.getString("csrf") + "\",\"rpc\":"
                                + rpc.apply(session) + ",\"syncId\":" + session.getInt("syncId") + ",\"clientId\":"
                                + session.getInt("clientId") + "}"))
                        .check(status().is(200))
                        .check(substring("appError").notExists())
                        .check(substring("sessionExpired").notExists())
                        .check(checks)
                        .check(bodyString().saveAs("answer")))
                .exec(SelfAssessmentLoadSimulation::takeAnswer);
    }

    private static Session takeAnswer(Session session) {
        String answer = session.getString("answer");
        Session next =
                session.remove("answer").set("syncId", Uidl.syncId(answer)).set("clientId", Uidl.clientId(answer));
        for (String id : List.of("sa-save", "sa-tree", "item-score")) {
            Integer node = Uidl.nodeWithId(answer, id);
            if (node != null) {
                next = next.set("last." + id, node);
            }
        }
        Map<String, String> keys = Uidl.itemKeys(answer);
        if (!keys.isEmpty()) {
            Map<String, String> merged =
                    next.contains("keys") ? new HashMap<>(next.<Map<String, String>>get("keys")) : new HashMap<>();
            merged.putAll(keys);
            next = next.set("keys", merged);
        }
        return next;
    }

    private static String navigate(String route, int historyIndex) {
        return "[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
                + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":" + historyIndex
                + "},\"trigger\":\"\"}}]";
    }

    /** A random range item and a value other than the one this user saved there last. */
    private static Session chooseItem(Session session) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String code = ITEMS.get(random.nextInt(ITEMS.size()));
        String previous = session.<Map<String, String>>get("lastValues").get(code);
        String value;
        do {
            value = VALUES.get(random.nextInt(VALUES.size()));
        } while (value.equals(previous));
        return session.set("code", code).set("value", value);
    }

    private static String select(Session session) {
        String key = session.<Map<String, String>>get("keys").get(session.getString("code"));
        int promise = session.getInt("clientId");
        return "[{\"type\":\"publishedEventHandler\",\"node\":" + session.getInt("treeNode")
                + ",\"templateEventMethodName\":\"select\",\"templateEventMethodArgs\":[\"" + key + "\"],\"promise\":"
                + promise + "}]";
    }

    private static String type(Session session) {
        int node = session.getInt("last.item-score");
        return "[{\"type\":\"mSync\",\"node\":" + node + ",\"feature\":1,\"property\":\"value\",\"value\":\""
                + session.getString("value") + "\"},{\"type\":\"event\",\"node\":" + node
                + ",\"event\":\"input\",\"data\":{\"1\":1,\"for\":\"trailing\"}}]";
    }

    private static String clickSave(Session session) {
        return "[{\"type\":\"event\",\"node\":" + session.getInt("saveNode")
                + ",\"event\":\"click\",\"data\":{\"event.shiftKey\":false,\"event.metaKey\":false,"
                + "\"event.detail\":1,\"event.ctrlKey\":false,\"event.clientX\":1005,\"event.clientY\":154,"
                + "\"event.altKey\":false,\"event.button\":0,\"event.screenY\":251,\"event.screenX\":1015}}]";
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** utime + stime of the portal's process (-Dload.appPid), in clock ticks; 0 when not given. */
    private static long appTicks() {
        String pid = System.getProperty("load.appPid");
        if (pid == null || pid.isBlank()) {
            return 0;
        }
        try {
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
