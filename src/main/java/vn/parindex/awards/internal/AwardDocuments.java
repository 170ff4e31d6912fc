package vn.parindex.awards.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.parindex.awards.ApprovalText;
import vn.parindex.awards.AwardDecision;
import vn.parindex.awards.AwardItem;
import vn.parindex.awards.FindingText;
import vn.parindex.awards.NominationKind;
import vn.parindex.shared.Locales;
import vn.parindex.shared.pdf.AdministrativeDocument;
import vn.parindex.shared.pdf.AdministrativeDocument.Annex;
import vn.parindex.shared.pdf.AdministrativeDocument.Article;
import vn.parindex.shared.pdf.AdministrativeDocument.Signer;
import vn.parindex.shared.pdf.AdministrativeDocumentPdf;
import vn.parindex.shared.pdf.PdfTable;
import vn.parindex.shared.pdf.PdfTable.Align;
import vn.parindex.shared.pdf.PdfTable.Column;
import vn.parindex.shared.ui.Formats;

/**
 * The award decision as PDF (Decree 30 layout through {@link AdministrativeDocumentPdf}: article 1
 * awards the collectives and individuals of the annex, the annex lists them, a second annex is the
 * evidence package) and as XLSX (sheet 1 the list, sheet 2 the package), texts from the portal's
 * translation bundles. The PDF is Vietnamese only, as an official document is.
 */
public final class AwardDocuments {

    private static final String BUNDLE = "vaadin-i18n.translations";
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d/M/yyyy");

    private AwardDocuments() {}

