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
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * The evidence file types the portal accepts, checked by content: the bytes must be what the name's
 * extension promises, so an executable renamed .pdf is refused, and office documents must not carry
 * macros (a .docm or .xlsm renamed .docx or .xlsx, a DOC or XLS with a VBA project, an ODT or ODS
 * with Basic or other scripts): council members open these files on their own computers.
 */
@Component
public class FileTypes {

    /** What the content check found. */
    public enum Verdict {
        ACCEPTED,
        /** The content is not what the extension promises. */
        WRONG_TYPE,
        /** An office document that carries macros. */
        MACROS
    }

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String ODT = "application/vnd.oasis.opendocument.text";
    private static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";
    private static final String DOC = "application/msword";
    private static final String XLS = "application/vnd.ms-excel";

    private static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("doc", DOC),
            Map.entry("docx", DOCX),
            Map.entry("xls", XLS),
            Map.entry("xlsx", XLSX),
            Map.entry("odt", ODT),
            Map.entry("ods", ODS),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("png", "image/png"));

    /** The list users are told about. */
    public static final String ALLOWED_EXTENSIONS = "PDF, DOC, DOCX, XLS, XLSX, ODT, ODS, JPG, PNG";

    /** OLE2 storages of a VBA project: Word keeps it in Macros, Excel in _VBA_PROJECT_CUR, both with a VBA storage. */
    private static final Set<String> VBA_STORAGES = Set.of("macros", "_vba_project_cur", "_vba_project", "vba");

    /** [Content_Types].xml is a few kilobytes; a larger one is not read further. */
    private static final int MAX_CONTENT_TYPES_BYTES = 1024 * 1024;

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
     * Whether the content is what the extension promises and free of macros. Magic bytes only say
     * "ZIP" or "OLE2" for office files, so those containers are opened: they must hold the parts of
     * that kind of document and no macro parts.
     */
    public Verdict check(byte[] content, String fileName, String expected) {
        if (!expected.equals(detect(content, fileName))) {
            return Verdict.WRONG_TYPE;
        }
        try {
            return switch (expected) {
                case DOCX -> ooxml(content, "word/");
                case XLSX -> ooxml(content, "xl/");
                case ODT, ODS -> odf(content, expected);
                case DOC -> ole(content, "WordDocument");
                case XLS -> ole(content, "Workbook", "Book");
                default -> Verdict.ACCEPTED;
            };
        } catch (IOException | RuntimeException notThatKindOfFile) {
            return Verdict.WRONG_TYPE;
        }
    }

    /**
     * An OOXML package of the right kind, without a VBA project part and without a macro-enabled
     * content type (what .docm, .dotm, .xlsm, .xltm and .xlam declare). Only the archive's directory
     * and the small [Content_Types].xml are read, never the rest.
     */
    private static Verdict ooxml(byte[] content, String folder) throws IOException {
        return withZip(content, zip -> {
            ZipEntry types = zip.getEntry("[Content_Types].xml");
            if (types == null || zip.stream().noneMatch(entry -> entry.getName().startsWith(folder))) {
                return Verdict.WRONG_TYPE;
            }
            boolean vbaPart = zip.stream()
                    .map(entry -> entry.getName().toLowerCase(Locale.ROOT))
                    .anyMatch(name -> name.endsWith("vbaproject.bin")
                            || name.endsWith("vbaprojectsignature.bin")
                            || name.startsWith("xl/macrosheets/"));
            if (vbaPart) {
                return Verdict.MACROS;
            }
            String declared;
            try (var in = zip.getInputStream(types)) {
                declared = new String(in.readNBytes(MAX_CONTENT_TYPES_BYTES), StandardCharsets.UTF_8)
                        .toLowerCase(Locale.ROOT);
            }
            return declared.contains("macroenabled")
                            || declared.contains("vnd.ms-office.vbaproject")
                            || declared.contains("vnd.ms-excel.macrosheet")
                    ? Verdict.MACROS
                    : Verdict.ACCEPTED;
        });
    }

    /** An ODF document of the declared kind, without embedded Basic or other scripts. */
    private static Verdict odf(byte[] content, String odfType) throws IOException {
        return withZip(content, zip -> {
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype == null) {
                return Verdict.WRONG_TYPE;
            }
            try (var in = zip.getInputStream(mimetype)) {
                if (!odfType.equals(new String(in.readNBytes(200), StandardCharsets.US_ASCII).strip())) {
                    return Verdict.WRONG_TYPE;
                }
            }
            boolean scripts = zip.stream()
                    .map(entry -> entry.getName().toLowerCase(Locale.ROOT))
                    .anyMatch(name -> name.startsWith("basic/") || name.startsWith("scripts/"));
            return scripts ? Verdict.MACROS : Verdict.ACCEPTED;
        });
    }

    /** An OLE2 container holding one of the streams of that kind of document and no VBA storage. */
    private static Verdict ole(byte[] content, String... streams) throws IOException {
        try (POIFSFileSystem ole = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            boolean right = false;
            for (String stream : streams) {
                right |= ole.getRoot().hasEntry(stream);
            }
            if (!right) {
                return Verdict.WRONG_TYPE;
            }
            return holdsVba(ole.getRoot(), 0) ? Verdict.MACROS : Verdict.ACCEPTED;
        }
    }

    private static boolean holdsVba(DirectoryEntry directory, int depth) {
        if (depth > 8) {
            return false;
        }
        for (Entry entry : directory) {
            if (entry instanceof DirectoryEntry storage) {
                if (VBA_STORAGES.contains(storage.getName().toLowerCase(Locale.ROOT)) || holdsVba(storage, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private interface ZipCheck {
        Verdict check(ZipFile zip) throws IOException;
    }

    private static Verdict withZip(byte[] content, ZipCheck check) throws IOException {
        Path file = Files.createTempFile("evidence-check", ".zip");
        try {
            Files.write(file, content);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                return check.check(zip);
            }
        } finally {
            Files.deleteIfExists(file);
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
