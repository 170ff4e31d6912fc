package vn.parindex.demo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.parindex.criteria.CriteriaCatalog;
import vn.parindex.criteria.CriteriaSetRef;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.period.PeriodSummary;
import vn.parindex.period.Phase;
import vn.parindex.ranking.RankingResults;
import vn.parindex.ranking.ResultPublications;
import vn.parindex.security.RunAs;

/**
 * Freezes the demo's 2022 and 2023 results through the ranking module's own publication code, as the
 * secretariat (noivu), 2022 first so 2023 carries its changes. The council decisions of those years
 * are already published ({@link DemoAppraisals}); what is taken here is the snapshot of what the
 * stored item scores give, at the date the decisions were published.
 */
@Component
@Order(4)
@ConditionalOnProperty(name = "parindex.demo.enabled", havingValue = "true")
class DemoRankings implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRankings.class);

    private final ResultPublications publications;
    private final RankingResults results;
    private final PeriodDirectory periods;
    private final CriteriaCatalog catalog;
    private final RunAs runAs;

    DemoRankings(
            ResultPublications publications,
            RankingResults results,
            PeriodDirectory periods,
            CriteriaCatalog catalog,
            RunAs runAs) {
        this.publications = publications;
        this.results = results;
        this.periods = periods;
        this.catalog = catalog;
        this.runAs = runAs;
    }

    @Override
    public void run(ApplicationArguments args) {
        runAs.asAccount("noivu", () -> {
            for (int year : new int[] {2022, 2023}) {
                PeriodSummary period = periods.byYear(year).orElse(null);
                if (period == null || period.phase() != Phase.PUBLISHED) {
                    continue;
                }
                LocalDate council = period.deadline(Phase.COUNCIL_APPROVAL);
                LocalDate day = council == null ? LocalDate.of(year + 1, 3, 1) : council.plusDays(2);
                for (CriteriaSetRef set : catalog.sets(period.id())) {
                    if (!results.published(period.id(), set.blockId())) {
                        publications.recordPublished(
                                period.id(), set.blockId(), day.atTime(3, 0).toInstant(ZoneOffset.UTC));
                        log.info("Demo data: {} results of block {} published", year, set.blockId());
                    }
                }
            }
        });
    }
}
