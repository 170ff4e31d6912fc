package vn.parindex.appraisal.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.List;
import vn.parindex.appraisal.AppraiserConsistency;
import vn.parindex.appraisal.AppraiserStats;
import vn.parindex.appraisal.ConsistencyOutlier;
import vn.parindex.appraisal.ConsistencyReport;
import vn.parindex.period.PeriodSummary;
import vn.parindex.security.Role;
import vn.parindex.shared.ui.Formats;

/** The secretariat compares appraisers: figures per appraiser, a chart, and the units where one stands out. */
@Route("appraisal/consistency")
@Menu(title = "menu.consistency", order = 33, icon = "vaadin:scale")
@RolesAllowed(Role.Names.SECRETARIAT)
public class AppraiserConsistencyView extends VerticalLayout implements HasDynamicTitle {

    private final transient AppraiserConsistency consistency;
    private final Select<PeriodSummary> period = new Select<>();
    private final Grid<AppraiserStats> appraisers = new Grid<>();
    private final Div chart = new Div();
    private final Grid<ConsistencyOutlier> outliers = new Grid<>();

    public AppraiserConsistencyView(AppraiserConsistency consistency) {
        this.consistency = consistency;
        setId("consistency-view");
        addClassName("portal-page");
        period.setId("consistency-period");
        period.setLabel(getTranslation("criteria.period"));
        period.setItemLabelGenerator(
                item -> item.year() + " · " + getTranslation(item.phase().labelKey()));
        List<PeriodSummary> periods = consistency.periods();
        period.setItems(periods);

        appraisers.setId("consistency-appraisers");
        appraisers.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        appraisers.setAllRowsVisible(true);
        appraisers
                .addColumn(AppraiserStats::fullName)
                .setHeader(getTranslation("consistency.appraiser"))
                .setFlexGrow(2);
        appraisers.addColumn(AppraiserStats::units).setHeader(getTranslation("consistency.units"));
        appraisers.addColumn(AppraiserStats::itemsReviewed).setHeader(getTranslation("consistency.items"));
        appraisers
                .addColumn(a -> Formats.score(a.shareChanged().multiply(BigDecimal.valueOf(100)), getLocale()) + " %")
                .setHeader(getTranslation("consistency.shareChanged"));
        appraisers.addColumn(a -> score(a.averageDeduction())).setHeader(getTranslation("consistency.average"));
        appraisers.addColumn(a -> score(a.largestDeduction())).setHeader(getTranslation("consistency.largest"));

        chart.setId("consistency-chart");
        outliers.setId("consistency-outliers");
        outliers.addThemeVariants(GridVariant.LUMO_COMPACT);
        outliers.setAllRowsVisible(true);
        outliers.addColumn(ConsistencyOutlier::fullName).setHeader(getTranslation("consistency.appraiser"));
        outliers.addColumn(ConsistencyOutlier::unitName).setHeader(getTranslation("sa.unit"));
        outliers.addColumn(ConsistencyOutlier::items).setHeader(getTranslation("consistency.items"));
        outliers.addColumn(o -> score(o.deduction())).setHeader(getTranslation("consistency.deduction"));
        outliers.addColumn(o -> score(o.othersDeduction())).setHeader(getTranslation("consistency.others"));
        outliers.addColumn(o -> score(o.standardDeviation())).setHeader(getTranslation("consistency.sd"));
        outliers.addColumn(o -> score(o.deviations())).setHeader(getTranslation("consistency.deviations"));

        Paragraph explanation = new Paragraph(getTranslation("consistency.explanation"));
        explanation.addClassName("portal-muted");
        add(
                new H2(getTranslation("consistency.title")),
                explanation,
                period,
                appraisers,
                new H3(getTranslation("consistency.chart")),
                chart,
                new H3(getTranslation("consistency.outliers")),
                outliers);
        period.addValueChangeListener(event -> show());
        periods.stream().findFirst().ifPresent(period::setValue);
    }

    private void show() {
        chart.removeAll();
        PeriodSummary selected = period.getValue();
        if (selected == null) {
            return;
        }
        ConsistencyReport report = consistency.report(selected.id());
        appraisers.setItems(report.appraisers());
        outliers.setItems(report.outliers());
        List<AppraiserStats> reviewed =
                report.appraisers().stream().filter(a -> a.itemsReviewed() > 0).toList();
        if (reviewed.isEmpty()) {
            chart.add(new Paragraph(getTranslation("consistency.none")));
        } else {
            chart.add(DeductionChart.of(reviewed, getLocale(), getTranslation("consistency.chart")));
        }
    }

    private String score(BigDecimal value) {
        return Formats.score(value, getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consistency.title");
    }
}
