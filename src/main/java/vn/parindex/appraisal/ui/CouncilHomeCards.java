package vn.parindex.appraisal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.parindex.appraisal.AppraisalStatus;
import vn.parindex.appraisal.CouncilAgenda;
import vn.parindex.appraisal.CouncilAgendaEntry;
import vn.parindex.security.CurrentUser;
import vn.parindex.shared.ui.Card;
import vn.parindex.shell.HomeCards;

/**
 * A council member's home page: per period, their assigned units by appraisal state with the way to
 * the queue, and the blocks awaiting their vote with the way to the vote.
 */
@SpringComponent
class CouncilHomeCards implements HomeCards {

    private final CouncilAgenda agenda;

    CouncilHomeCards(CouncilAgenda agenda) {
        this.agenda = agenda;
    }

    @Override
    public int order() {
        return 12;
    }

    @Override
    public List<Component> cardsFor(CurrentUser user) {
        return agenda.forCurrentUser().stream()
                .map(CouncilHomeCards::card)
                .map(Component.class::cast)
                .toList();
    }

    private static Card card(CouncilAgendaEntry entry) {
        UI ui = UI.getCurrent();
        Locale locale = ui.getLocale();
        long periodId = entry.period().id();
        Card card =
                new Card(ui.getTranslation("home.council.title"), entry.period().title(locale));
        card.addClassName("portal-card-council");
        card.setId("home-council-" + periodId);
        if (entry.units() > 0) {
            card.line(ui.getTranslation("home.council.units", entry.units()));
            card.line(entry.unitsByState().entrySet().stream()
                    .map(state -> ui.getTranslation(state.getKey().labelKey()) + ": " + state.getValue())
                    .collect(Collectors.joining(" · ")));
            Anchor queue = new Anchor(
                    RouteConfiguration.forSessionScope().getUrl(AppraisalQueueView.class) + "?period=" + periodId,
                    ui.getTranslation(
                            entry.unitsByState().get(AppraisalStatus.FINAL) == entry.units()
                                    ? "home.council.queueDone"
                                    : "home.council.queue"));
            queue.setId("home-council-queue-" + periodId);
            card.add(queue);
        }
        if (!entry.awaitingVote().isEmpty()) {
            card.line(ui.getTranslation(
                    "home.council.awaitingVote",
                    entry.awaitingVote().stream()
                            .map(block -> block.blockName(locale))
                            .collect(Collectors.joining(", "))));
            Anchor vote = new Anchor(
                    RouteConfiguration.forSessionScope().getUrl(CouncilVoteView.class) + "?period=" + periodId,
                    ui.getTranslation("home.council.vote"));
            vote.setId("home-council-vote-" + periodId);
            card.add(vote);
        }
        return card;
    }
}
