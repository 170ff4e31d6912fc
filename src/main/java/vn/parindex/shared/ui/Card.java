package vn.parindex.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** A titled card as the home page and summaries show it (styled by portal.css). */
public class Card extends Div {

    public Card(String title, String... lines) {
        addClassName("portal-card");
        Span heading = new Span(title);
        heading.addClassName("portal-card-title");
        add(heading);
        for (String line : lines) {
            add(new Paragraph(line));
        }
    }

    public Card line(String text) {
        add(new Paragraph(text));
        return this;
    }
}
