package vn.parindex.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import vn.parindex.appraisal.ExplanationRequests;
import vn.parindex.assessment.DueAssessment;
import vn.parindex.dashboard.Dashboards;
import vn.parindex.dashboard.UnitDashboard;
import vn.parindex.security.Role;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.ui.Formats;
import vn.parindex.shared.ui.Messages;

/**
 * A focal point's own unit at a glance: index and rank over the years, area indices against the
 * block's average (latest published year), and what is due now. {@code ?unit=ID} naming another unit
 * is refused by the service.
 */
@Route("dashboard/unit")
@Menu(title = "menu.unitDashboard", order = 1, icon = "vaadin:dashboard")
@RolesAllowed(Role.Names.FOCAL_POINT)
public class UnitDashboardView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** The self-assessment and explanation screens (other modules' views, reached by their routes). */
    static final String SELF_ASSESSMENT_ROUTE = "self-assessment";

    static final String EXPLANATIONS_ROUTE = "explanations";

    private final transient Dashboards dashboards;
    private final H2 title = new H2();
    private final Div facts = new Div();
    private final Div charts = new Div();
    private final Div due = new Div();

    public UnitDashboardView(Dashboards dashboards) {
        this.dashboards = dashboards;
        setId("unit-dashboard-view");
        addClassName("portal-page");
        title.setText(getTranslation("dashboard.unit.title"));
        facts.setId("unit-dashboard-facts");
        facts.addClassName("dashboard-status");
        charts.setId("unit-dashboard-charts");
        charts.addClassName("dashboard-grid");
        charts.setWidthFull();
        due.setId("unit-dashboard-due");
        add(title, facts, charts, due);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> asked = event.getLocation().getQueryParameters().getSingleParameter("unit");
        Long unitId;
        try {
            unitId = asked.map(Long::parseLong).orElse(null);
        } catch (NumberFormatException e) {
            unitId = -1L;
        }
        try {
            show(dashboards.unit(unitId));
        } catch (AccessDeniedException denied) {
            problem(getTranslation("dashboard.unit.denied"));
        } catch (BusinessRuleException refusal) {
            problem(Messages.of(this, refusal));
        }
    }

    private void problem(String text) {
        facts.removeAll();
        charts.removeAll();
        due.removeAll();
        Paragraph message = new Paragraph(text);
        message.setId("dashboard-denied");
        facts.add(message);
    }

    private void show(UnitDashboard dashboard) {
        Locale locale = getLocale();
        DashboardCharts.Texts t = this::getTranslation;
        title.setText(getTranslation("dashboard.unit.titleOf", dashboard.unit().name(locale)));
        facts.removeAll();
        charts.removeAll();
        due.removeAll();
        if (dashboard.latest() != null) {
            facts.add(new Span(getTranslation(
                    "dashboard.unit.latest",
                    String.valueOf(dashboard.latestYear()),
                    Formats.score(dashboard.latest().index(), locale),
                    dashboard.latest().rank(),
                    dashboard.latest().band() == null
                            ? getTranslation("dashboard.noBand")
                            : dashboard.latest().band().name(locale),
                    DashboardCharts.change(dashboard.latest(), t))));
        } else {
            facts.add(new Span(getTranslation("dashboard.unit.noResults")));
        }
        if (!dashboard.history().isEmpty()) {
            charts.add(new ChartPanel(DashboardCharts.unitHistory(dashboard.history(), t), locale));
        }
        if (dashboard.latestPeriodId() != null && !dashboard.areas().isEmpty()) {
            charts.add(new ChartPanel(
                    DashboardCharts.unitAreas(
                            dashboard.latestPeriodId(),
                            dashboard.areas(),
                            dashboard.latest(),
                            dashboard.averages(),
                            t,
                            locale),
                    locale));
        }
        due.add(new H3(getTranslation("dashboard.unit.due")));
        UnorderedList list = new UnorderedList();
        list.setId("unit-dashboard-due-list");
        for (DueAssessment assessment : dashboard.dueAssessments()) {
            ListItem item = new ListItem();
            item.add(new Anchor(
                    SELF_ASSESSMENT_ROUTE,
                    getTranslation(
                            "dashboard.unit.dueAssessment",
                            assessment.period().title(locale),
                            Formats.date(assessment.deadline(), locale),
                            assessment.daysLeft(),
                            assessment.progress().scored(),
                            assessment.progress().applicable())));
            list.add(item);
        }
        for (ExplanationRequests requests : dashboard.dueExplanations()) {
            ListItem item = new ListItem();
            item.add(new Anchor(
                    EXPLANATIONS_ROUTE,
                    getTranslation(
                            "dashboard.unit.dueExplanations",
                            requests.period().title(locale),
                            requests.open(),
                            Formats.date(requests.deadline(), locale))));
            list.add(item);
        }
        if (list.getChildren().findAny().isEmpty()) {
            list.add(new ListItem(getTranslation("dashboard.unit.nothingDue")));
        }
        due.add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.unit.title");
    }
}
