package vn.parindex.ranking;

import org.springframework.context.ApplicationContext;
import vn.parindex.assessment.AssessmentFixtures;

/** The explain tests' constructed case for tests of other packages: {this year's period, HCG's block}. */
public final class ExplainFixturesAccess {

    private ExplainFixturesAccess() {}

    public static long[] constructedCase(ApplicationContext context) {
        ExplainFixtures.Years years = ExplainFixtures.constructedCase(context);
        return new long[] {
            years.thisYear(), AssessmentFixtures.unit(context, "HCG").blockId()
        };
    }
}
