package vn.parindex.appraisal;

import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.appraisal.internal.SurveyFileReader;
import vn.parindex.appraisal.internal.SurveyFileReader.SurveyRow;
import vn.parindex.appraisal.internal.SurveyImport;
import vn.parindex.appraisal.internal.SurveyImportRepository;
import vn.parindex.appraisal.internal.SurveyQueries;
import vn.parindex.appraisal.internal.SurveyQueries.SurveyComponent;
import vn.parindex.audit.AuditLog;
import vn.parindex.audit.AuditScope;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.organization.UnitSummary;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.period.PeriodSummary;
import vn.parindex.period.Phase;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.CurrentUserService;
import vn.parindex.security.Role;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.Locales;
import vn.parindex.shared.TextLimits;

/**
 * The secretariat imports the sociological survey's points per unit and SURVEY component from XLSX or
 * CSV: a dry run lists every problem with its row and the effect on each unit's total; only a file
 * without problems is saved, in one transaction, replacing (and keeping, inactive) the earlier
 * import. Nobody imports points for their own unit: such rows are refused, and the own unit's
 * points stay as the earlier import had them.
 */
@Service
@Transactional
@RolesAllowed(Role.Names.SECRETARIAT)
public class SurveyImports {

    /** The largest survey file accepted. */
    public static final int MAX_FILE_BYTES = SurveyFileReader.MAX_BYTES;

    private static final String ENTITY = "SURVEY_IMPORT";

    /** From the council's appraisal until its vote; once voting has started the survey is fixed. */
    private static final Set<Phase> IMPORT_PHASES =
            EnumSet.of(Phase.APPRAISAL, Phase.EXPLANATION, Phase.FINAL_APPRAISAL, Phase.COUNCIL_APPROVAL);

