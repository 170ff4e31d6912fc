package vn.parindex.ranking;

import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.audit.AuditLog;
import vn.parindex.audit.AuditScope;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.organization.ProvinceSummary;
import vn.parindex.ranking.internal.PublicationStore;
import vn.parindex.ranking.internal.export.RankingAnnouncementPdf;
import vn.parindex.ranking.internal.export.RankingCsvExport;
import vn.parindex.ranking.internal.export.RankingXlsxExport;
import vn.parindex.ranking.internal.export.ResultsDecision;
import vn.parindex.ranking.internal.export.ResultsDecisionPdf;
import vn.parindex.ranking.internal.export.UnitScorecardPdf;
import vn.parindex.security.Role;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.pdf.AdministrativeDocument;

/**
 * A block's results as files: what {@link RankingResults#results} lets the caller see (the latest
 * publication, or the draft for the roles that may see drafts), written as XLSX, CSV or PDF, a unit's
 * scorecard, and the signed results decision of a published block. The screens call these on the
 * background threads of {@link vn.parindex.shared.FileJobs} with the user's security context, so the
 * roles and the focal point's scope are checked here whatever thread writes the file.
 */
@Service
@Transactional(readOnly = true)
public class RankingExports {

    private final RankingResults results;
    private final PublicationStore store;
    private final OrganizationDirectory organization;
    private final AuditLog audit;

    RankingExports(RankingResults results, PublicationStore store, OrganizationDirectory organization, AuditLog audit) {
        this.results = results;
        this.store = store;
        this.organization = organization;
        this.audit = audit;
    }

    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.COUNCIL_MEMBER, Role.Names.LEADER})
    public void xlsx(long periodId, long blockId, Locale locale, OutputStream out) {
        exported("xlsx", periodId, blockId, null);
        RankingXlsxExport.write(results.results(periodId, blockId), provinceName(locale), locale, out);
    }

    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.COUNCIL_MEMBER, Role.Names.LEADER})
    public void csv(long periodId, long blockId, Locale locale, OutputStream out) {
        exported("csv", periodId, blockId, null);
        RankingCsvExport.write(results.results(periodId, blockId), locale, out);
    }

    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.COUNCIL_MEMBER, Role.Names.LEADER})
    public void announcementPdf(long periodId, long blockId, Locale locale, OutputStream out) {
        exported("announcement", periodId, blockId, null);
        RankingAnnouncementPdf.write(results.results(periodId, blockId), provinceName(locale), locale, out);
    }

    /** One unit's scorecard; a focal point gets their own unit's, from its published results only. */
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.COUNCIL_MEMBER, Role.Names.LEADER, Role.Names.FOCAL_POINT})
    public void scorecardPdf(long periodId, long blockId, long unitId, Locale locale, OutputStream out) {
        BlockResults block = results.results(periodId, blockId);
        boolean shown = block.ranked().stream().anyMatch(row -> row.unitId() == unitId)
                || block.notRanked().stream().anyMatch(row -> row.unitId() == unitId);
        if (!shown) {
            throw new AccessDeniedException("Unit " + unitId + " is not in the results the caller may see");
        }
        exported("scorecard", periodId, blockId, unitId);
        UnitScorecardPdf.write(block, unitId, provinceName(locale), locale, out);
    }

    /** Whether the block's latest revision has its signed decision recorded (the PDF can be made). */
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.COUNCIL_MEMBER, Role.Names.LEADER})
    public boolean decisionRecorded(long periodId, long blockId) {
        return store.latestRef(periodId, blockId)
                .flatMap(ref -> store.decision(ref.id()))
                .isPresent();
    }

    /**
     * The results decision of the block's latest revision, in Vietnamese (the official document has no
     * other language), with the frozen ranking as its annex.
     */
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.COUNCIL_MEMBER, Role.Names.LEADER})
    public void decisionPdf(long periodId, long blockId, OutputStream out) {
        PublicationRef ref =
                store.latestRef(periodId, blockId).orElseThrow(() -> new BusinessRuleException("ranking.notPublished"));
        DecisionDetails decision =
                store.decision(ref.id()).orElseThrow(() -> new BusinessRuleException("ranking.decision.missing"));
        BlockResults block = store.read(ref);
        exported("decision", periodId, blockId, null);
        ResultsDecisionPdf.write(decision(decision, block.year()), List.of(block), out);
    }

    /** Who downloaded which results file is part of the audit trail. */
    private void exported(String kind, long periodId, long blockId, Long unitId) {
        java.util.Map<String, Object> detail = new java.util.LinkedHashMap<>();
        detail.put("file", kind);
        detail.put("periodId", periodId);
        detail.put("blockId", blockId);
        if (unitId != null) {
            detail.put("unitId", unitId);
        }
        audit.recordAccess(new AuditScope(unitId, periodId), "RESULTS_EXPORTED", "RANKING", blockId, detail);
    }

    private ResultsDecision decision(DecisionDetails details, int year) {
        ProvinceSummary province =
                organization.province().orElseThrow(() -> new BusinessRuleException("ranking.decision.noProvince"));
        Locale vi = Locale.forLanguageTag("vi");
        String provinceName = province.nameVi();
        String place = provinceName.replaceFirst("^(?i)(tỉnh|thành phố)\\s+", "");
        String lowerFirst = provinceName.substring(0, 1).toLowerCase(vi) + provinceName.substring(1);
        String agency = province.agencyVi() == null ? "Sở Nội vụ" : province.agencyVi();
        return new ResultsDecision(
                "ỦY BAN NHÂN DÂN\n" + provinceName.toUpperCase(vi),
                lowerFirst,
                details.number(),
                place,
                details.date(),
                "CHỦ TỊCH ỦY BAN NHÂN DÂN " + provinceName.toUpperCase(vi),
                List.of(
                        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung"
                                + " một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương"
                                + " ngày 22 tháng 11 năm 2019;",
                        "Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình"
                                + " tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;",
                        "Theo đề nghị của Giám đốc " + agency + "."),
                List.of("Các cơ quan, đơn vị căn cứ kết quả Chỉ số cải cách hành chính năm " + year
                        + " xây dựng kế hoạch khắc phục những hạn chế, tồn tại trong năm " + (year + 1) + "."),
                "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc " + agency
                        + ", Thủ trưởng các cơ quan, đơn vị có liên quan",
                new AdministrativeDocument.Signer(
                        details.signerCapacity(), details.signerPosition(), details.signerName()),
                List.of("Như Điều 4;", "Bộ Nội vụ (để b/c);", "Lưu: VT, " + "NC."));
    }

    private String provinceName(Locale locale) {
        return organization.province().map(p -> p.name(locale)).orElse("");
    }
}
