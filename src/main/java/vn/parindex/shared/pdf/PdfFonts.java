package vn.parindex.shared.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The DejaVu fonts the portal's PDFs embed, so Vietnamese text prints the same on every machine and
 * reader. The TTFs come from {@code net.sf.jasperreports:jasperreports-fonts} on the classpath (under
 * {@code net/sf/jasperreports/fonts/dejavu/}); they are embedded as subsets with Identity-H encoding,
 * the only encoding that reaches every Vietnamese letter (ệ, ở, ữ, Đ...).
 */
public final class PdfFonts {

    /** Sans for tables and forms, condensed sans for wide tables, serif for administrative documents. */
    public enum Family {
        SANS("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"),
        SANS_CONDENSED(
                "DejaVuSansCondensed.ttf",
                "DejaVuSansCondensed-Bold.ttf",
                "DejaVuSansCondensed-Oblique.ttf",
                "DejaVuSansCondensed-BoldOblique.ttf"),
        /** Nearest shipped face to the Times New Roman that Decree 30/2020/ND-CP asks of official documents. */
        SERIF("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf");

        private final String[] files;

        Family(String regular, String bold, String italic, String boldItalic) {
            this.files = new String[] {regular, bold, italic, boldItalic};
        }
    }

    static final String FOLDER = "net/sf/jasperreports/fonts/dejavu/";

    private static final Map<String, BaseFont> LOADED = new ConcurrentHashMap<>();

    private PdfFonts() {}

    /**
     * A font of the family at the size; {@code style} is {@link Font#NORMAL}, {@link Font#BOLD},
     * {@link Font#ITALIC} or {@link Font#BOLDITALIC}: each picks its own TTF (never a synthetic bold).
     */
    public static Font font(Family family, int style, float size) {
        return new Font(baseFont(family, style), size, Font.NORMAL);
    }

    public static BaseFont baseFont(Family family, int style) {
        int variant = switch (style & Font.BOLDITALIC) {
            case Font.BOLD -> 1;
            case Font.ITALIC -> 2;
            case Font.BOLDITALIC -> 3;
            default -> 0;
        };
        return LOADED.computeIfAbsent(family.files[variant], PdfFonts::load);
    }

    private static BaseFont load(String file) {
        String resource = FOLDER + file;
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is not on the classpath (jasperreports-fonts)");
            }
            byte[] ttf = in.readAllBytes();
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