    private final SurveyImportRepository imports;
    private final SurveyQueries queries;
    private final OrganizationDirectory organization;
    private final PeriodDirectory periods;
    private final CurrentUserService currentUser;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    SurveyImports(
            SurveyImportRepository imports,
            SurveyQueries queries,
            OrganizationDirectory organization,
            PeriodDirectory periods,
            CurrentUserService currentUser,
            AuditLog audit,
            JdbcTemplate jdbc,
            Clock clock) {
        this.imports = imports;
        this.queries = queries;
        this.organization = organization;
        this.periods = periods;
        this.currentUser = currentUser;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Periods a survey can be imported into now. */
    @Transactional(readOnly = true)
    public List<PeriodSummary> periods() {
        return periods.periods().stream()
                .filter(period -> IMPORT_PHASES.contains(period.phase()))
                .toList();
    }

    /** Checks the file and shows what it would change; saves nothing. */
    @Transactional(readOnly = true)
    public SurveyDryRun dryRun(long periodId, String fileName, byte[] content) {
        return check(periodId, fileName, content).result();
    }

    /** Imports a file without problems, replacing the period's earlier import. Returns the import id. */
    public long commit(long periodId, String fileName, byte[] content) {
        queries.lockPeriod(periodId);
        Checked checked = check(periodId, fileName, content);
        if (!checked.result().committable()) {
            throw new BusinessRuleException(
                    "survey.commit.problems",
                    String.valueOf(checked.result().problems().size()));
        }
        Long previousId = null;
        for (SurveyImport previous : imports.findByPeriodIdAndActiveTrue(periodId)) {
            previous.deactivate();
            previousId = previous.getId();
            audit.record(
                    AuditScope.period(periodId),
                    "SURVEY_IMPORT_REPLACED",
                    ENTITY,
                    previous.getId(),
                    Map.of("file", previous.getFileName(), "active", true),
                    Map.of("active", false));
        }
        String actor = currentUser.require().username();
        SurveyImport next = imports.saveAndFlush(new SurveyImport(periodId, clip(fileName), actor, Instant.now(clock)));
        List<Object[]> points = new ArrayList<>();
        checked.values()
                .forEach((unitId, byNode) -> byNode.forEach(
                        (nodeId, value) -> points.add(new Object[] {next.getId(), unitId, nodeId, value})));
        jdbc.batchUpdate("insert into survey_point (import_id, unit_id, node_id, points) values (?, ?, ?, ?)", points);
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        for (SurveyUnitEffect effect : checked.result().effects()) {
            totals.put(effect.unitCode(), effect.surveyAfter());
        }
        audit.record(
                AuditScope.period(periodId),
                "SURVEY_IMPORTED",
                ENTITY,
                next.getId(),
                previousId == null ? null : Map.of("import", previousId),
                Map.of(
                        "period",
                        periodId,
                        "file",
                        next.getFileName(),
                        "points",
                        points.size(),
                        "surveyTotals",
                        totals));
        return next.getId();
    }

    /** The period's imports, newest first. */
    @Transactional(readOnly = true)
    public List<SurveyImportSummary> imports(long periodId) {
        Map<Long, Integer> sizes = queries.importSizes(periodId).stream()
                .collect(Collectors.toMap(SurveyQueries.ImportSize::importId, SurveyQueries.ImportSize::points));
        return imports.findByPeriodIdOrderByImportedAtDescIdDesc(periodId).stream()
                .map(i -> new SurveyImportSummary(
                        i.getId(),
                        i.getFileName(),
                        i.isActive(),
                        i.getImportedBy(),
                        i.getImportedAt(),
                        sizes.getOrDefault(i.getId(), 0)))
                .toList();
    }

    /**
     * An XLSX with a row per unit and SURVEY component (the caller's own unit left out), holding the
     * points of the active import where there are some; the names after the three columns read are
     * for the reader.
     */
    @Transactional(readOnly = true)
    public byte[] template(long periodId, Locale locale) {
        Long ownUnit = currentUser.require().unitId();
        Map<Long, List<SurveyComponent>> components = componentsByBlock(periodId);
        Set<String> excluded = excludedKeys(periodId);
        Map<String, BigDecimal> stored = new HashMap<>();
        queries.activePoints(periodId).forEach(p -> stored.put(key(p.unitId(), p.nodeId()), p.points()));
        try (Workbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("survey");
            Row header = sheet.createRow(0);
            String[] titles = {"unit_code", "component_code", "points", "unit", "component", "max"};
            for (int c = 0; c < titles.length; c++) {
                header.createCell(c).setCellValue(titles[c]);
            }
            int r = 1;
            for (UnitSummary unit : activeUnits()) {
                if (unit.id() == (ownUnit == null ? -1 : ownUnit)) {
                    continue;
                }
                for (SurveyComponent component : components.getOrDefault(unit.blockId(), List.of())) {
                    if (excluded.contains(key(unit.id(), component.nodeId()))) {
                        continue;
                    }
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(unit.code());
                    row.createCell(1).setCellValue(component.code());
                    BigDecimal value = stored.get(key(unit.id(), component.nodeId()));
                    if (value != null) {
                        row.createCell(2).setCellValue(value.doubleValue());
                    }
                    row.createCell(3).setCellValue(unit.name(locale));
                    row.createCell(4).setCellValue(Locales.pick(locale, component.nameVi(), component.nameEn()));
                    row.createCell(5).setCellValue(component.maxPoints().doubleValue());
                }
            }
            sheet.setColumnWidth(3, 40 * 256);
            sheet.setColumnWidth(4, 40 * 256);
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Checked(SurveyDryRun result, Map<Long, Map<Long, BigDecimal>> values) {}

    private Checked check(long periodId, String fileName, byte[] content) {
        PeriodSummary period = periods.period(periodId);
        if (!IMPORT_PHASES.contains(period.phase())) {
            throw new BusinessRuleException("survey.phase");
        }
        if (queries.votingStarted(periodId)) {
            throw new BusinessRuleException("survey.votingStarted");
        }
        Map<Long, List<SurveyComponent>> components = componentsByBlock(periodId);
        if (components.isEmpty()) {
            throw new BusinessRuleException("survey.noComponents");
        }
        List<SurveyRow> rows = SurveyFileReader.read(fileName, content);
        CurrentUser me = currentUser.require();
        List<UnitSummary> units = activeUnits();
        Map<String, UnitSummary> byCode = units.stream()
                .collect(Collectors.toMap(u -> u.code().toUpperCase(Locale.ROOT), Function.identity(), (a, b) -> a));
        Set<String> excluded = excludedKeys(periodId);
        List<SurveyProblem> problems = new ArrayList<>();
        Map<Long, Map<Long, BigDecimal>> values = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (SurveyRow row : rows) {
            UnitSummary unit = byCode.get(row.unitCode().toUpperCase(Locale.ROOT));
            if (unit == null) {
                problems.add(SurveyProblem.of(row.row(), "survey.row.unknownUnit", row.unitCode()));
                continue;
            }
            if (me.unitId() != null && me.unitId() == unit.id()) {
                problems.add(SurveyProblem.of(row.row(), "survey.row.ownUnit", unit.code()));
                continue;
            }
            SurveyComponent component = components.getOrDefault(unit.blockId(), List.of()).stream()
                    .filter(c -> c.code().equals(row.componentCode()))
                    .findFirst()
                    .orElse(null);
            if (component == null) {
                problems.add(
                        SurveyProblem.of(row.row(), "survey.row.unknownComponent", row.componentCode(), unit.code()));
                continue;
            }
            if (excluded.contains(key(unit.id(), component.nodeId()))) {
                problems.add(SurveyProblem.of(row.row(), "survey.row.notApplicable", component.code(), unit.code()));
                continue;
            }
            String duplicateKey = key(unit.id(), component.nodeId());
            Integer first = seen.putIfAbsent(duplicateKey, row.row());
            if (first != null) {
                problems.add(SurveyProblem.of(
                        row.row(), "survey.row.duplicate", unit.code(), component.code(), String.valueOf(first)));
                continue;
            }
            if (row.formula()) {
                problems.add(SurveyProblem.of(row.row(), "survey.row.formula"));
                continue;
            }
            if (row.splitDecimal() != null) {
                // Never guess: "7,5" unquoted in a comma-separated file could be 7 or 7.5.
                problems.add(SurveyProblem.of(row.row(), "survey.row.splitDecimal", row.splitDecimal()));
                continue;
            }
            BigDecimal points = parse(row.points());
            if (points == null) {
                problems.add(
                        row.points().isBlank()
                                ? SurveyProblem.of(row.row(), "survey.row.pointsMissing")
                                : SurveyProblem.of(row.row(), "survey.row.pointsInvalid", row.points()));
                continue;
            }
            if (points.stripTrailingZeros().scale() > 2) {
                problems.add(SurveyProblem.of(row.row(), "survey.row.pointsDecimals", row.points()));
                continue;
            }
            if (points.signum() < 0 || points.compareTo(component.maxPoints()) > 0) {
                problems.add(SurveyProblem.of(
                        row.row(),
                        "survey.row.pointsRange",
                        points.stripTrailingZeros().toPlainString(),
                        component.maxPoints().stripTrailingZeros().toPlainString()));
                continue;
            }
            values.computeIfAbsent(unit.id(), id -> new LinkedHashMap<>()).put(component.nodeId(), points.setScale(2));
        }
        Map<Long, Map<Long, BigDecimal>> stored = new HashMap<>();
        queries.activePoints(periodId)
                .forEach(p -> stored.computeIfAbsent(p.unitId(), id -> new HashMap<>())
                        .put(p.nodeId(), p.points()));
        for (UnitSummary unit : units) {
            List<SurveyComponent> applicable = components.getOrDefault(unit.blockId(), List.of()).stream()
                    .filter(c -> !excluded.contains(key(unit.id(), c.nodeId())))
                    .toList();
            if (applicable.isEmpty()) {
                continue;
            }
            if (me.unitId() != null && me.unitId() == unit.id()) {
                // Left as the earlier import had it; someone else imports it.
                if (stored.containsKey(unit.id())) {
                    values.put(unit.id(), new LinkedHashMap<>(stored.get(unit.id())));
                }
                continue;
            }
            Map<Long, BigDecimal> given = values.get(unit.id());
            boolean anyRow =
                    given != null || rows.stream().anyMatch(r -> r.unitCode().equalsIgnoreCase(unit.code()));
            if (!anyRow) {
                problems.add(SurveyProblem.of(0, "survey.missing.unit", unit.code()));
                continue;
            }
            for (SurveyComponent component : applicable) {
                boolean typed = rows.stream()
                        .anyMatch(r -> r.unitCode().equalsIgnoreCase(unit.code())
                                && r.componentCode().equals(component.code()));
                if (!typed) {
                    problems.add(SurveyProblem.of(0, "survey.missing.component", unit.code(), component.code()));
                }
            }
        }
        Map<Long, BigDecimal> baseTotals = new HashMap<>();
        queries.totalsWithoutSurvey(periodId).forEach(t -> baseTotals.put(t.unitId(), t.total()));
        List<SurveyUnitEffect> effects = new ArrayList<>();
        for (UnitSummary unit : units) {
            if (!components.containsKey(unit.blockId())) {
                continue;
            }
            BigDecimal before = sum(stored.get(unit.id()));
            BigDecimal after = sum(values.get(unit.id()));
            BigDecimal base = baseTotals.getOrDefault(unit.id(), BigDecimal.ZERO);
            effects.add(new SurveyUnitEffect(
                    unit.id(), unit.code(), unit.shortName(), before, after, base.add(before), base.add(after)));
        }
        problems.sort((a, b) -> Integer.compare(
                a.row() == 0 ? Integer.MAX_VALUE : a.row(), b.row() == 0 ? Integer.MAX_VALUE : b.row()));
        return new Checked(new SurveyDryRun(fileName, rows.size(), problems, effects), values);
    }

    private List<UnitSummary> activeUnits() {
        return organization.units().stream().filter(UnitSummary::active).toList();
    }

    private Map<Long, List<SurveyComponent>> componentsByBlock(long periodId) {
        return queries.components(periodId).stream()
                .collect(Collectors.groupingBy(SurveyComponent::blockId, LinkedHashMap::new, Collectors.toList()));
    }

    private Set<String> excludedKeys(long periodId) {
        return queries.excluded(periodId).stream()
                .map(e -> key(e.unitId(), e.nodeId()))
                .collect(Collectors.toSet());
    }

    /** "1.5" or "1,5"; null when it is no plain decimal number. */
    static BigDecimal parse(String text) {
        if (text == null) {
            return null;
        }
        String value = text.trim();
        if (value.indexOf(',') >= 0 && value.indexOf('.') < 0) {
            value = value.replace(',', '.');
        }
        if (!value.matches("-?[0-9]+(\\.[0-9]+)?")) {
            return null;
        }
        return new BigDecimal(value);
    }

    private static BigDecimal sum(Map<Long, BigDecimal> values) {
        return values == null
                ? BigDecimal.ZERO.setScale(2)
                : values.values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private static String key(long unitId, long nodeId) {
        return unitId + ":" + nodeId;
    }

    private static String clip(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "survey" : fileName.trim();
        return name.length() > TextLimits.NAME ? name.substring(0, TextLimits.NAME) : name;
    }
}
