package vn.parindex.admin.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.organization.UnitSummary;
import vn.parindex.security.Role;
import vn.parindex.security.UserImport;
import vn.parindex.security.UserImportResult;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.Spreadsheets;
import vn.parindex.shared.ui.Messages;
import vn.parindex.shared.ui.Notifications;

/**
 * Users from XLSX with the units' dry run. The commit hashes the new users' one-time passwords in
 * the background (the page polls its progress) and then offers their list once, as an XLSX file the
 * administrator downloads; the portal keeps no clear password.
 */
@Route("admin/users/import")
@RolesAllowed(Role.Names.ADMIN)
public class UserImportView extends VerticalLayout implements HasDynamicTitle {

    private final transient UserImport imports;
    private final transient OrganizationDirectory directory;
    private final ProblemsGrid problems = new ProblemsGrid("user-import-problems");
    private final Paragraph summary = new Paragraph();
    private final Button commit = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph progressText = new Paragraph();
    private final HorizontalLayout passwords = new HorizontalLayout();
    private byte[] file;

    public UserImportView(UserImport imports, OrganizationDirectory directory) {
        this.imports = imports;
        this.directory = directory;
        addClassName("portal-page");
        setId("user-import-view");

        Paragraph intro = new Paragraph(getTranslation("userImport.intro", String.join(", ", UserImport.COLUMNS)));
        intro.addClassName("portal-muted");
        commit.setText(getTranslation("import.commit"));
        commit.setId("user-import-commit");
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.setEnabled(false);
        commit.addClickListener(event -> commit());
        summary.setId("user-import-summary");
        progress.setId("user-import-progress");
        progress.setVisible(false);
        progressText.setId("user-import-progress-text");
        progressText.setVisible(false);
        passwords.setId("user-import-passwords");
        passwords.setVisible(false);

        SpreadsheetImportBar actions = new SpreadsheetImportBar(
                "user-import", "users-template.xlsx", () -> this.imports.template(), this::received);
        add(intro, actions, summary, problems, commit, progress, progressText, passwords);
    }

    void received(byte[] bytes) {
        file = bytes;
        passwords.setVisible(false);
        passwords.removeAll();
        show(imports.dryRun(file, unitIds()));
    }

    private Map<String, Long> unitIds() {
        return directory.units().stream().collect(Collectors.toMap(UnitSummary::code, UnitSummary::id));
    }

    private void show(UserImportResult result) {
        problems.show(result.problems());
        commit.setEnabled(result.ok() && result.created() + result.updated() > 0 && result.passwords() == null);
        summary.setText(
                result.ok()
                        ? getTranslation(
                                result.passwords() != null ? "userImport.saved" : "userImport.dryRun",
                                result.rows(),
                                result.created(),
                                result.updated(),
                                result.unchanged())
                        : getTranslation("import.problems", result.problems().size()));
    }

    /** Hashing two thousand passwords takes a minute: it runs in the background, the page polls. */
    private void commit() {
        UI ui = UI.getCurrent();
        byte[] toSave = file;
        Map<String, Long> units = unitIds();
        int total = imports.dryRun(toSave, units).created();
        commit.setEnabled(false);
        progress.setVisible(true);
        progress.setMin(0);
        progress.setMax(Math.max(1, total));
        progress.setValue(0);
        progressText.setVisible(true);
        progressText.setText(getTranslation("userImport.progress", 0, total));
        ui.setPollInterval(500);
        CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(() -> {
            UserImportResult result;
            try {
                result = imports.commit(
                        toSave,
                        units,
                        done -> ui.access(() -> {
                            progress.setValue(done);
                            progressText.setText(getTranslation("userImport.progress", done, total));
                        }));
            } catch (BusinessRuleException refusal) {
                ui.access(() -> finished(null, refusal));
                return;
            }
            ui.access(() -> finished(result, null));
        }));
    }

    private void finished(UserImportResult result, BusinessRuleException refusal) {
        UI.getCurrent().setPollInterval(-1);
        progress.setVisible(false);
        progressText.setVisible(false);
        if (refusal != null) {
            Notifications.error(Messages.of(this, refusal));
            return;
        }
        show(result);
        if (result.passwords() != null) {
            file = null;
            offerPasswords(result.passwords());
            Notifications.success(summary.getText());
        }
    }

    /** The one chance to take the new users' passwords: a file made from memory, never stored. */
    private void offerPasswords(List<UserImportResult.OneTimePassword> created) {
        passwords.removeAll();
        if (created.isEmpty()) {
            return;
        }
        List<List<String>> rows = created.stream()
                .map(entry -> List.of(
                        entry.username(),
                        entry.fullName(),
                        entry.unitCode() == null ? "" : entry.unitCode(),
                        entry.password()))
                .toList();
        byte[] list = Spreadsheets.write(
                "passwords", List.of("username", "full_name", "unit_code", "one_time_password"), rows);
        Anchor anchor =
                new Anchor(new StreamResource("one-time-passwords.xlsx", () -> new ByteArrayInputStream(list)), "");
        anchor.getElement().setAttribute("download", true);
        anchor.add(new Button(getTranslation("userImport.passwords", created.size()), VaadinIcon.KEY.create()));
        anchor.setId("user-import-passwords-download");
        Paragraph warning = new Paragraph(getTranslation("userImport.passwordsOnce"));
        warning.addClassName("portal-warning");
        passwords.add(anchor, warning);
        passwords.setVisible(true);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        // Leaving the page forgets the list: it is shown once.
        passwords.removeAll();
        super.onDetach(event);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("userImport.title");
    }
}
