package vn.parindex.assessment.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
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

    /**
     * Whether the content is what the extension promises. Magic bytes only say "ZIP" or "OLE2" for
     * office files, so those containers are opened and must hold the parts of that kind of document.
     */
    public boolean matches(byte[] content, String fileName, String expected) {
        if (!expected.equals(detect(content, fileName))) {
            return false;
        }
        try {
            return switch (expected) {
                case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" ->
                    zipHolds(content, "word/", null);
                case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" ->
                    zipHolds(content, "xl/", null);
                case "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet" ->
                    zipHolds(content, null, expected);
                case "application/msword" -> oleHolds(content, "WordDocument");
                case "application/vnd.ms-excel" -> oleHolds(content, "Workbook") || oleHolds(content, "Book");
                default -> true;
            };
        } catch (IOException | RuntimeException notThatKindOfFile) {
            return false;
        }
    }

    /** Reads only the archive's directory (and the small ODF "mimetype" entry), never inflating the rest. */
    private static boolean zipHolds(byte[] content, String folder, String odfType) throws IOException {
        Path file = Files.createTempFile("evidence-check", ".zip");
        try {
            Files.write(file, content);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                if (odfType != null) {
                    ZipEntry mimetype = zip.getEntry("mimetype");
                    if (mimetype == null) {
                        return false;
                    }
                    try (var in = zip.getInputStream(mimetype)) {
                        return odfType.equals(new String(in.readNBytes(200), StandardCharsets.US_ASCII).strip());
                    }
                }
                return zip.getEntry("[Content_Types].xml") != null
                        && zip.stream().anyMatch(entry -> entry.getName().startsWith(folder));
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static boolean oleHolds(byte[] content, String stream) throws IOException {
        try (POIFSFileSystem ole = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            return ole.getRoot().hasEntry(stream);
        }
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