    public static AdministrativeDocument document(
            AwardDecision decision, List<AwardItem> items, String province, LocalDate replacedDate) {
        Locale vi = Locales.VIETNAMESE;
        ResourceBundle bundle = bundle(vi);
        String place = province.replaceFirst("^(?i)tỉnh\\s+", "");
        String provinceLower = "tỉnh " + place;
        long collectives = items.stream()
                .filter(i -> i.kind() == NominationKind.COLLECTIVE)
                .count();
        long individuals = items.size() - collectives;
        String type = items.isEmpty()
                ? "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"
                : items.get(0).awardTypeVi();
        List<String> types =
                items.stream().map(AwardItem::awardTypeVi).distinct().toList();
        String subject =
                "Về việc tặng " + String.join(", ", types) + " cho các tập thể, cá nhân đã có thành tích xuất sắc"
                        + " trong công tác cải cách hành chính năm " + decision.year();
        List<String> bases = new ArrayList<>(List.of(
                "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều"
                        + " của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;",
                "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
                "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành"
                        + " một số điều của Luật Thi đua, khen thưởng;",
                "Căn cứ kết quả Chỉ số cải cách hành chính năm " + decision.year() + " đã được công bố;"));
        if (decision.replacesNumber() != null) {
            bases.add("Xét lý do điều chỉnh: " + decision.reason() + ";");
        }
        bases.add("Theo đề nghị của Giám đốc Sở Nội vụ.");
        List<Article> articles = new ArrayList<>();
        articles.add(Article.of("Tặng " + (types.size() == 1 ? type : "khen thưởng") + " cho " + collectives
                + " tập thể và " + individuals + " cá nhân (có danh sách kèm theo) đã có thành tích xuất sắc trong"
                + " công tác cải cách hành chính năm " + decision.year() + "."));
        if (decision.replacesNumber() != null) {
            articles.add(Article.of("Quyết định này thay thế Quyết định số " + decision.replacesNumber()
                    + (replacedDate == null ? "" : " ngày " + SHORT.format(replacedDate))
                    + " của Chủ tịch Ủy ban nhân dân "
                    + provinceLower + "."));
        }
        articles.add(Article.of("Quyết định này có hiệu lực kể từ ngày ký."));
        articles.add(
                Article.of(
                        "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Thủ trưởng các cơ quan,"
                                + " đơn vị liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này."));
        String reference = "(Kèm theo Quyết định số " + decision.number() + " ngày " + SHORT.format(decision.date())
                + " của Chủ tịch Ủy ban nhân dân " + provinceLower + ")";
        List<PdfTable.Row> rows = new ArrayList<>();
        int n = 1;
        rows.add(PdfTable.Row.section("I. TẬP THỂ (" + collectives + ")"));
        for (AwardItem item : items) {
            if (item.kind() == NominationKind.COLLECTIVE) {
                rows.add(PdfTable.Row.of(List.of(String.valueOf(n++), item.name(), item.awardTypeVi())));
            }
        }
        rows.add(PdfTable.Row.section("II. CÁ NHÂN (" + individuals + ")"));
        n = 1;
        for (AwardItem item : items) {
            if (item.kind() == NominationKind.INDIVIDUAL) {
                rows.add(PdfTable.Row.of(List.of(
                        String.valueOf(n++),
                        (item.name() + ", " + item.positionTitle() + ", " + item.organisation()),
                        item.awardTypeVi())));
            }
        }
        PdfTable list = new PdfTable(
                List.of(
                        new Column("STT", 1f, Align.CENTER),
                        new Column("Tập thể, cá nhân", 9f, Align.LEFT),
                        new Column("Hình thức khen thưởng", 4f, Align.LEFT)),
                rows);
        List<PdfTable.Row> evidence = new ArrayList<>();
        for (AwardItem item : items) {
            evidence.add(PdfTable.Row.of(List.of(
                    String.valueOf(item.position()),
                    item.name(),
                    item.index() == null
                            ? ""
                            : Formats.score(item.index(), vi) + " (" + Formats.score(item.total(), vi) + ")",
                    item.rank() == null ? "" : item.rank() + change(item, bundle, vi),
                    item.bandNameVi() == null ? "" : item.bandNameVi(),
                    item.findings().stream()
                                    .map(f -> FindingText.line(f, vi, (k, a) -> text(bundle, vi, k, a)))
                                    .collect(Collectors.joining("\n"))
                            + (item.justification() == null
                                    ? ""
                                    : "\n" + text(bundle, vi, "awards.justification") + ": " + item.justification())
                            + (item.leaderLevel() == null
                                    ? ""
                                    : "\n" + text(bundle, vi, "awards.leaderLevel") + ": "
                                            + text(bundle, vi, item.leaderLevelKey()))
                            + "\n" + ApprovalText.text(item.approvals(), vi, (k, a) -> text(bundle, vi, k, a)))));
        }
        PdfTable package_ = new PdfTable(
                List.of(
                        new Column("STT", 1f, Align.CENTER), new Column("Tập thể, cá nhân", 5f, Align.LEFT),
                        new Column("Chỉ số (điểm)", 2.4f, Align.RIGHT), new Column("Xếp hạng", 2f, Align.CENTER),
                        new Column("Xếp loại", 1.8f, Align.LEFT), new Column("Điều kiện khen thưởng", 8f, Align.LEFT)),
                evidence);
        return new AdministrativeDocument(
                null,
                "ỦY BAN NHÂN DÂN\nTỈNH " + place.toUpperCase(vi),
                decision.number(),
                place,
                decision.date(),
                "QUYẾT ĐỊNH",
                subject,
                "CHỦ TỊCH ỦY BAN NHÂN DÂN " + provinceLower.toUpperCase(vi),
                bases,
                articles,
                new Signer(
                        capacity(decision.signerTitle()),
                        decision.signerTitle().toUpperCase(vi),
                        decision.signerName()),
                List.of("Như Điều 3;", "Chủ tịch, các PCT UBND tỉnh;", "Lưu: VT, NC."),
                List.of(
                        new Annex(
                                "Danh sách",
                                List.of(
                                        "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG",
                                        "THÀNH TÍCH CẢI CÁCH HÀNH CHÍNH NĂM " + decision.year()),
                                reference,
                                list,
                                List.of(),
                                false),
                        new Annex(
                                "Hồ sơ khen thưởng",
                                List.of("CĂN CỨ KHEN THƯỞNG TỪNG TẬP THỂ, CÁ NHÂN"),
                                reference,
                                package_,
                                List.of("Chỉ số, xếp hạng và xếp loại theo kết quả đã công bố của đơn vị (nếu có)."),
                                true)));
    }

    private static String capacity(String title) {
        String t = title.toLowerCase(Locales.VIETNAMESE);
        return t.startsWith("phó") ? "KT. CHỦ TỊCH" : null;
    }

    private static String change(AwardItem item, ResourceBundle bundle, Locale locale) {
        if (item.changeDirection() == null) {
            return "";
        }
        return switch (item.changeDirection()) {
            case "UP" -> " (↑" + item.changePlaces() + ")";
            case "DOWN" -> " (↓" + item.changePlaces() + ")";
            case "SAME" -> " (=)";
            default -> " (" + text(bundle, locale, "awards.change.new") + ")";
        };
    }

