package vn.parindex.appraisal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import java.util.Locale;
import vn.parindex.appraisal.ExplanationRequests;
import vn.parindex.appraisal.Explanations;
import vn.parindex.security.CurrentUser;
import vn.parindex.shared.ui.Card;
import vn.parindex.shared.ui.Formats;
import vn.parindex.shell.HomeCards;

/** A focal point's open explanation requests on the home page: how many, by when, a way in. */
@SpringComponent
class ExplanationHomeCards implements HomeCards {

    private final Explanations explanations;

    ExplanationHomeCards(Explanations explanations) {
        this.explanations = explanations;
    }

    @Override
    public int order() {
        return 11;
    }

    @Override
    public List<Component> cardsFor(CurrentUser user) {
        return explanations.dueForCurrentUser().stream()
                .map(ExplanationHomeCards::card)
                .map(Component.class::cast)
                .toList();
    }

    private static Card card(ExplanationRequests requests) {
        UI ui = UI.getCurrent();
        Locale locale = ui.getLocale();
        Card card = new Card(
                ui.getTranslation("home.explanations.title"), requests.period().title(locale));
        card.addClassName("portal-card-explanations");
        card.line(ui.getTranslation(
                "home.explanations.open",
                requests.open(),
                requests.asked(),
                Formats.date(requests.deadline(), locale)));
        Anchor link = new Anchor(
                RouteConfiguration.forSessionScope().getUrl(ExplanationsView.class),
                ui.getTranslation("home.explanations.link"));
        link.setId("home-explanations-link");
        card.add(link);
        return card;
    }
}
