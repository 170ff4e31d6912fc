package vn.parindex.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.parindex.assessment.DueAssessment;
import vn.parindex.assessment.SelfAssessments;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.organization.UnitSummary;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.CurrentUserService;
import vn.parindex.security.Role;
import vn.parindex.shared.ui.Formats;

/** The start page: a welcome, the user's unit, and what each of their roles does in the cycle. */
@Route("")
@Menu(title = "menu.home", order = 0, icon = "vaadin:home")
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    public HomeView(
            CurrentUserService currentUsers,
            OrganizationDirectory organization,
            SelfAssessments selfAssessments,
            Clock clock) {
        addClassName("portal-page");
        setId("home-view");
        CurrentUser user = currentUsers.require();
        H2 welcome = new H2(getTranslation("home.welcome", user.fullName()));
        welcome.setId("home-welcome");
        Span today = new Span(getTranslation("home.today", Formats.date(LocalDate.now(clock), getLocale())));
        today.addClassName("portal-muted");
        add(welcome, today);

        if (user.unitId() != null) {
            UnitSummary unit = organization.unit(user.unitId());
            Div card = card(getTranslation("home.yourUnit"), unit.name(getLocale()));
            card.setId("home-unit");
            if (unit.headName() != null) {
                card.add(
                        new Paragraph(getTranslation("home.headOfUnit", unit.headName(), unit.headTitle(getLocale()))));
            }
            add(card);
        }
        List<DueAssessment> due = selfAssessments.dueForCurrentUser();
        if (!due.isEmpty()) {
            Div dueCards = new Div();
            dueCards.setId("home-due");
            dueCards.addClassName("portal-card-grid");
            due.forEach(open -> dueCards.add(dueCard(open)));
            add(dueCards);
        }
        Div roles = new Div();
        roles.addClassName("portal-card-grid");
        for (Role role : user.roles().stream().sorted().toList()) {
            roles.add(card(getTranslation(role.labelKey()), getTranslation("home.role." + role.name())));
        }
        add(roles);
    }

    /** What the focal point still has to do before the self-assessment deadline, with a way into the sheet. */
    private Div dueCard(DueAssessment due) {
        Div card = card(getTranslation("home.due.title"), due.period().title(getLocale()));
        card.addClassName("portal-card-due");
        card.add(new Paragraph(
                getTranslation("home.due.status", getTranslation(due.status().labelKey()))));
        if (due.deadline() != null) {
            card.add(new Paragraph(
                    due.daysLeft() >= 0
                            ? getTranslation(
                                    "home.due.deadline", Formats.date(due.deadline(), getLocale()), due.daysLeft())
                            : getTranslation("home.due.deadlinePassed", Formats.date(due.deadline(), getLocale()))));
        }
        card.add(new Paragraph(getTranslation(
                "home.due.items",
                due.progress().left(),
                due.progress().applicable(),
                due.progress().evidenceMissing())));
        // By path: the shell does not reach into the assessment module's views.
        String sheet = "self-assessment?period=" + due.period().id();
        Anchor open = new Anchor(sheet, getTranslation("home.due.open"));
        card.add(open);
        return card;
    }

    private Div card(String title, String text) {
        Div card = new Div();
        card.addClassName("portal-card");
        Span heading = new Span(title);
        heading.addClassName("portal-card-title");
        card.add(heading, new Paragraph(text));
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
