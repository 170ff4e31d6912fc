package vn.parindex.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.parindex.organization.UnitImport;
import vn.parindex.organization.UnitImportResult;
import vn.parindex.security.Role;
import vn.parindex.shared.ui.Notifications;

/**
 * Units from XLSX: download the template, upload the file, read the dry run's problems (each with
 * its row), fix and upload again; import only when the whole file is right.
 */
@Route("admin/units/import")
@RolesAllowed({Role.Names.ADMIN, Role.Names.SECRETARIAT})
public class UnitImportView extends VerticalLayout implements HasDynamicTitle {

    private final transient UnitImport imports;
    private final ProblemsGrid problems = new ProblemsGrid("unit-import-problems");
    private final Paragraph summary = new Paragraph();
    private final Checkbox deactivateMissing = new Checkbox();
    private final Button commit = new Button();
    private byte[] file;

    public UnitImportView(UnitImport imports) {
        this.imports = imports;
        addClassName("portal-page");
        setId("unit-import-view");

        Paragraph intro = new Paragraph(getTranslation("unitImport.intro", String.join(", ", UnitImport.COLUMNS)));
        intro.addClassName("portal-muted");
        deactivateMissing.setLabel(getTranslation("unitImport.deactivateMissing"));
        deactivateMissing.setId("unit-import-deactivate");
        deactivateMissing.addValueChangeListener(event -> {
            if (file != null) {
                show(imports.dryRun(file, deactivateMissing.getValue()));
            }
        });
        commit.setText(getTranslation("import.commit"));
        commit.setId("unit-import-commit");
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.setEnabled(false);
        commit.addClickListener(event -> commit());
        summary.setId("unit-import-summary");

        SpreadsheetImportBar actions = new SpreadsheetImportBar(
                "unit-import", "units-template.xlsx", () -> this.imports.template(), this::received);
        add(intro, actions, deactivateMissing, summary, problems, commit);
    }

    /** Exposed for tests and the upload: checks a file as if it had just been uploaded. */
    void received(byte[] bytes) {
        file = bytes;
        show(imports.dryRun(file, deactivateMissing.getValue()));
    }

    private void show(UnitImportResult result) {
        problems.show(result.problems());
        commit.setEnabled(result.ok());
        summary.setText(
                result.ok()
                        ? getTranslation(
                                result.saved() ? "unitImport.saved" : "unitImport.dryRun",
                                result.rows(),
                                result.created(),
                                result.updated(),
                                result.unchanged(),
                                result.deactivated())
                        : getTranslation("import.problems", result.problems().size()));
    }

    private void commit() {
        UnitImportResult result = imports.commit(file, deactivateMissing.getValue());
        show(result);
        if (result.saved()) {
            commit.setEnabled(false);
            file = null;
            Notifications.success(summary.getText());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("unitImport.title");
    }
}
