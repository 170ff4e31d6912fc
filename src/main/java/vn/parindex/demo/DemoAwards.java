package vn.parindex.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.parindex.awards.AwardDecisions;
import vn.parindex.awards.AwardType;
import vn.parindex.awards.DecisionDraft;
import vn.parindex.awards.NominationDraft;
import vn.parindex.awards.NominationKind;
import vn.parindex.awards.Nominations;
import vn.parindex.awards.RuleKind;
import vn.parindex.organization.BlockSummary;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.organization.UnitSummary;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.period.PeriodSummary;
import vn.parindex.period.Phase;
import vn.parindex.ranking.RankingResults;
import vn.parindex.ranking.UnitResultRow;
import vn.parindex.security.RunAs;

/**
 * The demo's award decisions, made through the awards services as the people who would make them:
 * focal points propose for their units (gtvt, namsach), the secretariat (noivu) sets the rules,
 * proposes the rest and submits the list, the leader (lanhdao) approves it, the secretariat records
 * the signed decision.
 *
 * <ul>
 *   <li>2023: exactly the 21 awards of the Hai Duong report (11 collectives, 10 individuals), under
 *       rules that pass every awarded assessed unit on its published result (top 6 departments, top 4
 *       districts); the two post-office awards go forward on a documented contribution with a
 *       justification.
 *   <li>2022: a smaller list from that year's top units (top 3 departments, top 2 districts, and the
 *       heads of the first two departments and the first district), so counts compare.
 * </ul>
 */
