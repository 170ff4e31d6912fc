package vn.parindex.assessment.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import vn.parindex.assessment.UnitQuestions;
import vn.parindex.shared.ui.Formats;

/** Above the sheet: how many of the council's questions are open and by when, and where to answer them. */
class SheetQuestionsBanner extends Div {

    SheetQuestionsBanner() {
        setId("sa-questions");
        addClassName("sa-questions-banner");
        setVisible(false);
    }

    void show(UnitQuestions questions) {
        removeAll();
        setVisible(questions != null);
        if (questions == null) {
            return;
        }
        add(VaadinIcon.COMMENTS.create());
        String text;
        if (questions.asked() == 0) {
            text = getTranslation("sa.questions.commentsOnly", questions.items().size());
        } else if (questions.answerable()) {
            text = getTranslation(
                    "sa.questions.open",
                    questions.open(),
                    questions.asked(),
                    Formats.date(questions.deadline(), getLocale()));
        } else {
            text = getTranslation("sa.questions.closed", questions.asked(), getTranslation(questions.stateKey()));
        }
        Span message = new Span(text);
        message.setId("sa-questions-text");
        add(message);
        if (questions.answerLink() != null && questions.asked() > 0) {
            Anchor link = new Anchor(questions.answerLink(), getTranslation("sa.questions.link"));
            link.setId("sa-questions-link");
            add(link);
        }
    }
}
