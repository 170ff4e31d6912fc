package vn.parindex.criteria;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tabular layout a province publishes a criteria set in (the XLSX export and import, and the
 * reference CSV files): code, level, names, maximum, method, step or range, allowed values, evidence
 * flag, guidance. Parsing checks the whole table and reports every problem with its row number.
 */
public final class CriteriaRows {

    public static final List<String> COLUMNS = List.of(
            "code",
            "level",
            "name_vi",
            "name_en",
            "max_points",
            "method",
            "step_or_range",
            "choices_vi",
            "choices_en",
            "evidence_required",
            "guidance_vi",
            "guidance_en");
    /** Columns a file must have; guidance may be left out. */
    public static final List<String> REQUIRED = COLUMNS.subList(0, 10);

    private CriteriaRows() {}

    /** The outcome of parsing: the rows in order, or the problems (then nothing may be saved). */
    public record Parsed(List<ImportedNode> nodes, List<ImportProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * Parses a table whose first row is the header. {@code firstRowNumber} is the spreadsheet number of
     * the header row, so problems point at the row a person sees.
     */
    public static Parsed parse(List<List<String>> table, int firstRowNumber) {
        List<ImportProblem> problems = new ArrayList<>();
        if (table.isEmpty()) {
            problems.add(new ImportProblem(firstRowNumber, "import.empty", List.of()));
            return new Parsed(List.of(), problems);
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = table.get(0);
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                problems.add(new ImportProblem(firstRowNumber, "import.missingColumn", List.of(required)));
            }
        }
        if (!problems.isEmpty()) {
            return new Parsed(List.of(), problems);
        }
        List<ImportedNode> nodes = new ArrayList<>();
        Map<String, Integer> rowOfCode = new LinkedHashMap<>();
        Map<String, ImportedNode> byCode = new HashMap<>();
        for (int index = 1; index < table.size(); index++) {
            List<String> cells = table.get(index);
            int rowNumber = firstRowNumber + index;
            Cells row = new Cells(cells, columns);
            if (row.blank()) {
                continue;
            }
            ImportedNode node = parseRow(row, rowNumber, problems);
            if (node == null) {
                continue;
            }
            if (rowOfCode.containsKey(node.code())) {
                problems.add(new ImportProblem(
                        rowNumber, "import.duplicateCode", List.of(node.code(), rowOfCode.get(node.code()))));
                continue;
            }
            if (node.parentCode() != null && node.draft().level() != NodeLevel.ADJUSTMENT) {
                ImportedNode parent = byCode.get(node.parentCode());
                if (parent == null
                        || parent.draft().level().childLevel() != node.draft().level()) {
                    problems.add(new ImportProblem(rowNumber, "import.noParent", List.of(node.code())));
                    continue;
                }
            } else if (node.draft().level() != NodeLevel.AREA && node.draft().level() != NodeLevel.ADJUSTMENT) {
                problems.add(new ImportProblem(rowNumber, "import.noParent", List.of(node.code())));
                continue;
            }
            rowOfCode.put(node.code(), rowNumber);
            byCode.put(node.code(), node);
            nodes.add(node);
        }
        for (ImportedNode parent : nodes) {
            NodeLevel level = parent.draft().level();
            if (level != NodeLevel.AREA && level != NodeLevel.CRITERION
                    || parent.draft().maxPoints() == null) {
                continue;
            }
            BigDecimal sum = nodes.stream()
                    .filter(child -> parent.code().equals(child.parentCode()))
                    .map(child -> child.draft().maxPoints() == null
                            ? BigDecimal.ZERO
                            : child.draft().maxPoints())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(parent.draft().maxPoints()) != 0) {
                problems.add(new ImportProblem(
                        rowOfCode.get(parent.code()),
                        "import.childrenSum",
                        List.of(
                                parent.code(),
                                sum.stripTrailingZeros(),
                                parent.draft().maxPoints().stripTrailingZeros())));
            }
        }
        if (nodes.isEmpty() && problems.isEmpty()) {
            problems.add(new ImportProblem(firstRowNumber, "import.empty", List.of()));
        }
        problems.sort(java.util.Comparator.comparingInt(ImportProblem::row));
        return new Parsed(problems.isEmpty() ? nodes : List.of(), problems);
    }

    private static ImportedNode parseRow(Cells row, int rowNumber, List<ImportProblem> problems) {
        int before = problems.size();
        String code = row.get("code");
        if (code.isEmpty()) {
            problems.add(new ImportProblem(rowNumber, "import.codeRequired", List.of()));
        }
        NodeLevel level = parseEnum(NodeLevel.class, row.get("level"));
        if (level == null) {
            problems.add(new ImportProblem(rowNumber, "import.level", List.of(row.get("level"))));
        }
        String nameVi = row.get("name_vi");
        String nameEn = row.get("name_en");
        if (nameVi.isEmpty() || nameEn.isEmpty()) {
            problems.add(new ImportProblem(rowNumber, "import.names", List.of()));
        }
        BigDecimal max = null;
        String maxText = row.get("max_points");
        if (!maxText.isEmpty()) {
            max = number(maxText);
            if (max == null || max.signum() < 0) {
                problems.add(new ImportProblem(rowNumber, "import.points", List.of(maxText)));
            }
        } else if (level != null && level != NodeLevel.ADJUSTMENT) {
            problems.add(new ImportProblem(rowNumber, "import.points", List.of("")));
        }
        Scoring scoring = Scoring.group(max);
        if (level == NodeLevel.COMPONENT || level == NodeLevel.ADJUSTMENT) {
            ScoringMethod method = level == NodeLevel.ADJUSTMENT
                    ? ScoringMethod.ADJUSTMENT
                    : parseEnum(ScoringMethod.class, row.get("method"));
            if (method == null || (level == NodeLevel.COMPONENT && method == ScoringMethod.ADJUSTMENT)) {
                problems.add(new ImportProblem(rowNumber, "import.method", List.of(row.get("method"))));
            }
            String stepOrRange = row.get("step_or_range");
            scoring = new Scoring(method, max, null, null, null, List.of());
            if (method == ScoringMethod.RANGE) {
                // "step", or "min:max:step" when the range is not 0 to the maximum.
                String[] parts = stepOrRange.split(":");
                BigDecimal step = number(parts[parts.length - 1]);
                if (step == null || step.signum() <= 0 || (parts.length != 1 && parts.length != 3)) {
                    problems.add(new ImportProblem(rowNumber, "import.step", List.of(stepOrRange)));
                }
                scoring = new Scoring(
                        method,
                        max,
                        parts.length == 3 ? number(parts[0]) : BigDecimal.ZERO,
                        parts.length == 3 ? number(parts[1]) : max,
                        step,
                        List.of());
            } else if (method == ScoringMethod.ADJUSTMENT) {
                String[] bounds = stepOrRange.split(":");
                BigDecimal rangeMin = bounds.length == 2 ? number(bounds[0]) : null;
                BigDecimal rangeMax = bounds.length == 2 ? number(bounds[1]) : null;
                if (rangeMin == null || rangeMax == null || rangeMin.compareTo(rangeMax) > 0) {
                    problems.add(new ImportProblem(rowNumber, "import.range", List.of(stepOrRange)));
                }
                scoring = Scoring.adjustment(rangeMin, rangeMax, Scoring.ADJUSTMENT_STEP);
            } else if (method == ScoringMethod.CHOICES) {
                List<Choice> choices = Choices.parse(row.get("choices_vi"), row.get("choices_en"))
                        .orElse(null);
                if (choices == null) {
                    problems.add(new ImportProblem(rowNumber, "import.choices", List.of()));
                    choices = List.of();
                }
                scoring = new Scoring(method, max, null, null, null, choices);
            }
        }
        String evidence = row.get("evidence_required").toUpperCase(Locale.ROOT);
        if (!evidence.isEmpty()
                && !List.of("Y", "N", "YES", "NO", "C", "K", "CÓ", "KHÔNG").contains(evidence)) {
            problems.add(new ImportProblem(rowNumber, "import.evidence", List.of(row.get("evidence_required"))));
        }
        if (problems.size() > before) {
            return null;
        }
        boolean evidenceRequired = List.of("Y", "YES", "C", "CÓ").contains(evidence);
        return new ImportedNode(
                code,
                new NodeDraft(
                        level,
                        nameVi,
                        nameEn,
                        scoring,
                        evidenceRequired,
                        row.get("guidance_vi"),
                        row.get("guidance_en")));
    }

    /**
     * Reads the CSV form of the layout (comma-separated, UTF-8, double quotes around fields holding
     * commas), as the reference tables are published.
     */
    public static List<List<String>> readCsv(java.io.InputStream in) throws java.io.IOException {
        List<List<String>> rows = new ArrayList<>();
        for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\r?\n")) {
            if (!line.isBlank()) {
                rows.add(splitCsvLine(line));
            }
        }
        return rows;
    }

    private static List<String> splitCsvLine(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    /** Formats choices the way {@link #parse} reads them ('|' between entries). */
    public static String formatChoices(List<Choice> choices, boolean english) {
        return Choices.format(choices, english, "|");
    }

    private static BigDecimal number(String text) {
        return Numbers.parse(text);
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String text) {
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private record Cells(List<String> cells, Map<String, Integer> columns) {
        String get(String column) {
            Integer index = columns.get(column);
            if (index == null || index >= cells.size() || cells.get(index) == null) {
                return "";
            }
            return cells.get(index).trim();
        }

        boolean blank() {
            return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
        }
    }
}
