package vn.parindex.organization;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.audit.AuditLog;
import vn.parindex.audit.AuditScope;
import vn.parindex.organization.internal.Block;
import vn.parindex.organization.internal.BlockRepository;
import vn.parindex.organization.internal.HeadTerms;
import vn.parindex.organization.internal.Unit;
import vn.parindex.organization.internal.UnitHead;
import vn.parindex.organization.internal.UnitHeadRepository;
import vn.parindex.organization.internal.UnitRepository;
import vn.parindex.security.Role;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.RowProblem;
import vn.parindex.shared.Spreadsheets;
import vn.parindex.shared.Spreadsheets.SheetRow;
import vn.parindex.shared.TextLimits;

/**
 * Units from an XLSX file: a template, a dry run listing every problem with its row, and a commit
 * that saves all rows or none. A later file updates units by code; units of the file's blocks
 * missing from it are deactivated (never deleted) only when asked. A row may name the units it replaces (mergers) and
 * its head, whose term follows (see {@link HeadTerms}).
 */
@Service
@Transactional
@RolesAllowed({Role.Names.ADMIN, Role.Names.SECRETARIAT})
public class UnitImport {

    /** The template's columns, in order; the file's header row must name them. */
    public static final List<String> COLUMNS = List.of(
            "code",
            "name_vi",
            "name_en",
            "short_name",
            "block_code",
            "head_name",
            "head_title_vi",
            "head_title_en",
            "ranked",
            "head_acting",
            "head_since",
            "replaces");

    private static final int CODE = 0;
    private static final int NAME_VI = 1;
    private static final int NAME_EN = 2;
    private static final int SHORT_NAME = 3;
    private static final int BLOCK = 4;
    private static final int HEAD_NAME = 5;
    private static final int HEAD_TITLE_VI = 6;
    private static final int HEAD_TITLE_EN = 7;
    private static final int RANKED = 8;
    private static final int HEAD_ACTING = 9;
    private static final int HEAD_SINCE = 10;
    private static final int REPLACES = 11;
    private static final Pattern CODE_PATTERN = Pattern.compile("[A-Z0-9_]{2,30}");

    private final UnitRepository units;
    private final BlockRepository blocks;
    private final UnitHeadRepository heads;
    private final AuditLog audit;
    private final Clock clock;

    UnitImport(UnitRepository units, BlockRepository blocks, UnitHeadRepository heads, AuditLog audit, Clock clock) {
        this.units = units;
        this.blocks = blocks;
        this.heads = heads;
        this.audit = audit;
        this.clock = clock;
    }

    /** An empty file with the columns' headers and one example row the user replaces. */
    @Transactional(readOnly = true)
    public byte[] template() {
        List<List<String>> example = List.of(List.of(
                "SNV",
                "Sở Nội vụ",
                "Department of Home Affairs",
                "Sở Nội vụ",
                blocks.findAllByOrderBySortOrderAscCodeAsc().stream()
                        .findFirst()
                        .map(Block::getCode)
                        .orElse("DEPARTMENT"),
                "Nguyễn Văn A",
                "Giám đốc Sở",
                "Director",
                "có",
                "không",
                "",
                ""));
        return Spreadsheets.write("units", COLUMNS, example);
    }

    /** Checks the whole file and says what a commit would do; saves nothing. */
    @Transactional(readOnly = true)
    public UnitImportResult dryRun(byte[] file, boolean deactivateMissing) {
        return run(file, deactivateMissing, false);
    }

    /** Saves every row when the whole file is right, nothing otherwise. */
    public UnitImportResult commit(byte[] file, boolean deactivateMissing) {
        return run(file, deactivateMissing, true);
    }

    private record Row(
            int number,
            String code,
            UnitDraft draft,
            String blockCode,
            boolean acting,
            LocalDate since,
            List<String> replaces) {}

