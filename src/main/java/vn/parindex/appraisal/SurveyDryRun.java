package vn.parindex.appraisal;

import java.util.List;

/** The check of a survey file before anything is saved: its problems and its effect on each unit. */
public record SurveyDryRun(String fileName, int rows, List<SurveyProblem> problems, List<SurveyUnitEffect> effects) {

    public SurveyDryRun {
        problems = List.copyOf(problems);
        effects = List.copyOf(effects);
    }

    /** Only a file without problems can be imported. */
    public boolean committable() {
        return problems.isEmpty() && rows > 0;
    }
}
