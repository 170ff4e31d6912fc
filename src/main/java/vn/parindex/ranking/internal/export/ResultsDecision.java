package vn.parindex.ranking.internal.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.parindex.shared.pdf.AdministrativeDocument;

/**
 * What the results decision says besides the results themselves, in Vietnamese (the official
 * document has no other language).
 *
 * @param issuer the issuing body, e.g. "ỦY BAN NHÂN DÂN\nTỈNH HẢI DƯƠNG"
 * @param provinceName the province as the articles name it, e.g. "tỉnh Hải Dương"
 * @param number e.g. "123/QĐ-UBND"; null for a draft not yet numbered
 * @param place e.g. "Hải Dương"
 * @param date the signing date; null for a draft
 * @param authority e.g. "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG"
 * @param legalBases "Căn cứ ...;" paragraphs, then the proposal ("Theo đề nghị của Giám đốc Sở Nội vụ ...")
 * @param furtherArticles articles between the announcement (article 1) and the closing two (entry into
 *     force, execution), e.g. the tasks given to the units
 * @param executors who carries the decision out, e.g. "Chánh Văn phòng UBND tỉnh; Giám đốc Sở Nội vụ; ..."
 * @param signer the signer block
 * @param recipients the "Nơi nhận" lines
 */
public record ResultsDecision(
        String issuer,
        String provinceName,
        String number,
        String place,
        LocalDate date,
        String authority,
        List<String> legalBases,
        List<String> furtherArticles,
        String executors,
        AdministrativeDocument.Signer signer,
        List<String> recipients) {

    public ResultsDecision {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(provinceName, "provinceName");
        Objects.requireNonNull(signer, "signer");
        legalBases = List.copyOf(legalBases);
        furtherArticles = List.copyOf(furtherArticles);
        recipients = List.copyOf(recipients);
    }
}
