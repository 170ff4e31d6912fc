package vn.parindex.appraisal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.parindex.appraisal.ExplanationItem;
import vn.parindex.appraisal.ExplanationRequests;
import vn.parindex.appraisal.Explanations;
import vn.parindex.assessment.EvidenceSummary;
import vn.parindex.period.PeriodDirectory;
import vn.parindex.period.PeriodSummary;
import vn.parindex.period.Phase;
import vn.parindex.security.Role;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.TextLimits;
import vn.parindex.shared.ui.Formats;
import vn.parindex.shared.ui.Messages;
import vn.parindex.shared.ui.Notifications;

/**
 * The unit's answers to the council: each question and comment addressed to it, an answer with
 * evidence from its library per question, and one submission of all answers before the deadline.
 */
@Route("explanations")
@Menu(title = "menu.explanations", order = 7, icon = "vaadin:comments")
@RolesAllowed(Role.Names.FOCAL_POINT)
public class ExplanationsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient Explanations explanations;
    private final transient PeriodDirectory periods;
    private final Select<PeriodSummary> period = new Select<>();
    private final Div heading = new Div();
    private final VerticalLayout items = new VerticalLayout();
    private final Button submit = new Button();
    private transient ExplanationRequests requests;

    public ExplanationsView(Explanations explanations, PeriodDirectory periods) {
        this.explanations = explanations;
        this.periods = periods;
        setId("explanations-view");
        addClassName("portal-page");
        period.setId("ex-period");
        period.setLabel(getTranslation("criteria.period"));
        period.setItemLabelGenerator(
                item -> item.year() + " · " + getTranslation(item.phase().labelKey()));
        period.addValueChangeListener(event -> load());
        heading.setId("ex-heading");
        items.setId("ex-items");
        items.setPadding(false);
        submit.setId("ex-submit");
        submit.setText(getTranslation("explanations.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        submit.addClickListener(event -> run(() -> {
            explanations.submit(requests.appraisalId(), requests.version());
            Notifications.success(getTranslation("explanations.submitted"));
        }));
        add(new H2(getTranslation("explanations.title")), period, heading, items, submit);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("explanations.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<PeriodSummary> open = periods.periods().stream()
                .filter(candidate -> candidate.phase().isAtLeast(Phase.EXPLANATION))
                .toList();
        period.setItems(open);
        String wanted = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("period")
                .orElse("");
        if (!open.isEmpty()) {
            period.setValue(open.stream()
                    .filter(candidate -> String.valueOf(candidate.id()).equals(wanted))
                    .findFirst()
                    .orElse(open.get(0)));
        } else {
            load();
        }
    }

    private void load() {
        items.removeAll();
        Optional<ExplanationRequests> found = period.getValue() == null
                ? Optional.empty()
                : explanations.requests(period.getValue().id());
        requests = found.orElse(null);
        if (requests == null || requests.items().isEmpty()) {
            heading.setText(getTranslation("explanations.none"));
            submit.setVisible(false);
            return;
        }
        String state = requests.lockReason() == null
                ? getTranslation(
                        "explanations.open",
                        requests.open(),
                        requests.asked(),
                        Formats.date(requests.deadline(), getLocale()))
                : getTranslation(requests.lockReason());
        heading.setText(getTranslation(requests.status().labelKey()) + " · " + state);
        submit.setVisible(requests.answerable());
        for (ExplanationItem item : requests.items()) {
            items.add(card(item));
        }
    }

    private Div card(ExplanationItem item) {
        Div card = new Div();
        card.addClassName("ex-card");
        card.setId("ex-item-" + item.code());
        card.add(new H3(item.code() + " " + item.name(getLocale())));
        if (item.comment() != null) {
            card.add(new Div(new Span(getTranslation("appraisal.item.comment") + ": " + item.comment())));
        }
        if (item.appraisedScore() != null || item.finalScore() != null) {
            card.add(new Div(new Span(getTranslation(
                    "explanations.scores",
                    Formats.score(item.selfScore(), getLocale()),
                    Formats.score(item.appraisedScore(), getLocale()),
                    Formats.score(item.finalScore(), getLocale())))));
        }
        if (!item.asked()) {
            return card;
        }
        card.add(new Div(new Span(getTranslation("appraisal.item.question") + ": " + item.question())));
        TextArea answer = new TextArea(getTranslation("appraisal.item.answer"));
        answer.setId("ex-answer-" + item.code());
        answer.setWidthFull();
        answer.setMaxLength(TextLimits.NOTE);
        answer.setValue(item.answer() == null ? "" : item.answer());
        MultiSelectComboBox<EvidenceSummary> evidence =
                new MultiSelectComboBox<>(getTranslation("explanations.evidence"));
        evidence.setId("ex-evidence-" + item.code());
        evidence.setItems(requests.library());
        evidence.setItemLabelGenerator(entry -> entry.title() == null ? entry.fileName() : entry.title());
        evidence.setValue(requests.library().stream()
                .filter(entry -> item.answerEvidenceIds().contains(entry.id()))
                .collect(Collectors.toSet()));
        evidence.setWidthFull();
        boolean editable = requests.answerable();
        answer.setReadOnly(!editable);
        evidence.setReadOnly(!editable);
        card.add(answer, evidence);
        if (editable) {
            Button save = new Button(getTranslation("explanations.saveAnswer"));
            save.setId("ex-save-" + item.code());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(event -> run(() -> {
                Set<Long> ids =
                        evidence.getValue().stream().map(EvidenceSummary::id).collect(Collectors.toSet());
                explanations.answer(requests.appraisalId(), item.nodeId(), item.version(), answer.getValue(), ids);
                Notifications.success(getTranslation("explanations.answerSaved"));
            }));
            card.add(save);
        }
        return card;
    }

    private void run(Runnable action) {
        try {
            action.run();
        } catch (BusinessRuleException refusal) {
            Notifications.error(Messages.of(this, refusal));
        }
        load();
    }
}
