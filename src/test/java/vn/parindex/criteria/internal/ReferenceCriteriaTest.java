package vn.parindex.criteria.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import vn.parindex.criteria.CriteriaRows;
import vn.parindex.period.StartingCriteria;

/** The shipped reference sets live outside the demo's folder (production has no demo) and are valid. */
class ReferenceCriteriaTest {

    @Test
    void bothReferenceSetsAreShippedOutsideTheDemoAndParse() throws Exception {
        for (String resource : List.of("criteria/reference-department.csv", "criteria/reference-district.csv")) {
            try (InputStream in = new ClassPathResource(resource).getInputStream()) {
                CriteriaRows.Parsed parsed = CriteriaRows.parse(CriteriaRows.readCsv(in), 1);
                assertThat(parsed.problems()).as(resource).isEmpty();
                assertThat(parsed.nodes()).as(resource).hasSizeGreaterThan(30);
            }
        }
    }

    @Test
    void aFirstPeriodIsOfferedBothReferenceSetsAndAnEmptySetForAnImport() {
        ReferenceCriteria reference = new ReferenceCriteria(null);
        assertThat(reference.startingSets())
                .extracting(StartingCriteria.StartingSet::code)
                .containsExactly(ReferenceCriteria.DEPARTMENT, ReferenceCriteria.DISTRICT, StartingCriteria.EMPTY);
    }
}
