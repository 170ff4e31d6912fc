package vn.parindex.appraisal;

import java.util.List;

/**
 * One thing wrong with a survey file: the row it is on (0 when it concerns no row, such as a unit
 * missing from the file) and a translation key with its arguments.
 */
public record SurveyProblem(int row, String messageKey, List<String> arguments) {

    public SurveyProblem {
        arguments = List.copyOf(arguments);
    }

    public static SurveyProblem of(int row, String messageKey, String... arguments) {
        return new SurveyProblem(row, messageKey, List.of(arguments));
    }
}
