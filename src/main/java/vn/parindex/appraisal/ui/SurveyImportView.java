package vn.parindex.appraisal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import vn.parindex.appraisal.SurveyDryRun;
import vn.parindex.appraisal.SurveyImportSummary;
import vn.parindex.appraisal.SurveyImports;
import vn.parindex.appraisal.SurveyProblem;
import vn.parindex.appraisal.SurveyUnitEffect;
import vn.parindex.period.PeriodSummary;
import vn.parindex.security.Role;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.ui.Formats;
import vn.parindex.shared.ui.Messages;
import vn.parindex.shared.ui.Notifications;

/**
 * The secretariat imports the survey: template, upload and dry run (problems by row, effect on each
 * unit), then the import of a clean file; earlier imports are listed below.
 */
@Route("appraisal/survey")
@Menu(title = "menu.survey", order = 31, icon = "vaadin:chart-3d")
@RolesAllowed(Role.Names.SECRETARIAT)
public class SurveyImportView extends VerticalLayout implements HasDynamicTitle {

    private final transient SurveyImports surveys;
    private final Select<PeriodSummary> period = new Select<>();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final VerticalLayout result = new VerticalLayout();
    private final Grid<SurveyImportSummary> history = new Grid<>();
    private final Button commit = new Button();
    private String fileName;
    private byte[] content;

    public SurveyImportView(SurveyImports surveys) {
        this.surveys = surveys;
        setId("survey-view");
        addClassName("portal-page");

        period.setId("survey-period");
        period.setLabel(getTranslation("criteria.period"));
        period.setItemLabelGenerator(
                item -> item.year() + " · " + getTranslation(item.phase().labelKey()));
        List<PeriodSummary> periods = surveys.periods();
        period.setItems(periods);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        result.setPadding(false);
        result.setId("survey-result");
        commit.setText(getTranslation("survey.commit"));
        commit.setId("survey-commit");
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.addClickListener(event -> commitFile());
        history.setId("survey-history");
        history.addThemeVariants(GridVariant.LUMO_COMPACT);
        history.setAllRowsVisible(true);
        history.addColumn(SurveyImportSummary::fileName).setHeader(getTranslation("survey.history.file"));
        history.addColumn(SurveyImportSummary::importedBy).setHeader(getTranslation("survey.history.by"));
        history.addColumn(i -> Formats.dateTime(i.importedAt(), getLocale()))
                .setHeader(getTranslation("survey.history.at"));
        history.addColumn(SurveyImportSummary::points).setHeader(getTranslation("survey.history.points"));
        history.addColumn(i -> getTranslation(i.active() ? "survey.history.active" : "survey.history.replaced"))
                .setHeader(getTranslation("survey.history.state"));

        Paragraph hint = new Paragraph(getTranslation("survey.hint", SurveyImports.MAX_FILE_BYTES / (1024 * 1024)));
        hint.addClassName("portal-muted");
        add(
                new H2(getTranslation("survey.title")),
                hint,
                period,
                actions,
                result,
                new H3(getTranslation("survey.history")),
                history);
        period.addValueChangeListener(event -> showPeriod());
        if (periods.isEmpty()) {
            Span none = new Span(getTranslation("survey.noPeriod"));
            none.setId("survey-no-period");
            add(none);
        } else {
            period.setValue(periods.get(0));
        }
    }

    private void showPeriod() {
        actions.removeAll();
        result.removeAll();
        content = null;
        PeriodSummary selected = period.getValue();
        if (selected == null) {
            history.setItems(List.of());
            return;
        }
        StreamResource template = new StreamResource(
                "khao-sat-" + selected.year() + ".xlsx",
                () -> new ByteArrayInputStream(surveys.template(selected.id(), getLocale())));
        Anchor download = new Anchor(template, "");
        download.getElement().setAttribute("download", true);
        Button templateButton = new Button(getTranslation("survey.template"), VaadinIcon.DOWNLOAD.create());
        templateButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        download.add(templateButton);
        download.setId("survey-template");

        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.setId("survey-upload");
        upload.setAcceptedFileTypes(".xlsx", ".csv");
        upload.setMaxFileSize(SurveyImports.MAX_FILE_BYTES);
        upload.setDropAllowed(true);
        upload.setI18n(uploadTexts());
        upload.setUploadButton(new Button(getTranslation("survey.upload"), VaadinIcon.UPLOAD.create()));
        upload.addSucceededListener(event -> {
            check(event.getFileName(), readAll(buffer.getInputStream()));
            upload.clearFileList();
        });
        upload.addFileRejectedListener(event -> Notifications.error(getTranslation("survey.file.rejected")));
        actions.add(download, upload);
        history.setItems(surveys.imports(selected.id()));
    }

