package vn.parindex.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import vn.parindex.shared.Spreadsheets;
import vn.parindex.shared.ui.Notifications;

/**
 * The two buttons every XLSX import starts with: download the template, upload a filled one (XLSX only,
 * at most {@link Spreadsheets#MAX_BYTES}; a larger file is refused with a translated message). The
 * uploaded bytes go to the view, which runs its own dry run.
 */
class SpreadsheetImportBar extends HorizontalLayout {

    SpreadsheetImportBar(
            String idPrefix,
            String templateName,
            SerializableSupplier<byte[]> template,
            SerializableConsumer<byte[]> received) {
        StreamResource resource = new StreamResource(templateName, () -> new ByteArrayInputStream(template.get()));
        Anchor download = new Anchor(resource, "");
        download.getElement().setAttribute("download", true);
        download.add(new Button(getTranslation("import.template"), VaadinIcon.DOWNLOAD.create()));
        download.setId(idPrefix + "-template");

        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.setId(idPrefix + "-upload");
        upload.setAcceptedFileTypes(".xlsx");
        upload.setMaxFileSize(Spreadsheets.MAX_BYTES);
        upload.setDropAllowed(false);
        upload.setUploadButton(new Button(getTranslation("import.upload"), VaadinIcon.UPLOAD.create()));
        upload.addSucceededListener(event -> {
            try {
                received.accept(buffer.getInputStream().readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            upload.clearFileList();
        });
        upload.addFileRejectedListener(
                event -> Notifications.error(getTranslation("sheet.tooLarge", Spreadsheets.MAX_BYTES / (1024 * 1024))));

        add(download, upload);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    }
}
