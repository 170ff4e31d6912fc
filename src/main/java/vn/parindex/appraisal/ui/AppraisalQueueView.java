package vn.parindex.appraisal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import vn.parindex.appraisal.Appraisals;
import vn.parindex.appraisal.QueueEntry;
import vn.parindex.period.PeriodSummary;
import vn.parindex.security.Role;

/** A council member's queue: their assigned units of a period, each appraisal's state and progress. */
@Route("appraisal")
@Menu(title = "menu.appraisal", order = 15, icon = "vaadin:clipboard-check")
@RolesAllowed(Role.Names.COUNCIL_MEMBER)
public class AppraisalQueueView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient Appraisals appraisals;
    private final Select<PeriodSummary> period = new Select<>();
    private final Grid<QueueEntry> grid = new Grid<>();

    public AppraisalQueueView(Appraisals appraisals) {
        this.appraisals = appraisals;
        setId("appraisal-queue-view");
        addClassName("portal-page");
        setSizeFull();
        period.setId("ap-queue-period");
        period.setLabel(getTranslation("criteria.period"));
        period.setItemLabelGenerator(
                item -> item.year() + " · " + getTranslation(item.phase().labelKey()));
        period.addValueChangeListener(event -> refresh());
        grid.setId("ap-queue");
        grid.addColumn(entry -> entry.unit().shortName() + " – " + entry.unit().name(getLocale()))
                .setHeader(getTranslation("sa.unit"))
                .setTooltipGenerator(entry -> entry.unit().name(getLocale()))
                .setFlexGrow(3);
        grid.addColumn(entry -> getTranslation(
                        entry.submitted() ? "appraisal.queue.submitted" : "appraisal.queue.notSubmitted"))
                .setHeader(getTranslation("appraisal.queue.selfAssessment"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(entry -> getTranslation(entry.status().labelKey())
                        + (entry.notRanked() ? " · " + getTranslation("appraisal.queue.notRanked") : ""))
                .setHeader(getTranslation("appraisal.queue.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(entry ->
                        getTranslation("appraisal.queue.progress", entry.appraised(), entry.items(), entry.changed()))
                .setHeader(getTranslation("appraisal.queue.appraised"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(entry -> getTranslation("appraisal.queue.questions", entry.questions(), entry.answers()))
                .setHeader(getTranslation("appraisal.queue.explanations"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(entry -> entry.finals() + "/" + entry.items())
                .setHeader(getTranslation("appraisal.queue.finals"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(entry -> {
                    Button open = new Button(getTranslation("appraisal.queue.open"));
                    open.setId("ap-open-" + entry.unit().code());
                    open.setEnabled(entry.assessmentId() != null);
                    open.addClickListener(event -> open.getUI()
                            .ifPresent(ui -> ui.navigate(
                                    AppraisalSheetView.class,
                                    QueryParameters.simple(Map.of(
                                            "period",
                                            String.valueOf(entry.periodId()),
                                            "unit",
                                            String.valueOf(entry.unit().id()))))));
                    return open;
                })
                .setAutoWidth(true)
                .setFlexGrow(0);
        add(new H2(getTranslation("appraisal.queue.title")), period, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("appraisal.queue.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<PeriodSummary> periods = appraisals.periods();
        period.setItems(periods);
        if (!periods.isEmpty()) {
            Long wanted = event.getLocation()
                    .getQueryParameters()
                    .getSingleParameter("period")
                    .map(text -> {
                        try {
                            return Long.parseLong(text);
                        } catch (NumberFormatException e) {
                            return null;
                        }
                    })
                    .orElse(null);
            period.setValue(periods.stream()
                    .filter(candidate -> wanted != null && candidate.id() == wanted)
                    .findFirst()
                    .orElse(periods.get(0)));
        }
    }

    private void refresh() {
        grid.setItems(
                period.getValue() == null
                        ? List.of()
                        : appraisals.queue(period.getValue().id()));
    }
}