    private UnitImportResult run(byte[] file, boolean deactivateMissing, boolean save) {
        List<SheetRow> sheet;
        try {
            sheet = Spreadsheets.read(file);
        } catch (BusinessRuleException refusal) {
            return failed(List.of(RowProblem.of(0, "", refusal.messageKey(), refusal.arguments())));
        }
        List<RowProblem> problems = new ArrayList<>();
        checkHeader(sheet.get(0), problems);
        if (!problems.isEmpty()) {
            return failed(problems);
        }
        Map<String, Block> blocksByCode =
                blocks.findAll().stream().collect(Collectors.toMap(Block::getCode, block -> block));
        Map<String, Unit> existing = new HashMap<>();
        units.findAllForImport().forEach(unit -> existing.put(unit.getCode(), unit));
        List<Row> rows = parse(sheet, blocksByCode, existing.keySet(), problems);
        if (!problems.isEmpty()) {
            return failed(problems);
        }

        Map<Long, UnitHead> openTerms = new HashMap<>();
        heads.findByTermToIsNull().forEach(term -> openTerms.put(term.getUnitId(), term));
        LocalDate today = LocalDate.now(clock);
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        Map<String, Unit> byCode = new LinkedHashMap<>(existing);
        List<Unit> toCreate = new ArrayList<>();
        List<UnitHead> newTerms = new ArrayList<>();
        List<Runnable> audits = new ArrayList<>();
        for (Row row : rows) {
            Block block = blocksByCode.get(row.blockCode());
            Unit unit = existing.get(row.code());
            if (unit == null) {
                created++;
                if (save) {
                    Unit fresh = new Unit(row.draft(), block);
                    toCreate.add(fresh);
                    byCode.put(row.code(), fresh);
                }
                continue;
            }
            UnitSummary before = unit.toSummary();
            boolean changed = !same(before, row.draft(), block)
                    || !unit.isActive()
                    || headChanged(openTerms.get(unit.getId()), row);
            if (!changed) {
                unchanged++;
                continue;
            }
            updated++;
            if (save) {
                unit.apply(row.draft(), block);
                unit.setActive(true);
                HeadTerms.follow(
                        unit.getId(),
                        openTerms.get(unit.getId()),
                        row.draft().headName(),
                        row.draft().headTitleVi(),
                        row.draft().headTitleEn(),
                        row.acting(),
                        row.since() == null ? today : row.since(),
                        newTerms);
                audits.add(() -> audit.record(
                        AuditScope.unit(unit.getId()), "UNIT_UPDATED", "UNIT", unit.getId(), before, unit.toSummary()));
            }
        }
        // Only the blocks the file covers: a file of communes never deactivates the departments.
        Set<String> inFile = rows.stream().map(Row::code).collect(Collectors.toSet());
        Set<String> blocksInFile = rows.stream().map(Row::blockCode).collect(Collectors.toSet());
        List<Unit> missing = existing.values().stream()
                .filter(unit -> unit.isActive()
                        && !inFile.contains(unit.getCode())
                        && blocksInFile.contains(unit.getBlock().getCode()))
                .toList();
        int deactivated = deactivateMissing ? missing.size() : 0;
        if (!save) {
            return new UnitImportResult(List.of(), rows.size(), created, updated, unchanged, deactivated, false);
        }

        units.saveAll(toCreate);
        Set<String> createdCodes = toCreate.stream().map(Unit::getCode).collect(Collectors.toSet());
        for (Row row : rows) {
            Unit unit = byCode.get(row.code());
            if (createdCodes.contains(row.code())) {
                HeadTerms.follow(
                        unit.getId(),
                        null,
                        row.draft().headName(),
                        row.draft().headTitleVi(),
                        row.draft().headTitleEn(),
                        row.acting(),
                        row.since() == null ? today : row.since(),
                        newTerms);
                audits.add(() -> audit.record(
                        AuditScope.unit(unit.getId()), "UNIT_CREATED", "UNIT", unit.getId(), null, unit.toSummary()));
            }
            Set<Unit> predecessors = row.replaces().stream().map(byCode::get).collect(Collectors.toSet());
            if (!predecessors.equals(unit.getPredecessors())) {
                unit.getPredecessors().clear();
                unit.getPredecessors().addAll(predecessors);
            }
        }
        if (deactivateMissing) {
            for (Unit unit : missing) {
                unit.setActive(false);
                audits.add(() -> audit.record(
                        AuditScope.unit(unit.getId()), "UNIT_DEACTIVATED", "UNIT", unit.getId(), true, false));
            }
        }
        heads.saveAll(newTerms);
        audits.forEach(Runnable::run);
        audit.record(
                "UNITS_IMPORTED",
                "UNIT",
                null,
                null,
                Map.of("rows", rows.size(), "created", created, "updated", updated, "deactivated", deactivated));
        units.flush();
        return new UnitImportResult(List.of(), rows.size(), created, updated, unchanged, deactivated, true);
    }

    private static UnitImportResult failed(List<RowProblem> problems) {
        return new UnitImportResult(List.copyOf(problems), 0, 0, 0, 0, 0, false);
    }

    private static void checkHeader(SheetRow header, List<RowProblem> problems) {
        for (int c = 0; c < COLUMNS.size(); c++) {
            if (!COLUMNS.get(c).equalsIgnoreCase(header.cell(c))) {
                problems.add(
                        RowProblem.of(header.number(), COLUMNS.get(c), "sheet.header", String.join(", ", COLUMNS)));
                return;
            }
        }
    }

