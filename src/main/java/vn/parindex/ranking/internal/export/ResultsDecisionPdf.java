package vn.parindex.ranking.internal.export;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import vn.parindex.ranking.BlockResults;
import vn.parindex.ranking.UnrankedUnit;
import vn.parindex.shared.Locales;
import vn.parindex.shared.pdf.AdministrativeDocument;
import vn.parindex.shared.pdf.AdministrativeDocument.Annex;
import vn.parindex.shared.pdf.AdministrativeDocument.Article;
import vn.parindex.shared.pdf.AdministrativeDocumentPdf;

/**
 * The decision announcing a period's results, as a PDF in the Vietnamese administrative layout
 * ({@link AdministrativeDocumentPdf}): article 1 announces the index of the blocks, detailed in one
 * annex per block (the ranking table, the areas' names and the units not ranked), then the further
 * articles, entry into force on signing, and who carries it out.
 *
 * <p>Vietnamese only, whatever the reader's language: the decision is an official document and
 * exists in Vietnamese alone; its annex tables use Vietnamese number formats (92,86).
 */
public final class ResultsDecisionPdf {

    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};

    private ResultsDecisionPdf() {}

    /** Writes the decision for the blocks (one annex each, in the given order) to {@code out} (left open). */
    public static void write(ResultsDecision decision, List<BlockResults> blocks, OutputStream out) {
        AdministrativeDocumentPdf.write(document(decision, blocks), out);
    }

    /** The decision as a generic administrative document (also for tests and for a preview). */
    public static AdministrativeDocument document(ResultsDecision decision, List<BlockResults> blocks) {
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("a results decision announces at least one block");
        }
        ExportTexts texts = new ExportTexts(Locales.VIETNAMESE);
        int year = blocks.get(0).year();
        String blockNames = String.join(
                " và ",
                blocks.stream().map(block -> lowerFirst(block.blockNameVi())).toList());
        String subject = "Về việc công bố Chỉ số cải cách hành chính năm " + year + " của " + blockNames + " "
                + decision.provinceName();
        boolean several = blocks.size() > 1;
        List<String> annexNames = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            annexNames.add(several ? "Phụ lục " + roman(i) : "Phụ lục");
        }
        List<Article> articles = new ArrayList<>();
        articles.add(Article.of("Công bố Chỉ số cải cách hành chính năm " + year + " của " + blockNames + " "
                + decision.provinceName() + " (chi tiết tại "
                + (several ? "các " + String.join(", ", annexNames) : "Phụ lục") + " kèm theo)."));
        decision.furtherArticles().forEach(text -> articles.add(Article.of(text)));
        articles.add(Article.of("Quyết định này có hiệu lực kể từ ngày ký."));
        if (decision.executors() != null && !decision.executors().isBlank()) {
            articles.add(Article.of(decision.executors().strip() + " chịu trách nhiệm thi hành Quyết định này."));
        }
        List<Annex> annexes = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            BlockResults block = blocks.get(i);
            List<String> notes = new ArrayList<>();
            if (!block.areas().isEmpty()) {
                notes.add(texts.areaLegend(block));
            }
            for (UnrankedUnit unit : block.notRanked()) {
                notes.add(
                        texts.text("rankingExport.notRankedNote", unit.unitNameVi() + " (" + texts.reason(unit) + ")"));
            }
            annexes.add(new Annex(
                    annexNames.get(i),
                    List.of(
                            "KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM " + block.year(),
                            block.blockNameVi().toUpperCase(Locales.VIETNAMESE)),
                    reference(decision),
                    RankingPdfTable.of(block, texts),
                    notes,
                    true));
        }
        return new AdministrativeDocument(
                null,
                decision.issuer(),
                decision.number(),
                decision.place(),
                decision.date(),
                "QUYẾT ĐỊNH",
                subject,
                decision.authority(),
                decision.legalBases(),
                articles,
                decision.signer(),
                decision.recipients(),
                annexes);
    }

    /** "(Kèm theo Quyết định số 123/QĐ-UBND ngày 15/3/2024 của Ủy ban nhân dân tỉnh Hải Dương)". */
    private static String reference(ResultsDecision decision) {
        StringBuilder text = new StringBuilder("(Kèm theo Quyết định số ")
                .append(decision.number() == null ? "      /" : decision.number());
        if (decision.date() != null) {
            text.append(" ngày ")
                    .append(java.time.format.DateTimeFormatter.ofPattern("d/M/yyyy")
                            .format(decision.date()));
        }
        return text.append(" của Ủy ban nhân dân ")
                .append(decision.provinceName())
                .append(')')
                .toString();
    }

    private static String roman(int index) {
        return index < ROMAN.length ? ROMAN[index] : String.valueOf(index + 1);
    }

    private static String lowerFirst(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return text.substring(0, 1).toLowerCase(Locales.VIETNAMESE) + text.substring(1);
    }
}
