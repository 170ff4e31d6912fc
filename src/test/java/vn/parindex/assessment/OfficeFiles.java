package vn.parindex.assessment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Office documents built in code, clean or carrying macros the way Word, Excel and LibreOffice store
 * them: a VBA project part or a macro-enabled content type in OOXML, VBA storages in OLE2, Basic and
 * script folders in ODF.
 */
public final class OfficeFiles {

    private OfficeFiles() {}

    public static byte[] docx() {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Báo cáo cải cách hành chính");
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Tổng hợp").createRow(0).createCell(0).setCellValue("Điểm");
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] xls() {
        try (HSSFWorkbook workbook = new HSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Tong hop").createRow(0).createCell(0).setCellValue("Diem");
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A .docm saved as .docx: the package holds word/vbaProject.bin. */
    public static byte[] docxWithVbaProject() {
        return withEntries(
                docx(), Map.of("word/vbaProject.bin", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}));
    }

    /** A macro-enabled document whose content types say so, even without a vbaProject part. */
    public static byte[] docxDeclaredMacroEnabled() {
        return replaceInContentTypes(
                docx(),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                "application/vnd.ms-word.document.macroEnabled.main+xml");
    }

    /** A .xlsm saved as .xlsx: macro-enabled workbook type and xl/vbaProject.bin. */
    public static byte[] xlsmRenamed() {
        byte[] declared = replaceInContentTypes(
                xlsx(),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                "application/vnd.ms-excel.sheet.macroEnabled.main+xml");
        return withEntries(declared, Map.of("xl/vbaProject.bin", new byte[] {1, 2, 3}));
    }

    /** An Excel 97-2003 workbook with a VBA project (_VBA_PROJECT_CUR/VBA). */
    public static byte[] xlsWithVba() {
        return ole(xls(), root -> {
            DirectoryEntry project = root.createDirectory("_VBA_PROJECT_CUR");
            project.createDirectory("VBA").createDocument("dir", new ByteArrayInputStream(new byte[] {1}));
            project.createDocument(
                    "PROJECT", new ByteArrayInputStream("ID=\"{0}\"".getBytes(StandardCharsets.US_ASCII)));
        });
    }

    /** The OLE2 container of a Word 97-2003 document (its WordDocument stream). */
    public static byte[] doc() {
        return newOle(root -> root.createDocument("WordDocument", new ByteArrayInputStream(new byte[512])));
    }

    /** A Word 97-2003 document with macros (Macros/VBA). */
    public static byte[] docWithMacros() {
        return ole(
                doc(),
                root -> root.createDirectory("Macros")
                        .createDirectory("VBA")
                        .createDocument("dir", new ByteArrayInputStream(new byte[] {1})));
    }

    public static byte[] odt() {
        return odf("application/vnd.oasis.opendocument.text", Map.of());
    }

    /** An ODT with a LibreOffice Basic library. */
    public static byte[] odtWithBasic() {
        return odf(
                "application/vnd.oasis.opendocument.text",
                Map.of(
                        "Basic/script-lc.xml", "<library:libraries/>",
                        "Basic/Standard/Module1.xml",
                                "<script:module>Sub Main\nShell(\"calc\")\nEnd Sub</script:module>"));
    }

    /** An ODS with a Python script. */
    public static byte[] odsWithScript() {
        return odf(
                "application/vnd.oasis.opendocument.spreadsheet",
                Map.of("Scripts/python/run.py", "import os\nos.system('calc')\n"));
    }

    public static byte[] ods() {
        return odf("application/vnd.oasis.opendocument.spreadsheet", Map.of());
    }

    private interface OleChange {
        void apply(DirectoryEntry root) throws IOException;
    }

    private static byte[] newOle(OleChange change) {
        try (POIFSFileSystem ole = new POIFSFileSystem();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.apply(ole.getRoot());
            ole.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] ole(byte[] original, OleChange change) {
        try (POIFSFileSystem ole = new POIFSFileSystem(new ByteArrayInputStream(original));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.apply(ole.getRoot());
            ole.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An ODF package: the stored "mimetype" entry first, as the format requires, then the rest. */
    private static byte[] odf(String mimetype, Map<String, String> extra) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("content.xml", "<office:document-content/>".getBytes(StandardCharsets.UTF_8));
        entries.put("META-INF/manifest.xml", "<manifest:manifest/>".getBytes(StandardCharsets.UTF_8));
        extra.forEach((name, text) -> entries.put(name, text.getBytes(StandardCharsets.UTF_8)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] type = mimetype.getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(type);
            zip.closeEntry();
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The package with more entries added at the end. */
    private static byte[] withEntries(byte[] original, Map<String, byte[]> added) {
        return rewrite(original, null, null, added);
    }

    private static byte[] replaceInContentTypes(byte[] original, String from, String to) {
        return rewrite(original, from, to, Map.of());
    }

    private static byte[] rewrite(byte[] original, String from, String to, Map<String, byte[]> added) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(original));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (from != null && entry.getName().equals("[Content_Types].xml")) {
                    String types = new String(content, StandardCharsets.UTF_8);
                    if (!types.contains(from)) {
                        throw new IllegalStateException("No " + from + " in " + types);
                    }
                    content = types.replace(from, to).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
            for (Map.Entry<String, byte[]> entry : added.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
