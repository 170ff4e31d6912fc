package vn.parindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.appraisal.AppraisalRows;
import vn.parindex.appraisal.ConsistencyData;
import vn.parindex.criteria.CriteriaCatalog;
import vn.parindex.criteria.CriteriaEditor;
import vn.parindex.period.Phase;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;
import vn.parindex.support.VaadinHttpUi;

/**
 * Heap held by open UIs (issue 16), measured with real HTTP sessions against the portal in this JVM
 * (the way a browser opens a page: bootstrap, then the UIDL request that renders the view): live
 * objects after a full GC with the UIs open, minus the same before, divided by the number of UIs. The
 * self-assessment sheet (a focal point's 52-component 2024 demo sheet) must stay at or below 1 MB
 * per UI, and the ranking view of a block of 1,000 units at or below 1.5 times that of 30 units.
 * Prints BENCH lines. Run on demand: {@code ./mvnw -Pbenchmark verify -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=UiHeapBenchmark}.
 */
@PortalIntegrationTest
class UiHeapBenchmark {

    private static final int SHEETS = 40;
    private static final int RANKINGS = 10;

    /** The development-mode component tracker's records (see {@link #usedAfterGc}). */
    private static final String DEV_MODE_TRACKER = "com.vaadin.flow.component.internal.ComponentTracker$Location";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CriteriaEditor editor;

    @Autowired
    CriteriaCatalog catalog;

    @Test
    void sheetUisTakeAtMostOneMegabyteEach() {
        // Warm-up: classes, caches and the first sheet's assessment rows exist before the baseline.
        for (int index = 0; index < 3; index++) {
            assertThat(sheet()).contains("sa-tree");
        }
        long before = usedAfterGc();
        List<VaadinHttpUi> sessions = new ArrayList<>();
        for (int index = 0; index < SHEETS; index++) {
            VaadinHttpUi session = VaadinHttpUi.signIn(port, "gtvt", SignIn.DEMO_PASSWORD);
            assertThat(session.open("self-assessment", "")).contains("sa-tree");
            sessions.add(session);
        }
        long after = usedAfterGc();
        double perUi = (after - before) / (double) SHEETS;
        System.out.printf(
                "BENCH heap per open self-assessment sheet UI: %.0f KB (%d UIs, %.1f MB -> %.1f MB live)%n",
                perUi / 1024, SHEETS, before / 1048576.0, after / 1048576.0);
        assertThat(sessions).hasSize(SHEETS);
        assertThat(perUi).isLessThanOrEqualTo(1024 * 1024);
    }

    @Test
    void rankingOf1000UnitsTakesAtMostOneAndAHalfTimesThatOf30() {
        long periodId = AppraisalRows.ceiling(context);
        String phase = jdbc.queryForObject("select phase from assessment_period where id = ?", String.class, periodId);
        ConsistencyData small = ConsistencyData.create(jdbc, editor, catalog, periodId, "HEAPS", 30, 2);
        ConsistencyData large = ConsistencyData.create(jdbc, editor, catalog, periodId, "HEAPL", 1000, 2);
        try {
            small.appraise(periodId, 0, 30);
            large.appraise(periodId, 0, 1000);
            // The view lists periods from final appraisal on.
            AppraisalRows.phase(jdbc, periodId, Phase.FINAL_APPRAISAL);
            String query = "period=" + periodId + "&block=";
            ranking(query + small.blockId);
            ranking(query + large.blockId);
            double perSmall = perUi(query + small.blockId);
            double perLarge = perUi(query + large.blockId);
            System.out.printf(
                    "BENCH heap per open ranking UI: %.0f KB at 30 units, %.0f KB at 1,000 units (%.2f x)%n",
                    perSmall / 1024, perLarge / 1024, perLarge / perSmall);
            assertThat(perLarge).isLessThanOrEqualTo(1.5 * perSmall);
        } finally {
            jdbc.update("update assessment_period set phase = ? where id = ?", phase, periodId);
            small.cleanUp(periodId);
            large.cleanUp(periodId);
            SignIn.out();
        }
    }

    private double perUi(String query) {
        long before = usedAfterGc();
        List<VaadinHttpUi> sessions = new ArrayList<>();
        for (int index = 0; index < RANKINGS; index++) {
            VaadinHttpUi session = VaadinHttpUi.signIn(port, "noivu", SignIn.DEMO_PASSWORD);
            assertThat(session.open("ranking", query)).contains("ranking-grid");
            sessions.add(session);
        }
        long after = usedAfterGc();
        assertThat(sessions).hasSize(RANKINGS);
        return (after - before) / (double) RANKINGS;
    }

    private String sheet() {
        return VaadinHttpUi.signIn(port, "gtvt", SignIn.DEMO_PASSWORD).open("self-assessment", "");
    }

    private void ranking(String query) {
        assertThat(VaadinHttpUi.signIn(port, "noivu", SignIn.DEMO_PASSWORD).open("ranking", query))
                .contains("ranking-grid");
    }

    /**
     * Bytes of live objects: the total of the JVM's class histogram ({@code jcmd <pid>
     * GC.class_histogram}), which runs a full collection first and counts only what is reachable
     * (the heap's "used" figure after {@code System.gc()} still holds whatever the collector chose not
     * to reclaim, and swung by hundreds of megabytes between runs here), less the records of Vaadin's
     * development-mode component tracker ({@code ComponentTracker$Location}: where each component
     * was created and attached, about 3 MB for a sheet), which this test context keeps because it
     * runs in development mode and a production portal does not (the tracker is off there).
     */
    private static long usedAfterGc() {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        try {
            Process process = new ProcessBuilder(
                            jcmd, String.valueOf(ProcessHandle.current().pid()), "GC.class_histogram")
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            long total = -1;
            long tracker = 0;
            // "   1:  <instances>  <bytes>  <class name> (<module>)" per class, then "Total <instances> <bytes>"
            for (String line : output.lines().toList()) {
                String[] fields = line.trim().split("\\s+");
                if (fields.length == 3 && fields[0].equals("Total")) {
                    total = Long.parseLong(fields[2]);
                } else if (fields.length >= 4 && fields[0].endsWith(":") && fields[3].contains(DEV_MODE_TRACKER)) {
                    tracker += Long.parseLong(fields[2]);
                }
            }
            if (total < 0) {
                throw new IllegalStateException("no class histogram from jcmd: " + output);
            }
            return total - tracker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
