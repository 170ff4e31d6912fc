package vn.parindex.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.InputStreamDownloadHandler;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import vn.parindex.assessment.EvidenceFile;
import vn.parindex.assessment.EvidenceLibrary;
import vn.parindex.assessment.EvidenceSummary;
import vn.parindex.assessment.ReferenceDraft;
import vn.parindex.assessment.Sheet;
import vn.parindex.assessment.UploadResult;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.DatabaseFailures;
import vn.parindex.shared.TextLimits;
import vn.parindex.shared.ui.Formats;
import vn.parindex.shared.ui.Messages;
import vn.parindex.shared.ui.Notifications;

/** The unit's evidence library: upload files, record document references, download, remove unused ones. */
class EvidencePanel extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(EvidencePanel.class);

    private final transient EvidenceLibrary library;
    private final Runnable onChanged;
    private final Grid<EvidenceSummary> grid = new Grid<>();
    private final Upload upload;
    private final Button addReference = new Button();
    private final Span hint = new Span();
    private Sheet sheet;

    EvidencePanel(EvidenceLibrary library, Runnable onChanged) {
        this.library = library;
        this.onChanged = onChanged;
        setId("sa-library");
        setSizeFull();
        setPadding(false);

        upload = new Upload(this::receive);
        upload.setId("evidence-upload");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, library.maxFileSize()));
        upload.setAcceptedFileTypes(".pdf", ".doc", ".docx", ".xls", ".xlsx", ".odt", ".ods", ".jpg", ".jpeg", ".png");
        upload.setI18n(uploadTexts());
        upload.addFileRejectedListener(event -> Notifications.error(event.getErrorMessage()));
        upload.addAllFinishedListener(event -> upload.clearFileList());

        addReference.setText(getTranslation("evidence.addReference"));
        addReference.setId("evidence-add-reference");
        addReference.setIcon(VaadinIcon.FILE_TEXT_O.create());
        addReference.addClickListener(event -> openReferenceDialog());
        hint.addClassName("portal-muted");
        hint.setText(getTranslation("evidence.hint", library.maxFileSize() / (1024 * 1024)));

        HorizontalLayout actions = new HorizontalLayout(upload, addReference);
        actions.setAlignItems(Alignment.CENTER);
        configureGrid();
        add(actions, hint, grid);
        setFlexGrow(1, grid);
    }

    /** How an entry is named in lists and pickers. */
    static String label(EvidenceSummary entry) {
        return entry.file() ? entry.fileName() : entry.docNumber() + " – " + entry.title();
    }

    private void configureGrid() {
        grid.setId("evidence-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(this::nameCell)
                .setHeader(getTranslation("evidence.name"))
                .setFlexGrow(4);
        grid.addColumn(entry -> getTranslation(entry.kind().labelKey()))
                .setHeader(getTranslation("evidence.kind"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(this::details)
                .setHeader(getTranslation("evidence.details"))
                .setFlexGrow(2);
        grid.addColumn(entry -> entry.addedBy() + " · " + Formats.dateTime(entry.addedAt(), getLocale()))
                .setHeader(getTranslation("evidence.added"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(EvidenceSummary::linkedItems)
                .setHeader(getTranslation("evidence.linkedItems"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setSizeFull();
    }

    void show(Sheet newSheet) {
        this.sheet = newSheet;
        grid.setItems(newSheet.library());
        upload.setVisible(newSheet.editable());
        addReference.setVisible(newSheet.editable());
        hint.setVisible(newSheet.editable());
    }

    void clear() {
        sheet = null;
        grid.setItems(List.of());
        upload.setVisible(false);
        addReference.setVisible(false);
        hint.setVisible(false);
    }

    /**
     * Reads the upload into memory, never more than one byte past the limit: the browser's own size
     * check can be bypassed, and the service then refuses the file as too large.
     */
    private void receive(UploadEvent event) throws IOException {
        String fileName = event.getFileName();
        int limit = (int) Math.min(Integer.MAX_VALUE - 16, library.maxFileSize() + 1);
        byte[] content;
        try (InputStream in = event.getInputStream()) {
            content = in.readNBytes(limit);
        }
        event.getUI().access(() -> received(fileName, content));
    }

    private void received(String fileName, byte[] content) {
        if (sheet == null) {
            return;
        }
        try {
            UploadResult result =
                    library.upload(sheet.period().id(), sheet.unit().id(), fileName, content);
            if (result.alreadyInLibrary()) {
                Notifications.warning(getTranslation("evidence.duplicate", fileName, label(result.evidence())));
            } else {
                Notifications.success(getTranslation("evidence.uploaded", fileName));
            }
            onChanged.run();
        } catch (BusinessRuleException refusal) {
            Notifications.error(Messages.of(this, refusal));
        } catch (DataAccessException | TransactionException failure) {
            // The content, its chunks, the entry and the audit event share one transaction, which
            // rolled back: nothing of the file was kept, so the user can simply try again.
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("Evidence file not stored, reference {}", reference, failure);
            Notifications.error(getTranslation(
                    DatabaseFailures.storageFull(failure) ? "evidence.notStored.full" : "evidence.notStored",
                    fileName,
                    reference));
        }
    }

    private Component nameCell(EvidenceSummary entry) {
        if (entry.file()) {
            Anchor download = new Anchor(fileHandler(entry, false), entry.fileName());
            download.getElement().setAttribute("download", true);
            download.setId("evidence-download-" + entry.id());
            return download;
        }
        if (entry.link() != null) {
            Anchor link = new Anchor(entry.link(), entry.title());
            link.setTarget(AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            return link;
        }
        return new Span(entry.title());
    }

    private InputStreamDownloadHandler fileHandler(EvidenceSummary entry, boolean inline) {
        InputStreamDownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            EvidenceFile file = library.file(entry.id());
            return new DownloadResponse(file.content(), file.fileName(), file.contentType(), file.sizeBytes());
        });
        return inline ? handler.inline() : handler;
    }

    private String details(EvidenceSummary entry) {
        if (entry.file()) {
            return Formats.plainNumber(
                            BigDecimal.valueOf(entry.sizeBytes())
                                    .divide(BigDecimal.valueOf(1024), 1, RoundingMode.HALF_UP),
                            getLocale())
                    + " KB · "
                    + entry.contentType()
                            .substring(entry.contentType().lastIndexOf('/') + 1)
                            .toUpperCase(Locale.ROOT);
        }
        return getTranslation(
                "evidence.referenceDetails",
                entry.docNumber(),
                Formats.date(entry.docDate(), getLocale()),
                entry.issuer());
    }

    private Component actions(EvidenceSummary entry) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        if (entry.previewable()) {
            Anchor preview = new Anchor(fileHandler(entry, true), "");
            preview.add(VaadinIcon.EYE.create());
            preview.setTarget(AnchorTarget.BLANK);
            preview.getElement().setAttribute("title", getTranslation("evidence.preview"));
            preview.getElement().setAttribute("aria-label", getTranslation("evidence.preview"));
            preview.addClassName("sa-icon-link");
            actions.add(preview);
        }
        if (sheet != null && sheet.editable()) {
            Button delete = new Button(VaadinIcon.TRASH.create(), event -> confirmDelete(entry));
            delete.setId("evidence-delete-" + entry.id());
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            delete.setAriaLabel(getTranslation("action.delete"));
            delete.setTooltipText(
                    entry.linkedItems() > 0 ? getTranslation("evidence.inUse") : getTranslation("action.delete"));
            delete.setEnabled(entry.linkedItems() == 0);
            actions.add(delete);
        }
        return actions;
    }

    private void confirmDelete(EvidenceSummary entry) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("evidence.deleteTitle"));
        dialog.setText(getTranslation("evidence.deleteText", label(entry)));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("action.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> {
            try {
                library.delete(entry.id(), entry.version());
                Notifications.success(getTranslation("evidence.deleted"));
            } catch (BusinessRuleException refusal) {
                Notifications.error(Messages.of(this, refusal));
            }
            onChanged.run();
        });
        dialog.open();
    }

    private void openReferenceDialog() {
        Dialog dialog = new Dialog();
        dialog.setId("reference-dialog");
        dialog.setHeaderTitle(getTranslation("evidence.addReference"));
        TextField title = new TextField(getTranslation("evidence.referenceTitle"));
        title.setId("reference-title");
        title.setMaxLength(TextLimits.TITLE);
        TextField number = new TextField(getTranslation("evidence.number"));
        number.setId("reference-number");
        number.setPlaceholder(getTranslation("evidence.numberPlaceholder"));
        number.setMaxLength(TextLimits.DOCUMENT_NUMBER);
        DatePicker date = new DatePicker(getTranslation("evidence.date"));
        date.setId("reference-date");
        date.setLocale(getLocale());
        TextField issuer = new TextField(getTranslation("evidence.issuer"));
        issuer.setId("reference-issuer");
        issuer.setMaxLength(TextLimits.NAME);
        TextField link = new TextField(getTranslation("evidence.link"));
        link.setId("reference-link");
        link.setPlaceholder(getTranslation("evidence.linkPlaceholder"));
        link.setMaxLength(TextLimits.LINK);
        FormLayout form = new FormLayout(title, number, date, issuer, link);
        form.setColspan(title, 2);
        form.setColspan(link, 2);
        dialog.add(form);
        Button save = new Button(getTranslation("action.save"), event -> {
            try {
                library.addReference(
                        sheet.period().id(),
                        sheet.unit().id(),
                        new ReferenceDraft(
                                title.getValue(),
                                number.getValue(),
                                date.getValue(),
                                issuer.getValue(),
                                link.getValue()));
                Notifications.success(getTranslation("evidence.referenceAdded"));
                dialog.close();
                onChanged.run();
            } catch (BusinessRuleException refusal) {
                Notifications.error(Messages.of(this, refusal));
            }
        });
        save.setId("reference-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), event -> dialog.close()), save);
        dialog.setWidth("560px");
        dialog.open();
    }

    private UploadI18N uploadTexts() {
        UploadI18N texts = new UploadI18N();
        texts.setDropFiles(new UploadI18N.DropFiles()
                .setOne(getTranslation("upload.dropOne"))
                .setMany(getTranslation("upload.dropMany")));
        texts.setAddFiles(new UploadI18N.AddFiles()
                .setOne(getTranslation("upload.addOne"))
                .setMany(getTranslation("upload.addMany")));
        texts.setFile(new UploadI18N.File()
                .setRetry(getTranslation("upload.retry"))
                .setStart(getTranslation("upload.start"))
                .setRemove(getTranslation("upload.remove")));
        texts.setError(new UploadI18N.Error()
                .setTooManyFiles(getTranslation("upload.tooManyFiles"))
                .setFileIsTooBig(getTranslation("upload.tooBig", library.maxFileSize() / (1024 * 1024)))
                .setIncorrectFileType(getTranslation("upload.wrongType")));
        texts.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(getTranslation("upload.connecting"))
                        .setStalled(getTranslation("upload.stalled"))
                        .setProcessing(getTranslation("upload.processing"))
                        .setHeld(getTranslation("upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(getTranslation("upload.remaining"))
                        .setUnknown(getTranslation("upload.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(getTranslation("upload.serverUnavailable"))
                        .setUnexpectedServerError(getTranslation("upload.serverError"))
                        .setForbidden(getTranslation("upload.forbidden"))));
        texts.setUnits(List.of("B", "kB", "MB", "GB", "TB"));
        return texts;
    }
}