@Component
@Order(7)
@ConditionalOnProperty(name = "parindex.demo.enabled", havingValue = "true")
class DemoAwards implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAwards.class);

    static final String SIGNER = "Triệu Thế Hùng";
    static final String SIGNER_TITLE = "Chủ tịch";
    static final String NUMBER_2022 = "712/QĐ-UBND";
    static final String NUMBER_2023 = "845/QĐ-UBND";

    private final Nominations nominations;
    private final AwardDecisions decisions;
    private final RankingResults results;
    private final OrganizationDirectory organization;
    private final PeriodDirectory periods;
    private final RunAs runAs;

    DemoAwards(
            Nominations nominations,
            AwardDecisions decisions,
            RankingResults results,
            OrganizationDirectory organization,
            PeriodDirectory periods,
            RunAs runAs) {
        this.nominations = nominations;
        this.decisions = decisions;
        this.results = results;
        this.organization = organization;
        this.periods = periods;
        this.runAs = runAs;
    }

    @Override
    public void run(ApplicationArguments args) {
        PeriodSummary[] found = new PeriodSummary[2];
        runAs.asAccount("noivu", () -> {
            found[0] = periods.byYear(2022).orElse(null);
            found[1] = periods.byYear(2023).orElse(null);
        });
        PeriodSummary y2022 = found[0];
        PeriodSummary y2023 = found[1];
        if (y2022 != null && y2022.phase().isAtLeast(Phase.PUBLISHED)) {
            year2022(y2022.id());
        }
        if (y2023 != null && y2023.phase().isAtLeast(Phase.PUBLISHED)) {
            year2023(y2023.id());
        }
    }

    private boolean done(long periodId) {
        boolean[] any = {false};
        runAs.asAccount(
                "noivu", () -> any[0] = !nominations.nominations(periodId).isEmpty());
        return any[0];
    }

    private void year2023(long periodId) {
        if (done(periodId)) {
            return;
        }
        Map<String, Long> units = new HashMap<>();
        Map<String, Long> blocks = new HashMap<>();
        long[] type = new long[1];
        runAs.asAccount("noivu", () -> {
            organization.units().forEach(u -> units.put(u.code(), u.id()));
            organization.blocks().forEach(b -> blocks.put(b.code(), b.id()));
            type[0] = defaultType();
            for (NominationKind subject : NominationKind.values()) {
                nominations.addRule(periodId, type[0], subject, RuleKind.RANK_TOP_N, blocks.get("DEPARTMENT"), 6, null);
                nominations.addRule(periodId, type[0], subject, RuleKind.RANK_TOP_N, blocks.get("DISTRICT"), 4, null);
            }
        });
        long t = type[0];
        String collectiveAchievement =
                "Dẫn đầu khối về Chỉ số cải cách hành chính năm 2023; thực hiện tốt cải cách thủ tục hành chính và chuyển đổi số.";
        runAs.asAccount("gtvt", () -> {
            nominations.propose(periodId, unit(units.get("SGTVT"), t, collectiveAchievement));
            nominations.propose(
                    periodId,
                    headOf(
                            units.get("SGTVT"),
                            "Vũ Văn Tùng",
                            "Giám đốc",
                            "Sở Giao thông vận tải",
                            t,
                            "Lãnh đạo Sở giữ vị trí dẫn đầu khối sở, ngành hai năm liền."));
        });
        runAs.asAccount("namsach", () -> {
            nominations.propose(periodId, unit(units.get("HNS"), t, collectiveAchievement));
            nominations.propose(
                    periodId,
                    person(
                            units.get("HNS"),
                            "Nguyễn Văn Huy",
                            "Chuyên viên Phòng Nội vụ",
                            "Ủy ban nhân dân huyện Nam Sách",
                            t,
                            "Tham mưu triển khai cải cách hành chính của huyện, dẫn đầu khối cấp huyện hai năm liền."));
        });
        runAs.asAccount("noivu", () -> {
            for (String code : List.of("SNV", "SGDDT", "STTTT", "SNNPTNT", "SVHTTDL", "HKT", "TPCL", "HNG")) {
                nominations.propose(
                        periodId,
                        unit(
                                units.get(code),
                                t,
                                "Có thành tích xuất sắc trong công tác cải cách hành chính năm 2023."));
            }
            nominations.propose(
                    periodId,
                    new NominationDraft(
                            NominationKind.COLLECTIVE,
                            null,
                            "Bưu điện thị xã Kinh Môn",
                            null,
                            null,
                            null,
                            t,
                            "Tiếp nhận và trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích cho người dân thị xã Kinh Môn.",
                            "Không phải đơn vị được đánh giá Chỉ số CCHC; đóng góp được ghi nhận tại báo cáo của UBND thị xã Kinh Môn về dịch vụ bưu chính công ích năm 2023."));
            head(
                    periodId,
                    units.get("SVHTTDL"),
                    "Nguyễn Thành Trung",
                    "Giám đốc",
                    "Sở Văn hóa, Thể thao và Du lịch",
                    t);
            head(periodId, units.get("TPCL"), "Nguyễn Văn Kiên", "Chủ tịch", "Ủy ban nhân dân thành phố Chí Linh", t);
            head(periodId, units.get("HKT"), "Phạm Quang Hưng", "Chủ tịch", "Ủy ban nhân dân huyện Kim Thành", t);
            individual(
                    periodId,
                    units.get("SNV"),
                    "Hoàng Quốc Huy",
                    "Trưởng phòng Tổ chức và Cải cách hành chính",
                    "Sở Nội vụ",
                    t);
            individual(
                    periodId,
                    units.get("STTTT"),
                    "Phạm Thị Minh",
                    "Chuyên viên chính Văn phòng Sở",
                    "Sở Thông tin và Truyền thông",
                    t);
            individual(
                    periodId,
                    units.get("SNNPTNT"),
                    "Vũ Thị Hồng Thu",
                    "Phó Chánh Văn phòng Sở",
                    "Sở Nông nghiệp và Phát triển nông thôn",
                    t);
            individual(
                    periodId,
                    units.get("SGDDT"),
                    "Hoàng Hạnh Phương",
                    "Chuyên viên Văn phòng Sở",
                    "Sở Giáo dục và Đào tạo",
                    t);
            nominations.propose(
                    periodId,
                    new NominationDraft(
                            NominationKind.INDIVIDUAL,
                            null,
                            null,
                            "Tạ Thanh Thủy",
                            "Phó Trưởng phòng Kỹ thuật",
                            "Bưu điện tỉnh Hải Dương",
                            t,
                            "Xây dựng giải pháp kỹ thuật tiếp nhận, trả kết quả thủ tục hành chính qua bưu chính công ích trên toàn tỉnh.",
                            "Không công tác tại đơn vị được đánh giá; đóng góp được Bưu điện tỉnh và Sở Nội vụ xác nhận bằng văn bản."));
            nominations.acceptAll(periodId);
            nominations.submitList(periodId);
        });
        runAs.asAccount("lanhdao", () -> nominations.approveAll(periodId));
        runAs.asAccount(
                "noivu",
                () -> decisions.issue(
                        periodId, new DecisionDraft(NUMBER_2023, LocalDate.of(2024, 3, 22), SIGNER, SIGNER_TITLE)));
        log.info("Demo data: 2023 award decision {} issued", NUMBER_2023);
    }

    private void year2022(long periodId) {
        if (done(periodId)) {
            return;
        }
        runAs.asAccount("noivu", () -> {
            long type = defaultType();
            Map<String, Long> blocks = new HashMap<>();
            organization.blocks().forEach(b -> blocks.put(b.code(), b.id()));
            Map<String, Integer> limits = Map.of("DEPARTMENT", 3, "DISTRICT", 2);
            for (NominationKind subject : NominationKind.values()) {
                for (var limit : limits.entrySet()) {
                    nominations.addRule(
                            periodId,
                            type,
                            subject,
                            RuleKind.RANK_TOP_N,
                            blocks.get(limit.getKey()),
                            limit.getValue(),
                            null);
                }
            }
            for (BlockSummary block : organization.blocks()) {
                Integer limit = limits.get(block.code());
                if (limit == null) {
                    continue;
                }
                List<UnitResultRow> top = results.results(periodId, block.id()).ranked().stream()
                        .filter(r -> r.rank() <= limit)
                        .toList();
                for (UnitResultRow row : top) {
                    nominations.propose(
                            periodId,
                            unit(
                                    row.unitId(),
                                    type,
                                    "Có thành tích xuất sắc trong công tác cải cách hành chính năm 2022."));
                }
                for (UnitResultRow row : top.subList(0, Math.min(top.size(), limit - 1))) {
                    UnitSummary unit = organization.unit(row.unitId());
                    // the head in office in 2022, linked to their term (the name comes from it)
                    head(periodId, unit.id(), null, unit.headTitleVi(), unit.nameVi(), type);
                }
            }
            nominations.acceptAll(periodId);
            nominations.submitList(periodId);
        });
        runAs.asAccount("lanhdao", () -> nominations.approveAll(periodId));
        runAs.asAccount(
                "noivu",
                () -> decisions.issue(
                        periodId, new DecisionDraft(NUMBER_2022, LocalDate.of(2023, 3, 24), SIGNER, SIGNER_TITLE)));
        log.info("Demo data: 2022 award decision {} issued", NUMBER_2022);
    }

    private long defaultType() {
        return nominations.types().stream()
                .filter(t -> AwardType.DEFAULT_CODE.equals(t.code()))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private void individual(long periodId, long unitId, String name, String position, String organisation, long type) {
        nominations.propose(
                periodId,
                person(
                        unitId,
                        name,
                        position,
                        organisation,
                        type,
                        "Có thành tích xuất sắc trong tham mưu, tổ chức thực hiện cải cách hành chính của đơn vị."));
    }

    /** A head of unit, linked to their term in office that year (their leader classification follows). */
    private void head(long periodId, long unitId, String name, String position, String organisation, long type) {
        nominations.propose(
                periodId,
                headOf(
                        unitId,
                        name,
                        position,
                        organisation,
                        type,
                        "Có thành tích xuất sắc trong lãnh đạo, chỉ đạo cải cách hành chính của đơn vị."));
    }

    private static NominationDraft headOf(
            long unitId, String name, String position, String organisation, long type, String achievements) {
        return new NominationDraft(
                NominationKind.INDIVIDUAL, unitId, null, name, position, organisation, type, achievements, null, true);
    }

    private static NominationDraft unit(long unitId, long type, String achievements) {
        return new NominationDraft(NominationKind.COLLECTIVE, unitId, null, null, null, null, type, achievements, null);
    }

    private static NominationDraft person(
            long unitId, String name, String position, String organisation, long type, String achievements) {
        return new NominationDraft(
                NominationKind.INDIVIDUAL, unitId, null, name, position, organisation, type, achievements, null);
    }
}
