package vn.parindex.leaders;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.parindex.audit.AuditLog;
import vn.parindex.audit.AuditScope;
import vn.parindex.security.Role;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.Spreadsheets;

/**
 * The block's classification as the decision's list, in Vietnamese: an XLSX and a PDF table (DejaVu
 * Sans embedded, so the diacritics print everywhere). Secretariat and leaders only, like the
 * classification itself.
 */
@Service
public class LeaderExports {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final String FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    private static final String BOLD_FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";

    /** The Vietnamese names of the levels, as the decision writes them. */
    static final Map<Level, String> LEVELS = Map.of(
            Level.EXCELLENT, "Hoàn thành xuất sắc nhiệm vụ",
            Level.WELL, "Hoàn thành tốt nhiệm vụ",
            Level.COMPLETED, "Hoàn thành nhiệm vụ",
            Level.NOT_COMPLETED, "Không hoàn thành nhiệm vụ");

    static final List<String> HEADERS = List.of(
            "STT",
            "Đơn vị",
            "Người đứng đầu",
            "Chức vụ",
            "Chỉ số CCHC (%)",
            "Thứ hạng",
            "Mức đề xuất",
            "Mức xếp loại",
            "Lý do");

    private final LeaderClassifications classifications;
    private final AuditLog audit;

    LeaderExports(LeaderClassifications classifications, AuditLog audit) {
        this.classifications = classifications;
        this.audit = audit;
    }

    /** Who downloaded which classification list is part of the audit trail. */
    private void exported(String kind, long periodId, long blockId) {
        audit.recordAccess(
                AuditScope.period(periodId),
                "LEADERS_EXPORTED",
                "LEADER_CLASSIFICATION",
                blockId,
                Map.of("file", kind, "periodId", periodId));
    }

    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.LEADER})
    public byte[] xlsx(long periodId, long blockId) {
        BlockClassification classification = classification(periodId, blockId);
        exported("xlsx", periodId, blockId);
        return Spreadsheets.write("Xếp loại " + classification.year(), HEADERS, rows(classification));
    }

    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.LEADER})
    public byte[] pdf(long periodId, long blockId) {
        BlockClassification classification = classification(periodId, blockId);
        exported("pdf", periodId, blockId);
        try {
            BaseFont regular = font(FONT);
            BaseFont bold = font(BOLD_FONT);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
            PdfWriter.getInstance(document, out);
            document.addTitle("Danh sách xếp loại người đứng đầu năm " + classification.year());
            document.open();
            Paragraph title = new Paragraph(
                    "DANH SÁCH XẾP LOẠI NGƯỜI ĐỨNG ĐẦU THEO KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM "
                            + classification.year(),
                    new Font(bold, 12));
            title.setAlignment(Element.ALIGN_CENTER);
            document.add(title);
            Paragraph block = new Paragraph(classification.blockNameVi(), new Font(bold, 11));
            block.setAlignment(Element.ALIGN_CENTER);
            document.add(block);
            Paragraph status = new Paragraph(
                    "(Kèm theo Quyết định phê duyệt kết quả xếp loại; trạng thái: " + statusVi(classification.status())
                            + ")",
                    new Font(regular, 9, Font.ITALIC));
            status.setAlignment(Element.ALIGN_CENTER);
            status.setSpacingAfter(10);
            document.add(status);
            PdfPTable table = new PdfPTable(new float[] {4, 22, 14, 12, 7, 6, 11, 11, 13});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            Font headFont = new Font(bold, 8);
            Font cellFont = new Font(regular, 8);
            for (String header : HEADERS) {
                PdfPCell cell = new PdfPCell(new Phrase(header, headFont));
                cell.setHorizontalAlignment(Element.ALIGN_CENTER);
                table.addCell(cell);
            }
            for (List<String> row : rows(classification)) {
                for (int column = 0; column < row.size(); column++) {
                    PdfPCell cell = new PdfPCell(new Phrase(row.get(column), cellFont));
                    if (column == 0 || column == 4 || column == 5) {
                        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
                    }
                    table.addCell(cell);
                }
            }
            document.add(table);
            Paragraph counts = new Paragraph(countsLine(classification), new Font(regular, 9));
            counts.setSpacingBefore(8);
            document.add(counts);
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BlockClassification classification(long periodId, long blockId) {
        return classifications
                .classification(periodId, blockId)
                .orElseThrow(() -> new BusinessRuleException("leaders.notFound"));
    }

    static List<List<String>> rows(BlockClassification classification) {
        List<List<String>> rows = new ArrayList<>();
        int number = 1;
        for (ClassificationEntry entry : classification.entries()) {
            String head = entry.headName() == null ? "(chưa có người đứng đầu)" : entry.headName();
            String title = entry.headTitleVi() == null ? "" : entry.headTitleVi();
            rows.add(List.of(
                    String.valueOf(number++),
                    entry.unitNameVi(),
                    head,
                    entry.acting() ? "Quyền " + title : title,
                    score(entry.index()),
                    entry.ranked() ? String.valueOf(entry.rank()) : "Không xếp hạng",
                    entry.proposedLevel() == null ? "" : LEVELS.get(entry.proposedLevel()),
                    entry.finalLevel() == null ? "" : LEVELS.get(entry.finalLevel()),
                    entry.justification() == null ? "" : entry.justification()));
        }
        return rows;
    }

    private static String countsLine(BlockClassification classification) {
        StringBuilder line = new StringBuilder("Tổng hợp: ");
        boolean first = true;
        for (Level level : Level.values()) {
            long count = classification.entries().stream()
                    .filter(entry -> entry.finalLevel() == level)
                    .count();
            line.append(first ? "" : "; ")
                    .append(LEVELS.get(level))
                    .append(": ")
                    .append(count);
            first = false;
        }
        return line.append('.').toString();
    }

    private static String statusVi(ClassificationStatus status) {
        return switch (status) {
            case DRAFT -> "đang xếp loại";
            case SUBMITTED -> "đã trình lãnh đạo";
            case RETURNED -> "lãnh đạo trả lại";
            case APPROVED -> "đã phê duyệt";
        };
    }

    private static String score(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(VI);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value.setScale(2, RoundingMode.HALF_UP));
    }

    private static BaseFont font(String resource) throws IOException {
        try (InputStream in = LeaderExports.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Font not on the classpath: " + resource);
            }
            byte[] bytes = in.readAllBytes();
            return BaseFont.createFont(
                    resource.substring(resource.lastIndexOf('/') + 1),
                    BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED,
                    true,
                    bytes,
                    null);
        }
    }
}
