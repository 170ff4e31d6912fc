package vn.parindex.assessment.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * The evidence file types the portal accepts, checked by content: the bytes must be what the name's
 * extension promises, so an executable renamed .pdf is refused.
 */
@Component
public class FileTypes {

    private static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("png", "image/png"));

    /** The list users are told about. */
    public static final String ALLOWED_EXTENSIONS = "PDF, DOC, DOCX, XLS, XLSX, ODT, ODS, JPG, PNG";

    private final Tika tika = new Tika();

    /** The type the extension promises, if the portal accepts it at all. */
    public Optional<String> expectedType(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(ALLOWED.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    /** The type the content shows, with the name as a hint only where the content leaves a choice. */
    public String detect(byte[] content, String fileName) {
        try {
            return tika.detect(new ByteArrayInputStream(content), fileName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
