package vn.parindex.assessment;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.ApplicationContext;
import vn.parindex.criteria.ScoreRule;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.organization.UnitSummary;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.security.Role;
import vn.parindex.support.Accounts;
import vn.parindex.support.SignIn;

/**
 * Shared steps of the self-assessment tests. Each test class works on its own units of the demo 2024
 * period, so classes never depend on each other's order.
 */
public final class AssessmentFixtures {

    private AssessmentFixtures() {}

    public static long period2024(ApplicationContext context) {
        SignIn.as(context, "admin");
        try {
            return context.getBean(PeriodDirectory.class)
                    .byYear(2024)
                    .orElseThrow()
                    .id();
        } finally {
            SignIn.out();
        }
    }

    public static UnitSummary unit(ApplicationContext context, String code) {
        SignIn.as(context, "admin");
        try {
            return context.getBean(OrganizationDirectory.class).units().stream()
                    .filter(unit -> unit.code().equals(code))
                    .findFirst()
                    .orElseThrow();
        } finally {
            SignIn.out();
        }
    }

    /** A new focal point of the unit, signed in. */
    public static String signInFocalPointOf(ApplicationContext context, String unitCode) {
        String username = Accounts.create(
                context, Role.FOCAL_POINT, unit(context, unitCode).id());
        SignIn.as(context, username, Accounts.PASSWORD);
        return username;
    }

    /** An allowed value for every component the unit scores itself, as the sheet stands. */
    public static List<ItemChange> fullMarks(Sheet sheet) {
        List<ItemChange> changes = new ArrayList<>();
        for (ScoreRule rule : sheet.rules().values()) {
            if (rule.requiredForSubmission()) {
                changes.add(new ItemChange(
                        rule.nodeId(), sheet.item(rule.nodeId()).version(), best(rule), "Căn cứ " + rule.code()));
            }
        }
        return changes;
    }

    public static BigDecimal best(ScoreRule rule) {
        return rule.method() == vn.parindex.criteria.ScoringMethod.CHOICES
                ? rule.scoring().allowedValues().stream()
                        .max(Comparator.naturalOrder())
                        .orElseThrow()
                : rule.highest();
    }

    public static long node(Sheet sheet, String code) {
        return sheet.rules().values().stream()
                .filter(rule -> rule.code().equals(code))
                .findFirst()
                .orElseThrow()
                .nodeId();
    }

    /** The whole content of a downloaded file (read chunk by chunk from the database). */
    public static byte[] bytes(EvidenceFile file) {
        try (file) {
            return file.content().readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A small real PDF. */
    public static byte[] pdf(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(text));
        document.close();
        return out.toByteArray();
    }
}
