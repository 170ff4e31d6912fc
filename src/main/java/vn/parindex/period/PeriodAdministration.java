package vn.parindex.period;

import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.audit.AuditLog;
import vn.parindex.audit.AuditScope;
import vn.parindex.organization.BlockSummary;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.period.internal.AssessmentPeriod;
import vn.parindex.period.internal.DeadlineExtension;
import vn.parindex.period.internal.DeadlineExtensionRepository;
import vn.parindex.period.internal.PeriodRepository;
import vn.parindex.period.internal.RankingBandEntry;
import vn.parindex.period.internal.RankingBandRepository;
import vn.parindex.security.Role;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.ConcurrentEditException;
import vn.parindex.shared.TextLimits;

/**
 * The secretariat prepares and runs each year's assessment: creates the period (copying last year's
 * criteria sets and bands), sets deadlines and bands, moves the phase, grants extensions.
 */
@Service
@Transactional
@RolesAllowed(Role.Names.SECRETARIAT)
public class PeriodAdministration {

    private static final String ENTITY = "PERIOD";

    private final PeriodRepository periods;
    private final RankingBandRepository bands;
    private final DeadlineExtensionRepository extensions;
    private final List<PhaseChangeCheck> phaseChecks;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;
    private final OrganizationDirectory organization;

    /** A first period's bands: the demo's, and the usual provincial ones; the secretariat edits them. */
    static final List<RankingBand> DEFAULT_BANDS = List.of(
            new RankingBand(BigDecimal.valueOf(90), "Tốt", "Good"),
            new RankingBand(BigDecimal.valueOf(80), "Khá", "Fairly good"),
            new RankingBand(BigDecimal.valueOf(70), "Trung bình", "Average"),
            new RankingBand(BigDecimal.ZERO, "Yếu", "Weak"));

    PeriodAdministration(
            PeriodRepository periods,
            RankingBandRepository bands,
            DeadlineExtensionRepository extensions,
            List<PhaseChangeCheck> phaseChecks,
            ApplicationEventPublisher events,
            AuditLog audit,
            Clock clock,
            OrganizationDirectory organization) {
        this.periods = periods;
        this.bands = bands;
        this.extensions = extensions;
        this.phaseChecks = phaseChecks;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
        this.organization = organization;
    }

    /**
     * Creates the period of a year. The latest earlier period is its predecessor: its bands are copied
     * here and its criteria sets by the criteria module, each copied node mapped to its source.
     */
    public long createPeriod(int year, String titleVi, String titleEn) {
        return createPeriod(year, titleVi, titleEn, Map.of());
    }

    /**
     * Creates the period; a first period (no earlier year) gets the default bands (90, 80, 70, 0) for
     * every block, editable as ever, and each block's criteria from {@code startingSets} (block id to
     * a {@link StartingCriteria} code), applied by the criteria module.
     */
    public long createPeriod(int year, String titleVi, String titleEn, Map<Long, String> startingSets) {
        if (year < 2000 || year > 2100) {
            throw new BusinessRuleException("period.year.invalid");
        }
        if (periods.existsByYear(year)) {
            throw new BusinessRuleException("period.year.taken", String.valueOf(year));
        }
        if (titleVi == null || titleVi.isBlank() || titleEn == null || titleEn.isBlank()) {
            throw new BusinessRuleException("period.title.required");
        }
        Long previousId = periods.findFirstByYearLessThanOrderByYearDesc(year)
                .map(AssessmentPeriod::getId)
                .orElse(null);
        AssessmentPeriod period = periods.saveAndFlush(
                new AssessmentPeriod(year, titleVi.trim(), titleEn.trim(), previousId, Instant.now(clock)));
        if (previousId != null) {
            int position = 0;
            for (RankingBandEntry band : bands.findByPeriodIdOrderByBlockIdAscPositionAsc(previousId)) {
                bands.save(new RankingBandEntry(period.getId(), band.getBlockId(), position++, band.toBand()));
            }
        } else {
            for (BlockSummary block : organization.blocks()) {
                int position = 0;
                for (RankingBand band : DEFAULT_BANDS) {
                    bands.save(new RankingBandEntry(period.getId(), block.id(), position++, band));
                }
            }
        }
        audit.record(
                AuditScope.period(period.getId()), "PERIOD_CREATED", ENTITY, period.getId(), null, period.toSummary());
        events.publishEvent(
                new PeriodCreated(period.getId(), year, previousId, previousId == null ? startingSets : Map.of()));
        return period.getId();
    }

    public void setDeadlines(long periodId, long expectedVersion, Map<Phase, LocalDate> deadlines) {
        AssessmentPeriod period = load(periodId);
        ConcurrentEditException.check(period.getVersion(), expectedVersion);
        LocalDate previous = null;
        for (Phase phase : Phase.values()) {
            LocalDate deadline = deadlines.get(phase);
            if (deadline != null && previous != null && deadline.isBefore(previous)) {
                throw new BusinessRuleException("period.deadlines.order");
            }
            if (deadline != null) {
                previous = deadline;
            }
        }
        Map<Phase, LocalDate> before = new LinkedHashMap<>(period.getDeadlines());
        for (Phase phase : Phase.values()) {
            period.setDeadline(phase, deadlines.get(phase));
        }
        periods.saveAndFlush(period);
        audit.record(
                AuditScope.period(periodId),
                "PERIOD_DEADLINES_CHANGED",
                ENTITY,
                periodId,
                before,
                period.getDeadlines());
    }

