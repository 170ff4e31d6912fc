package vn.parindex.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.parindex.leaders.BlockClassification;
import vn.parindex.leaders.ClassificationStatus;
import vn.parindex.leaders.LeaderClassifications;
import vn.parindex.leaders.LeaderRule;
import vn.parindex.leaders.LeaderRuleSets;
import vn.parindex.leaders.Level;
import vn.parindex.organization.BlockSummary;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.organization.UnitAdministration;
import vn.parindex.organization.UnitSummary;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.period.PeriodSummary;
import vn.parindex.security.RunAs;
import vn.parindex.shared.BusinessRuleException;

/**
 * The 2022 and 2023 leader classifications, approved, as the 2023 Hai Duong report states them: the
 * province's rules (top band proposes "excellently", the lowest band caps at "completed"; by band, not
 * by rank, since the last unit of each block kept "well" in 2023) applied to each block's results (the
 * publication, else the draft), submitted by the secretariat ({@code noivu}) and approved by the
 * leader ({@code lanhdao}). Idempotent: a block already classified is left alone.
 */
@Component
@Order(6)
@ConditionalOnProperty(name = "parindex.demo.enabled", havingValue = "true")
class DemoLeaders implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLeaders.class);
    private static final LocalDate HEADS_SINCE = LocalDate.of(2021, 1, 1);

    private final LeaderRuleSets ruleSets;
    private final LeaderClassifications classifications;
    private final PeriodDirectory periods;
    private final OrganizationDirectory organization;
    private final RunAs runAs;
    private final UnitAdministration units;

    DemoLeaders(
            LeaderRuleSets ruleSets,
            LeaderClassifications classifications,
            PeriodDirectory periods,
            OrganizationDirectory organization,
            UnitAdministration units,
            RunAs runAs) {
        this.units = units;
        this.ruleSets = ruleSets;
        this.classifications = classifications;
        this.periods = periods;
        this.organization = organization;
        this.runAs = runAs;
    }

    /** The province's rules of the demo years (Vietnamese: the province writes them). */
    static List<LeaderRule> rules() {
        return List.of(
                LeaderRule.propose(
                        "Nhóm Tốt: đề xuất Hoàn thành xuất sắc nhiệm vụ",
                        "Người đứng đầu đơn vị có Chỉ số CCHC đạt nhóm Tốt (từ 90% trở lên) được đề xuất hoàn thành"
                                + " xuất sắc nhiệm vụ.",
                        Level.EXCELLENT,
                        BigDecimal.valueOf(90),
                        null),
                LeaderRule.otherwise(
                        "Các trường hợp khác: Hoàn thành tốt nhiệm vụ",
                        "Đơn vị không thuộc nhóm Tốt: người đứng đầu được đề xuất hoàn thành tốt nhiệm vụ.",
                        Level.WELL),
                LeaderRule.capBand(
                        "Nhóm Yếu: tối đa Hoàn thành nhiệm vụ",
                        "Đơn vị có Chỉ số CCHC dưới 70% (nhóm Yếu): người đứng đầu không được xếp cao hơn mức hoàn"
                                + " thành nhiệm vụ.",
                        BigDecimal.ZERO,
                        Level.COMPLETED),
                LeaderRule.discipline(
                        "Bị kỷ luật: Không hoàn thành nhiệm vụ",
                        "Người đứng đầu bị kỷ luật trong năm đánh giá được xếp loại không hoàn thành nhiệm vụ"
                                + " (Nghị định 90/2020/NĐ-CP)."),
                LeaderRule.absence(
                        "Vắng từ 3 đến dưới 6 tháng: tối đa Hoàn thành nhiệm vụ",
                        "Người đứng đầu nghỉ làm việc từ 3 tháng đến dưới 6 tháng trong năm không được xếp cao hơn"
                                + " mức hoàn thành nhiệm vụ.",
                        3,
                        6,
                        Level.COMPLETED),
                LeaderRule.shareCap(
                        "Tỷ lệ Hoàn thành xuất sắc không quá 35%",
                        "Số người đứng đầu được xếp loại hoàn thành xuất sắc nhiệm vụ trong một khối không vượt quá"
                                + " 35% số đơn vị được xếp hạng; ưu tiên đơn vị có thứ hạng cao hơn.",
                        Level.EXCELLENT,
                        BigDecimal.valueOf(35)));
    }

    @Override
    public void run(ApplicationArguments args) {
        // The demo's heads led their units before the portal's first day (the report names Ho Ngoc Lam
        // for 2023): their terms start in 2021, so 2022 and 2023 have a head in office.
        runAs.asSystem(() -> {
            for (UnitSummary unit : organization.units()) {
                try {
                    units.headInOfficeSince(unit.id(), HEADS_SINCE);
                } catch (BusinessRuleException refusal) {
                    log.debug("Demo data: head of {} kept as is ({})", unit.code(), refusal.messageKey());
                }
            }
        });
        for (int year : List.of(2022, 2023)) {
            Optional<PeriodSummary> period = runAs.readAsSystem(() -> periods.byYear(year));
            if (period.isEmpty()) {
                continue;
            }
            long periodId = period.get().id();
            List<BlockSummary> blocks = runAs.readAsSystem(organization::blocks);
            for (BlockSummary block : blocks) {
                try {
                    classify(periodId, block.id());
                } catch (BusinessRuleException refusal) {
                    // The portal still starts; DemoLeadersTest names what the demo lacks.
                    log.warn(
                            "Demo data: leaders of {} in {} not classified: {}",
                            block.code(),
                            year,
                            refusal.getMessage());
                }
            }
            log.info("Demo data: leaders of {} classified and approved", year);
        }
    }

    private void classify(long periodId, long blockId) {
        runAs.asAccount("noivu", () -> {
            if (ruleSets.current(periodId).isEmpty()) {
                ruleSets.save(periodId, rules(), 0);
            }
            Optional<BlockClassification> existing = classifications.classification(periodId, blockId);
            if (existing.isPresent() && existing.get().status() != ClassificationStatus.DRAFT) {
                return;
            }
            BlockClassification prepared = classifications.prepare(periodId, blockId);
            classifications.submit(prepared.id(), prepared.version());
        });
        runAs.asAccount("lanhdao", () -> {
            BlockClassification submitted =
                    classifications.classification(periodId, blockId).orElseThrow();
            if (submitted.status() == ClassificationStatus.SUBMITTED) {
                classifications.approve(submitted.id(), submitted.version());
            }
        });
    }
}