    private List<Row> parse(
            List<SheetRow> sheet,
            Map<String, Block> blocksByCode,
            Set<String> existingCodes,
            List<RowProblem> problems) {
        Map<String, Integer> firstRowOfCode = new HashMap<>();
        Map<String, Integer> positions = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (SheetRow line : sheet.subList(1, sheet.size())) {
            if (line.isBlank()) {
                continue;
            }
            int n = line.number();
            int before = problems.size();
            for (int column : line.unsafe()) {
                problems.add(RowProblem.of(n, column(column), "sheet.unsafeCell", line.cell(column)));
            }
            String code = line.cell(CODE).toUpperCase(Locale.ROOT);
            if (code.isEmpty()) {
                problems.add(RowProblem.of(n, column(CODE), "sheet.required"));
            } else if (!CODE_PATTERN.matcher(code).matches()) {
                problems.add(RowProblem.of(n, column(CODE), "sheet.codePattern", code));
            } else if (firstRowOfCode.containsKey(code)) {
                problems.add(RowProblem.of(n, column(CODE), "import.duplicateCode", code, firstRowOfCode.get(code)));
            } else {
                firstRowOfCode.put(code, n);
            }
            text(line, NAME_VI, TextLimits.NAME, true, problems);
            text(line, NAME_EN, TextLimits.NAME, true, problems);
            text(line, SHORT_NAME, TextLimits.SHORT_NAME, true, problems);
            text(line, HEAD_NAME, TextLimits.PERSON_NAME, false, problems);
            text(line, HEAD_TITLE_VI, TextLimits.HEAD_TITLE, false, problems);
            text(line, HEAD_TITLE_EN, TextLimits.HEAD_TITLE, false, problems);
            String blockCode = line.cell(BLOCK).toUpperCase(Locale.ROOT);
            if (blockCode.isEmpty()) {
                problems.add(RowProblem.of(n, column(BLOCK), "sheet.required"));
            } else if (!blocksByCode.containsKey(blockCode)) {
                problems.add(RowProblem.of(n, column(BLOCK), "sheet.unknownBlock", blockCode));
            }
            Boolean ranked = Spreadsheets.yesNo(line.cell(RANKED), true);
            if (ranked == null) {
                problems.add(RowProblem.of(n, column(RANKED), "sheet.yesNo", line.cell(RANKED)));
            }
            Boolean acting = Spreadsheets.yesNo(line.cell(HEAD_ACTING), false);
            if (acting == null) {
                problems.add(RowProblem.of(n, column(HEAD_ACTING), "sheet.yesNo", line.cell(HEAD_ACTING)));
            }
            LocalDate since = null;
            try {
                since = Spreadsheets.date(line.cell(HEAD_SINCE));
            } catch (DateTimeParseException e) {
                problems.add(RowProblem.of(n, column(HEAD_SINCE), "sheet.date", line.cell(HEAD_SINCE)));
            }
            List<String> replaces = Arrays.stream(line.cell(REPLACES).split("[,;\\s]+"))
                    .map(value -> value.trim().toUpperCase(Locale.ROOT))
                    .filter(value -> !value.isEmpty())
                    .distinct()
                    .toList();
            if (replaces.contains(code)) {
                problems.add(RowProblem.of(n, column(REPLACES), "sheet.replacesItself", code));
            }
            if (problems.size() > before) {
                continue;
            }
            int position = positions.merge(blockCode, 1, Integer::sum);
            rows.add(new Row(
                    n,
                    code,
                    new UnitDraft(
                            code,
                            line.cell(NAME_VI),
                            line.cell(NAME_EN),
                            line.cell(SHORT_NAME),
                            null,
                            ranked,
                            line.cell(HEAD_NAME),
                            line.cell(HEAD_TITLE_VI),
                            line.cell(HEAD_TITLE_EN),
                            position),
                    blockCode,
                    acting,
                    since,
                    replaces));
        }
        // Predecessors are units already known or rows of this very file.
        for (Row row : rows) {
            for (String predecessor : row.replaces()) {
                if (!existingCodes.contains(predecessor) && !firstRowOfCode.containsKey(predecessor)) {
                    problems.add(RowProblem.of(row.number(), column(REPLACES), "sheet.unknownCode", predecessor));
                }
            }
        }
        return rows;
    }

    private static void text(SheetRow line, int column, int limit, boolean required, List<RowProblem> problems) {
        String value = line.cell(column);
        if (required && value.isEmpty()) {
            problems.add(RowProblem.of(line.number(), column(column), "sheet.required"));
        } else if (value.length() > limit) {
            problems.add(RowProblem.of(line.number(), column(column), "sheet.tooLong", limit));
        }
    }

    private static String column(int index) {
        return COLUMNS.get(index);
    }

    private static boolean same(UnitSummary unit, UnitDraft draft, Block block) {
        return unit.nameVi().equals(draft.nameVi())
                && unit.nameEn().equals(draft.nameEn())
                && unit.shortName().equals(draft.shortName())
                && unit.blockId() == block.getId()
                && unit.ranked() == draft.ranked()
                && Objects.equals(unit.headName(), blankToNull(draft.headName()))
                && Objects.equals(unit.headTitleVi(), blankToNull(draft.headTitleVi()))
                && Objects.equals(unit.headTitleEn(), blankToNull(draft.headTitleEn()))
                && unit.sortOrder() == draft.sortOrder();
    }

    private static boolean headChanged(UnitHead open, Row row) {
        String name = blankToNull(row.draft().headName());
        if (open == null) {
            return name != null;
        }
        return !open.getName().equals(name) || open.isActing() != row.acting();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
