package vn.parindex.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.appraisal.AppraisalFixtures;
import vn.parindex.appraisal.AppraisalRows;
import vn.parindex.organization.BlockSummary;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.organization.UnitSummary;
import vn.parindex.period.Phase;
import vn.parindex.security.Role;
import vn.parindex.support.SignIn;

/**
 * The end of the appraisal in a real browser, in a period of its own (2047) whose district units are
 * all final: noivu imports the survey file through /appraisal/survey (dry run, then commit), then
 * hoidong1, hoidong2 and hoidong3 each approve the district block on /appraisal/vote, and the block
 * shows approved. Two more active council members (disabled afterwards) make five, so the third
 * approval is the one that carries the majority.
 */
class CouncilVoteJourneyTest extends BrowserTest {

    private static final int YEAR = 2047;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrganizationDirectory organization;

    private final List<String> extraMembers = new ArrayList<>();
    private Long periodId;

    @AfterEach
    void putAway() {
        extraMembers.forEach(username -> AppraisalFixtures.disable(context, username));
        if (periodId != null) {
            AppraisalRows.phase(jdbc, periodId, Phase.PREPARATION);
        }
        AppraisalFixtures.readNotificationsOf(context, "hoidong1", "hoidong2", "hoidong3");
    }

    @Test
    void noivuImportsTheSurveyAndTheThreeMembersApproveTheBlock() throws IOException {
        periodId = AppraisalRows.period(context, YEAR, Phase.FINAL_APPRAISAL);
        BlockSummary district = organization.blocks().stream()
                .filter(block -> block.code().equals("DISTRICT"))
                .findFirst()
                .orElseThrow();
        AppraisalRows.allFinal(jdbc, periodId, district.id(), "hoidong1");
        extraMembers.add(AppraisalFixtures.account(context, null, Set.of(Role.COUNCIL_MEMBER)));
        extraMembers.add(AppraisalFixtures.account(context, null, Set.of(Role.COUNCIL_MEMBER)));

        // Survey points for every active unit but the secretariat's own department (conflict of interest).
        SignIn.as(context, "noivu");
        StringBuilder csv = new StringBuilder("unit_code;component_code;points\n");
        for (UnitSummary unit : organization.units()) {
            if (unit.active() && !unit.code().equals("SNV")) {
                csv.append(unit.code()).append(";2.1.1;8\n");
                csv.append(unit.code()).append(";2.1.2;16,5\n");
            }
        }
        SignIn.out();
        Path file = Files.createTempDirectory("survey").resolve("khao-sat-" + YEAR + ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        try (BrowserContext session = newSession()) {
            Page page = session.newPage();
            signIn(page, "noivu");
            page.navigate(url("appraisal/survey"));
            // The newest period is chosen first; otherwise pick ours from the list.
            if (!page.locator("#survey-period").innerText().contains(YEAR + " · ")) {
                page.locator("#survey-period").click();
                page.locator("vaadin-select-list-box vaadin-select-item")
                        .filter(new Locator.FilterOptions().setHasText(YEAR + " · "))
                        .first()
                        .click();
            }
            assertThat(page.locator("#survey-period")).containsText(YEAR + " · ");
            page.locator("#survey-upload input[type=file]").setInputFiles(file);
            assertThat(page.locator("#survey-summary")).containsText("không có lỗi");
            assertThat(page.locator("#survey-effects")).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("survey-dry-run-noivu.png")));
            page.locator("#survey-commit").click();
            assertThat(page.locator("#survey-history")).containsText("khao-sat-" + YEAR + ".csv");
            assertThat(page.locator("#survey-history")).containsText("Đang dùng");
        }

        AppraisalRows.phase(jdbc, periodId, Phase.COUNCIL_APPROVAL);
        for (String member : List.of("hoidong1", "hoidong2", "hoidong3")) {
            try (BrowserContext session = newSession()) {
                Page page = session.newPage();
                signIn(page, member);
                page.navigate(url("appraisal/vote?period=" + periodId));
                Locator row = page.locator("#vote-blocks vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setHasText(district.nameVi()))
                        .first();
                assertThat(row).isVisible();
                row.click();
                assertThat(page.locator("#vote-results")).containsText("24,50");
                assertThat(page.locator("#vote-results")).containsText("77,50");
                page.locator("#vote-choice vaadin-radio-button")
                        .filter(new Locator.FilterOptions()
                                .setHasText(java.util.regex.Pattern.compile("^\\s*Tán thành\\s*$")))
                        .first()
                        .locator("input")
                        .check();
                page.locator("#vote-save").click();
                assertThat(page.locator("vaadin-notification-card").first()).containsText("Đã lưu biểu quyết");
                Locator blockRow = page.locator("#vote-blocks");
                if (member.equals("hoidong3")) {
                    assertThat(blockRow).containsText("Đã thông qua");
                    page.screenshot(new Page.ScreenshotOptions()
                            .setPath(SCREENSHOTS.resolve("vote-approved-" + member + ".png")));
                } else {
                    assertThat(blockRow).containsText("Đang biểu quyết");
                }
            }
        }
    }

    private void signIn(Page page, String username) {
        page.navigate(url("login"));
        page.locator("#vaadinLoginUsername input").fill(username);
        page.locator("#vaadinLoginPassword input").fill(SignIn.DEMO_PASSWORD);
        page.locator("#vaadinLoginPassword input").press("Enter");
        page.locator("#home-view").waitFor();
    }
}
