package vn.parindex.demo;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.parindex.assessment.AssessmentStatus;
import vn.parindex.assessment.EvidenceLibrary;
import vn.parindex.assessment.EvidenceSummary;
import vn.parindex.assessment.ItemChange;
import vn.parindex.assessment.ReferenceDraft;
import vn.parindex.assessment.SelfAssessments;
import vn.parindex.assessment.Sheet;
import vn.parindex.criteria.ScoreRule;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.period.PeriodSummary;
import vn.parindex.security.CurrentUserService;
import vn.parindex.security.RunAs;

/**
 * Demo self-assessments for 2024, entered through the real services as the units' own focal points:
 * the Department of Transport almost complete, the Department of Health about half done, Nam Sach
 * submitted with evidence (small generated PDFs); every other unit untouched.
 */
@Component
@Order(3)
@ConditionalOnProperty(name = "parindex.demo.enabled", havingValue = "true")
class DemoAssessments implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAssessments.class);

    private final SelfAssessments assessments;
    private final EvidenceLibrary library;
    private final PeriodDirectory periods;
    private final CurrentUserService currentUser;
    private final RunAs runAs;

    DemoAssessments(
            SelfAssessments assessments,
            EvidenceLibrary library,
            PeriodDirectory periods,
            CurrentUserService currentUser,
            RunAs runAs) {
        this.assessments = assessments;
        this.library = library;
        this.periods = periods;
        this.currentUser = currentUser;
        this.runAs = runAs;
    }

    @Override
    public void run(ApplicationArguments args) {
        PeriodSummary period = runAs.readAsSystem(() -> periods.byYear(2024)).orElse(null);
        if (period == null) {
            return;
        }
        runAs.asAccount("namsach", () -> {
            if (sheet(period).status() == AssessmentStatus.NOT_STARTED) {
                fill(
                        period,
                        0,
                        0,
                        List.of(
                                "Kế hoạch CCHC năm 2024 - UBND huyện Nam Sách.pdf",
                                "Báo cáo kết quả CCHC năm 2024.pdf",
                                "Quyết định công bố TTHC.pdf",
                                "Kết quả kiểm tra công vụ.pdf"));
                Sheet filled = sheet(period);
                assessments.submit(filled.assessmentId(), filled.version());
                log.info("Demo data: Nam Sach 2024 self-assessment submitted");
            }
        });
        runAs.asAccount("gtvt", () -> {
            if (sheet(period).status() == AssessmentStatus.NOT_STARTED) {
                Sheet sheet = sheet(period);
                int components = (int) sheet.rules().values().stream()
                        .filter(ScoreRule::requiredForSubmission)
                        .count();
                fill(
                        period,
                        3,
                        2,
                        List.of(
                                "Kế hoạch CCHC năm 2024 - Sở GTVT.pdf",
                                "Báo cáo CCHC quý III năm 2024.pdf",
                                "Danh mục TTHC thuộc thẩm quyền.pdf"));
                log.info("Demo data: Transport 2024 self-assessment almost complete ({} items)", components - 3);
            }
        });
        runAs.asAccount("yte", () -> {
            Sheet sheet = sheet(period);
            if (sheet.status() == AssessmentStatus.NOT_STARTED) {
                int components = (int) sheet.rules().values().stream()
                        .filter(ScoreRule::requiredForSubmission)
                        .count();
                fill(period, components - components / 2, 5, List.of("Kế hoạch CCHC năm 2024 - Sở Y tế.pdf"));
                log.info("Demo data: Health 2024 self-assessment about half done");
            }
        });
    }

    private Sheet sheet(PeriodSummary period) {
        return assessments.sheet(period.id(), currentUser.require().unitId());
    }

    /**
     * Uploads the files and a document reference, scores all components but the last {@code unscored},
     * and links evidence to every evidence-required scored item except the last
     * {@code withoutEvidence} of them.
     */
    private void fill(PeriodSummary period, int unscored, int withoutEvidence, List<String> fileNames) {
        Sheet sheet = sheet(period);
        long unitId = sheet.unit().id();
        for (String fileName : fileNames) {
            library.upload(
                    period.id(), unitId, fileName, pdf(fileName, sheet.unit().nameVi()));
        }
        library.addReference(
                period.id(),
                unitId,
                new ReferenceDraft(
                        "Quyết định ban hành Kế hoạch cải cách hành chính năm 2024",
                        "15/QĐ-UBND",
                        LocalDate.of(2024, 1, 10),
                        "Ủy ban nhân dân tỉnh Hải Dương",
                        null));
        sheet = sheet(period);
        List<ScoreRule> components = sheet.rules().values().stream()
                .filter(ScoreRule::requiredForSubmission)
                .toList();
        int scoredCount = Math.max(0, components.size() - unscored);
        List<ItemChange> changes = new ArrayList<>();
        for (int index = 0; index < scoredCount; index++) {
            ScoreRule rule = components.get(index);
            changes.add(new ItemChange(
                    rule.nodeId(), sheet.item(rule.nodeId()).version(), demoScore(rule, index), note(rule, index)));
        }
        assessments.save(sheet.assessmentId(), changes);

        List<EvidenceSummary> files =
                sheet.library().stream().filter(EvidenceSummary::file).toList();
        List<ScoreRule> needingEvidence = components.subList(0, scoredCount).stream()
                .filter(ScoreRule::evidenceRequired)
                .toList();
        int linked = Math.max(0, needingEvidence.size() - withoutEvidence);
        for (int index = 0; index < linked; index++) {
            library.link(
                    sheet.assessmentId(),
                    needingEvidence.get(index).nodeId(),
                    files.get(index % files.size()).id());
        }
    }

    /** Mostly full marks, with a plausible shortfall here and there. */
    private static BigDecimal demoScore(ScoreRule rule, int index) {
        return switch (rule.method()) {
            case YES_NO -> index % 9 == 4 ? BigDecimal.ZERO : rule.highest();
            case CHOICES -> {
                List<BigDecimal> levels = rule.scoring().allowedValues().stream()
                        .sorted(Comparator.reverseOrder())
                        .toList();
                yield levels.get(index % 4 == 1 && levels.size() > 1 ? 1 : 0);
            }
            default -> {
                BigDecimal step = rule.scoring().step();
                BigDecimal lower =
                        step == null ? rule.highest() : rule.highest().subtract(step);
                yield index % 4 == 1 && lower.compareTo(rule.lowest()) >= 0 ? lower : rule.highest();
            }
        };
    }

    private static String note(ScoreRule rule, int index) {
        return index % 3 == 0 ? "Đơn vị tự chấm theo kết quả thực hiện năm 2024 (tiêu chí " + rule.code() + ")." : null;
    }

    /** A one-page PDF with the document's title, enough to download and preview. */
    private static byte[] pdf(String title, String unitName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4);
        PdfWriter.getInstance(document, out);
        document.open();
        try {
            BaseFont base = BaseFont.createFont(
                    "font-fallback/LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            document.add(new Paragraph(unitName, new Font(base, 12)));
            document.add(new Paragraph(title.replace(".pdf", ""), new Font(base, 16)));
            document.add(new Paragraph(
                    "Tài liệu kiểm chứng mẫu của dữ liệu trình diễn - Demo evidence document.", new Font(base, 11)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        document.close();
        return out.toByteArray();
    }
}