    /** Runs the dry run on a received file and shows its outcome. */
    void check(String name, byte[] bytes) {
        result.removeAll();
        content = null;
        SurveyDryRun dryRun;
        try {
            dryRun = surveys.dryRun(period.getValue().id(), name, bytes);
        } catch (BusinessRuleException refusal) {
            Span message = new Span(Messages.of(this, refusal));
            message.setId("survey-refused");
            message.addClassName("portal-problems");
            result.add(message);
            Notifications.error(Messages.of(this, refusal));
            return;
        }
        fileName = name;
        content = bytes;
        Span summary = new Span(
                dryRun.committable()
                        ? getTranslation("survey.dryRun.clean", dryRun.rows())
                        : getTranslation(
                                "survey.dryRun.problems",
                                dryRun.rows(),
                                dryRun.problems().size()));
        summary.setId("survey-summary");
        result.add(summary);
        if (!dryRun.problems().isEmpty()) {
            Grid<SurveyProblem> problems = new Grid<>();
            problems.setId("survey-problems");
            problems.addThemeVariants(GridVariant.LUMO_COMPACT);
            problems.setAllRowsVisible(true);
            problems.addColumn(p -> p.row() == 0 ? "" : String.valueOf(p.row()))
                    .setHeader(getTranslation("survey.problem.row"))
                    .setAutoWidth(true)
                    .setFlexGrow(0);
            problems.addColumn(p -> getTranslation(p.messageKey(), p.arguments().toArray()))
                    .setHeader(getTranslation("survey.problem.text"));
            problems.setItems(dryRun.problems());
            result.add(problems);
        }
        Grid<SurveyUnitEffect> effects = new Grid<>();
        effects.setId("survey-effects");
        effects.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        effects.setAllRowsVisible(true);
        effects.addColumn(SurveyUnitEffect::unitName)
                .setHeader(getTranslation("sa.unit"))
                .setFlexGrow(2);
        effects.addColumn(e -> score(e.surveyBefore())).setHeader(getTranslation("survey.effect.before"));
        effects.addColumn(e -> score(e.surveyAfter())).setHeader(getTranslation("survey.effect.after"));
        effects.addColumn(e -> score(e.change())).setHeader(getTranslation("survey.effect.change"));
        effects.addColumn(e -> score(e.totalBefore())).setHeader(getTranslation("survey.effect.totalBefore"));
        effects.addColumn(e -> score(e.totalAfter())).setHeader(getTranslation("survey.effect.totalAfter"));
        effects.setItems(dryRun.effects());
        commit.setEnabled(dryRun.committable());
        result.add(commit, effects);
    }

    private void commitFile() {
        if (content == null) {
            return;
        }
        try {
            surveys.commit(period.getValue().id(), fileName, content);
            Notifications.success(getTranslation("survey.committed", fileName));
            showPeriod();
        } catch (BusinessRuleException refusal) {
            Notifications.error(Messages.of(this, refusal));
        }
    }

    private String score(BigDecimal value) {
        return Formats.score(value, getLocale());
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readNBytes(SurveyImports.MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("survey.title");
    }

    /** The upload's own texts in the user's language (the same as the evidence upload's). */
    private com.vaadin.flow.component.upload.UploadI18N uploadTexts() {
        com.vaadin.flow.component.upload.UploadI18N texts = new com.vaadin.flow.component.upload.UploadI18N();
        texts.setDropFiles(new com.vaadin.flow.component.upload.UploadI18N.DropFiles()
                .setOne(getTranslation("upload.dropOne"))
                .setMany(getTranslation("upload.dropMany")));
        texts.setAddFiles(new com.vaadin.flow.component.upload.UploadI18N.AddFiles()
                .setOne(getTranslation("upload.addOne"))
                .setMany(getTranslation("upload.addMany")));
        texts.setFile(new com.vaadin.flow.component.upload.UploadI18N.File()
                .setRetry(getTranslation("upload.retry"))
                .setStart(getTranslation("upload.start"))
                .setRemove(getTranslation("upload.remove")));
        texts.setError(new com.vaadin.flow.component.upload.UploadI18N.Error()
                .setTooManyFiles(getTranslation("upload.tooManyFiles"))
                .setFileIsTooBig(getTranslation("upload.tooBig", SurveyImports.MAX_FILE_BYTES / (1024 * 1024)))
                .setIncorrectFileType(getTranslation("upload.wrongType")));
        texts.setUnits(List.of("B", "kB", "MB", "GB", "TB"));
        return texts;
    }
}
