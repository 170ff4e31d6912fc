package vn.parindex.appraisal;

import java.math.BigDecimal;

/**
 * What an import changes for one unit: its survey points now (the active import) and after, and its
 * total (final, or else appraised, or else self scores of what applies, plus adjustments) with each.
 */
public record SurveyUnitEffect(
        long unitId,
        String unitCode,
        String unitName,
        BigDecimal surveyBefore,
        BigDecimal surveyAfter,
        BigDecimal totalBefore,
        BigDecimal totalAfter) {

    public BigDecimal change() {
        return surveyAfter.subtract(surveyBefore);
    }
}