    /** Replaces a block's bands; each needs a name and a distinct minimum between 0 and 100. */
    public void setBands(long periodId, long blockId, List<RankingBand> newBands) {
        AssessmentPeriod period = load(periodId);
        if (period.getPhase().criteriaFrozen()) {
            throw new BusinessRuleException("period.frozen");
        }
        List<RankingBand> sorted = new ArrayList<>(newBands);
        sorted.sort((a, b) -> b.minIndex().compareTo(a.minIndex()));
        for (int i = 0; i < sorted.size(); i++) {
            RankingBand band = sorted.get(i);
            if (band.minIndex() == null
                    || band.minIndex().signum() < 0
                    || band.minIndex().compareTo(HUNDRED) > 0) {
                throw new BusinessRuleException("band.min.range");
            }
            if (band.nameVi() == null
                    || band.nameVi().isBlank()
                    || band.nameEn() == null
                    || band.nameEn().isBlank()) {
                throw new BusinessRuleException("band.name.required");
            }
            if (i > 0 && sorted.get(i - 1).minIndex().compareTo(band.minIndex()) == 0) {
                throw new BusinessRuleException("band.min.duplicate");
            }
        }
        List<RankingBand> before = bands.findByPeriodIdAndBlockIdOrderByPositionAsc(periodId, blockId).stream()
                .map(RankingBandEntry::toBand)
                .toList();
        bands.deleteBands(periodId, blockId);
        int position = 0;
        for (RankingBand band : sorted) {
            bands.save(new RankingBandEntry(periodId, blockId, position++, band));
        }
        audit.record(
                AuditScope.period(periodId), "PERIOD_BANDS_CHANGED", ENTITY, periodId + "/" + blockId, before, sorted);
    }

    /** Moves the period one phase forward, when nothing blocks it. */
    public PeriodSummary advance(long periodId, Phase expectedCurrent) {
        AssessmentPeriod period = load(periodId);
        Phase current = period.getPhase();
        if (current != expectedCurrent) {
            throw new ConcurrentEditException();
        }
        if (current == Phase.CLOSED) {
            throw new BusinessRuleException("phase.alreadyClosed");
        }
        Phase target = current.next();
        List<BusinessRuleException> problems = problemsBefore(periodId, target);
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        period.moveTo(target);
        periods.saveAndFlush(period);
        audit.record(AuditScope.period(periodId), "PERIOD_PHASE_ADVANCED", ENTITY, periodId, current, target);
        events.publishEvent(new PhaseChanged(periodId, current, target));
        return period.toSummary();
    }

    /** Everything that would block moving the period to {@code target}, for showing before the click. */
    @Transactional(readOnly = true)
    public List<BusinessRuleException> problemsBefore(long periodId, Phase target) {
        List<BusinessRuleException> problems = new ArrayList<>();
        for (PhaseChangeCheck check : phaseChecks) {
            problems.addAll(check.problemsBefore(periodId, target));
        }
        return problems;
    }

    /**
     * Moves the period one phase back (reopening a step); needs a reason and is audited. Published
     * results are final: a published or closed period never goes back.
     */
    public PeriodSummary moveBack(long periodId, Phase expectedCurrent, String reason) {
        AssessmentPeriod period = load(periodId);
        Phase current = period.getPhase();
        if (current != expectedCurrent) {
            throw new ConcurrentEditException();
        }
        if (current == Phase.PREPARATION) {
            throw new BusinessRuleException("phase.alreadyFirst");
        }
        if (current.isAtLeast(Phase.PUBLISHED)) {
            throw new BusinessRuleException("phase.publishedFinal");
        }
        requireReason(reason);
        Phase target = current.previous();
        period.moveTo(target);
        periods.saveAndFlush(period);
        audit.record(
                AuditScope.period(periodId),
                "PERIOD_PHASE_REOPENED",
                ENTITY,
                periodId,
                current,
                Map.of("phase", target, "reason", reason));
        events.publishEvent(new PhaseChanged(periodId, current, target));
        return period.toSummary();
    }

    /** Gives one unit a later deadline for one phase. */
    public long extendDeadline(long periodId, long unitId, Phase phase, LocalDate deadline, String reason) {
        AssessmentPeriod period = load(periodId);
        requireReason(reason);
        LocalDate general = period.getDeadlines().get(phase);
        if (deadline == null || (general != null && !deadline.isAfter(general))) {
            throw new BusinessRuleException("extension.notLater");
        }
        String actor = SecurityContextHolder.getContext().getAuthentication().getName();
        DeadlineExtension extension = extensions.save(
                new DeadlineExtension(periodId, unitId, phase, deadline, reason.trim(), actor, Instant.now(clock)));
        audit.record(
                AuditScope.of(unitId, periodId),
                "DEADLINE_EXTENDED",
                ENTITY,
                periodId + "/" + unitId,
                general,
                extension.toSummary());
        return extension.getId();
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("reason.required");
        }
        if (reason.length() > TextLimits.REASON) {
            throw new BusinessRuleException("field.tooLong");
        }
    }

    private AssessmentPeriod load(long periodId) {
        return periods.findById(periodId).orElseThrow(() -> new BusinessRuleException("period.notFound"));
    }

    private static final java.math.BigDecimal HUNDRED = java.math.BigDecimal.valueOf(100);
}
