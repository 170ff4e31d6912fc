package vn.parindex.criteria.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.parindex.criteria.Choice;
import vn.parindex.criteria.CriteriaNodeView;
import vn.parindex.criteria.CriteriaProblem;
import vn.parindex.criteria.NodeLevel;
import vn.parindex.criteria.ScoringMethod;

/**
 * The rules a criteria set must meet before self-assessment opens. Problems are reported, never
 * enforced while editing: the secretariat may pass through invalid states on the way to a valid one.
 */
public final class CriteriaValidator {

    private CriteriaValidator() {}

    public static List<CriteriaProblem> validate(
            List<CriteriaNodeView> areas, List<CriteriaNodeView> adjustments, BigDecimal maxTotal) {
        List<CriteriaProblem> problems = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        if (areas.isEmpty()) {
            problems.add(setProblem("criteria.problem.noAreas"));
        }
        BigDecimal total = BigDecimal.ZERO;
        for (CriteriaNodeView area : areas) {
            total = total.add(area.total());
            checkNode(area, problems, codes);
        }
        if (total.compareTo(maxTotal) != 0) {
            problems.add(setProblem("criteria.problem.setTotal", plain(total), plain(maxTotal)));
        }
        for (CriteriaNodeView adjustment : adjustments) {
            checkNames(adjustment, problems);
            checkCode(adjustment, problems, codes);
            BigDecimal min = adjustment.scoring().rangeMin();
            BigDecimal max = adjustment.scoring().rangeMax();
            if (min == null || max == null || min.compareTo(max) > 0 || (min.signum() >= 0 && max.signum() <= 0)) {
                problems.add(problem(adjustment, "criteria.problem.adjustmentRange"));
            }
        }
        return problems;
    }

    private static void checkNode(CriteriaNodeView node, List<CriteriaProblem> problems, Set<String> codes) {
        checkNames(node, problems);
        checkCode(node, problems, codes);
        if (node.maxPoints() == null || node.maxPoints().signum() <= 0) {
            problems.add(problem(node, "criteria.problem.maxRequired"));
        } else if (node.maxPoints().stripTrailingZeros().scale() > 2) {
            problems.add(problem(node, "criteria.problem.decimals"));
        }
        if (node.level() == NodeLevel.COMPONENT) {
            checkRule(node, problems);
            return;
        }
        if (node.children().isEmpty()) {
            problems.add(problem(
                    node,
                    node.level() == NodeLevel.AREA ? "criteria.problem.emptyArea" : "criteria.problem.emptyCriterion"));
            return;
        }
        if (node.maxPoints() != null && node.childrenTotal().compareTo(node.maxPoints()) != 0) {
            problems.add(problem(
                    node, "criteria.problem.childrenSum", plain(node.childrenTotal()), plain(node.maxPoints())));
        }
        for (CriteriaNodeView child : node.children()) {
            checkNode(child, problems, codes);
        }
    }

    private static void checkRule(CriteriaNodeView node, List<CriteriaProblem> problems) {
        ScoringMethod method = node.method();
        BigDecimal max = node.maxPoints();
        if (method == null) {
            problems.add(problem(node, "criteria.problem.methodRequired"));
            return;
        }
        if (max == null || max.signum() <= 0) {
            return;
        }
        switch (method) {
            case RANGE -> {
                BigDecimal min = node.scoring().rangeMin() == null
                        ? BigDecimal.ZERO
                        : node.scoring().rangeMin();
                BigDecimal top =
                        node.scoring().rangeMax() == null ? max : node.scoring().rangeMax();
                BigDecimal step = node.scoring().step();
                if (min.signum() < 0 || min.compareTo(top) >= 0 || top.compareTo(max) > 0) {
                    problems.add(problem(node, "criteria.problem.rangeBounds"));
                } else if (step == null || step.signum() <= 0) {
                    problems.add(problem(node, "criteria.problem.stepRequired"));
                } else if (top.subtract(min).remainder(step).signum() != 0) {
                    problems.add(problem(node, "criteria.problem.stepFit", plain(step)));
                }
            }
            case CHOICES -> {
                List<Choice> choices = node.scoring().choices();
                Set<BigDecimal> seen = new HashSet<>();
                BigDecimal highest = null;
                boolean ok = choices.size() >= 2;
                for (Choice choice : choices) {
                    BigDecimal value = choice.value();
                    if (value == null
                            || value.signum() < 0
                            || value.compareTo(max) > 0
                            || !seen.add(value.stripTrailingZeros())
                            || choice.descriptionVi() == null
                            || choice.descriptionVi().isBlank()) {
                        ok = false;
                    } else if (highest == null || value.compareTo(highest) > 0) {
                        highest = value;
                    }
                }
                if (!ok || highest == null || highest.compareTo(max) != 0) {
                    problems.add(problem(node, "criteria.problem.choices"));
                }
            }
            default -> {
                // YES_NO scores 0 or the maximum; SURVEY is imported: nothing more to check.
            }
        }
    }

    private static void checkNames(CriteriaNodeView node, List<CriteriaProblem> problems) {
        if (node.nameVi() == null
                || node.nameVi().isBlank()
                || node.nameEn() == null
                || node.nameEn().isBlank()) {
            problems.add(problem(node, "criteria.problem.names"));
        }
    }

    private static void checkCode(CriteriaNodeView node, List<CriteriaProblem> problems, Set<String> codes) {
        if (!codes.add(node.code())) {
            problems.add(problem(node, "criteria.problem.duplicateCode"));
        }
    }

    private static CriteriaProblem problem(CriteriaNodeView node, String key, Object... args) {
        List<Object> arguments = new ArrayList<>();
        arguments.add(node.code());
        arguments.addAll(List.of(args));
        return new CriteriaProblem(node.id(), node.code(), key, arguments);
    }

    private static CriteriaProblem setProblem(String key, Object... args) {
        return new CriteriaProblem(null, "", key, List.of(args));
    }

    /** Numbers go into messages as numbers, so each language formats them its own way. */
    private static BigDecimal plain(BigDecimal value) {
        return value.stripTrailingZeros();
    }
}
