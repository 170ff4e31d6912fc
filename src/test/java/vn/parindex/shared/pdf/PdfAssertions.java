package vn.parindex.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads the portal's PDFs back with PDFBox: text (NFC, as typed), pages, and the fonts they embed. */
public final class PdfAssertions {

    private PdfAssertions() {}

    /** The text of every page as laid out (top to bottom, left to right), in Unicode NFC, pages separated by a form feed. */
    public static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setPageEnd("\f");
            return Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of one page (1-based). */
    public static String pageText(byte[] pdf, int page) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The texts with every space and line break taken out, to compare text whatever its line breaks. */
    public static String withoutSpaces(String text) {
        return text.replaceAll("\\s+", "");
    }

    public static List<String> withoutSpaces(String... texts) {
        return java.util.Arrays.stream(texts).map(PdfAssertions::withoutSpaces).toList();
    }

    /** Width and height of each page in points, as shown (a page turned by 90 degrees is landscape). */
    public static List<float[]> pageSizes(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<float[]> sizes = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                float width = page.getMediaBox().getWidth();
                float height = page.getMediaBox().getHeight();
                boolean turned = page.getRotation() % 180 != 0;
                sizes.add(turned ? new float[] {height, width} : new float[] {width, height});
            }
            return sizes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Asserts that every font the pages use is a DejaVu font embedded in the file as a Type 0 font with
     * Identity-H encoding, and returns their names.
     */
    public static List<String> assertDejaVuEmbedded(byte[] pdf) {
        List<String> names = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertThat(font).as(font.getName()).isInstanceOf(PDType0Font.class);
                    assertThat(font.isEmbedded())
                            .as(font.getName() + " embedded")
                            .isTrue();
                    assertThat(font.getName()).contains("DejaVu");
                    assertThat(font.getCOSObject().getNameAsString(COSName.ENCODING))
                            .as(font.getName() + " encoding")
                            .isEqualTo("Identity-H");
                    names.add(font.getName());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(names).isNotEmpty();
        return names;
    }

    /** Keeps a copy to look at (target/exports-samples/NAME), for the layout to be checked by eye. */
    public static void keep(String name, byte[] bytes) {
        try {
            Path folder = Path.of("target", "exports-samples");
            Files.createDirectories(folder);
            Files.write(folder.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