    public static byte[] pdf(AwardDecision decision, List<AwardItem> items, String province, LocalDate replacedDate) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AdministrativeDocumentPdf.write(document(decision, items, province, replacedDate), out);
        return out.toByteArray();
    }

    public static byte[] xlsx(AwardDecision decision, List<AwardItem> items, Locale locale) {
        Locale lang = Locales.fromTag(locale == null ? null : locale.toLanguageTag());
        ResourceBundle bundle = bundle(lang);
        try (Workbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet list = workbook.createSheet(text(bundle, lang, "awards.xlsx.listSheet"));
            header(
                    list,
                    bold,
                    text(
                            bundle,
                            lang,
                            "awards.xlsx.decision",
                            decision.number(),
                            Formats.date(decision.date(), lang),
                            decision.signerName()));
            columns(
                    list,
                    bold,
                    1,
                    List.of(
                            text(bundle, lang, "awards.col.no"),
                            text(bundle, lang, "awards.col.kind"),
                            text(bundle, lang, "awards.col.name"),
                            text(bundle, lang, "awards.col.position"),
                            text(bundle, lang, "awards.col.organisation"),
                            text(bundle, lang, "awards.col.type")));
            int r = 2;
            for (AwardItem item : items) {
                cells(
                        list.createRow(r++),
                        List.of(
                                String.valueOf(item.position()),
                                text(bundle, lang, item.kind().labelKey()),
                                item.name(),
                                nz(item.positionTitle()),
                                nz(item.organisation()),
                                item.awardType(lang)));
            }
            Sheet pack = workbook.createSheet(text(bundle, lang, "awards.xlsx.packageSheet"));
            header(
                    pack,
                    bold,
                    text(
                            bundle,
                            lang,
                            "awards.xlsx.decision",
                            decision.number(),
                            Formats.date(decision.date(), lang),
                            decision.signerName()));
            columns(
                    pack,
                    bold,
                    1,
                    List.of(
                            text(bundle, lang, "awards.col.no"),
                            text(bundle, lang, "awards.col.name"),
                            text(bundle, lang, "awards.col.unitCode"),
                            text(bundle, lang, "awards.col.block"),
                            text(bundle, lang, "awards.col.total"),
                            text(bundle, lang, "awards.col.index"),
                            text(bundle, lang, "awards.col.rank"),
                            text(bundle, lang, "awards.col.previousRank"),
                            text(bundle, lang, "awards.col.change"),
                            text(bundle, lang, "awards.col.band"),
                            text(bundle, lang, "awards.col.eligible"),
                            text(bundle, lang, "awards.col.findings"),
                            text(bundle, lang, "awards.justification"),
                            text(bundle, lang, "awards.achievements"),
                            text(bundle, lang, "awards.col.approvals"),
                            text(bundle, lang, "awards.col.attachments"),
                            text(bundle, lang, "awards.leaderLevel")));
            r = 2;
            for (AwardItem item : items) {
                cells(
                        pack.createRow(r++),
                        List.of(
                                String.valueOf(item.position()),
                                item.name(),
                                nz(item.unitCode()),
                                nz(item.blockName(lang)),
                                Formats.score(item.total(), lang),
                                Formats.score(item.index(), lang),
                                item.rank() == null ? "" : String.valueOf(item.rank()),
                                item.previousRank() == null ? "" : String.valueOf(item.previousRank()),
                                item.changeDirection() == null
                                        ? ""
                                        : text(
                                                bundle,
                                                lang,
                                                "awards.change." + item.changeDirection(),
                                                item.changePlaces()),
                                nz(item.bandName(lang)),
                                text(bundle, lang, item.eligible() ? "awards.yes" : "awards.no"),
                                item.findings().stream()
                                        .map(f -> FindingText.line(f, lang, (k, a) -> text(bundle, lang, k, a)))
                                        .collect(Collectors.joining("\n")),
                                nz(item.justification()),
                                item.achievements(),
                                ApprovalText.text(item.approvals(), lang, (k, a) -> text(bundle, lang, k, a)),
                                String.valueOf(item.attachments()),
                                item.leaderLevel() == null ? "" : text(bundle, lang, item.leaderLevelKey())));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Sheet sheet, CellStyle bold, String title) {
        Cell cell = sheet.createRow(0).createCell(0, CellType.STRING);
        cell.setCellValue(title);
        cell.setCellStyle(bold);
    }

    private static void columns(Sheet sheet, CellStyle bold, int rowIndex, List<String> headings) {
        Row row = sheet.createRow(rowIndex);
        for (int c = 0; c < headings.size(); c++) {
            Cell cell = row.createCell(c, CellType.STRING);
            cell.setCellValue(headings.get(c));
            cell.setCellStyle(bold);
            sheet.setColumnWidth(c, Math.min(60, Math.max(10, headings.get(c).length() + 6)) * 256);
        }
        sheet.createFreezePane(0, rowIndex + 1);
    }

    private static void cells(Row row, List<String> values) {
        for (int c = 0; c < values.size(); c++) {
            // string cells only: a text starting with "=" never becomes a formula
            row.createCell(c, CellType.STRING).setCellValue(values.get(c) == null ? "" : values.get(c));
        }
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static String text(ResourceBundle bundle, Locale locale, String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
