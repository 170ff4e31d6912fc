package vn.parindex.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import java.util.Locale;
import vn.parindex.assessment.DueAssessment;
import vn.parindex.assessment.SelfAssessments;
import vn.parindex.security.CurrentUser;
import vn.parindex.shared.ui.Card;
import vn.parindex.shared.ui.Formats;
import vn.parindex.shell.HomeCards;

/** A focal point's open self-assessments on the home page: status, deadline, what is left, a way in. */
@SpringComponent
class SelfAssessmentHomeCards implements HomeCards {

    private final SelfAssessments selfAssessments;

    SelfAssessmentHomeCards(SelfAssessments selfAssessments) {
        this.selfAssessments = selfAssessments;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<Component> cardsFor(CurrentUser user) {
        return selfAssessments.dueForCurrentUser().stream()
                .map(SelfAssessmentHomeCards::card)
                .map(Component.class::cast)
                .toList();
    }

    private static Card card(DueAssessment due) {
        UI ui = UI.getCurrent();
        Locale locale = ui.getLocale();
        Card card = new Card(ui.getTranslation("home.due.title"), due.period().title(locale));
        card.addClassName("portal-card-due");
        card.line(ui.getTranslation(
                "home.due.status", ui.getTranslation(due.status().labelKey())));
        if (due.deadline() != null) {
            card.line(
                    due.daysLeft() >= 0
                            ? ui.getTranslation(
                                    "home.due.deadline", Formats.date(due.deadline(), locale), due.daysLeft())
                            : ui.getTranslation("home.due.deadlinePassed", Formats.date(due.deadline(), locale)));
        }
        card.line(ui.getTranslation(
                "home.due.items",
                due.progress().left(),
                due.progress().applicable(),
                due.progress().evidenceMissing()));
        String sheet = RouteConfiguration.forSessionScope().getUrl(SelfAssessmentView.class) + "?period="
                + due.period().id();
        card.add(new Anchor(sheet, ui.getTranslation("home.due.open")));
        return card;
    }
}
