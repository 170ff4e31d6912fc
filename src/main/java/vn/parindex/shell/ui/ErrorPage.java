package vn.parindex.shell.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The common look of the portal's error pages: an icon, a title, a sentence and a way home. */
@StyleSheet(PortalAppShell.STYLE_SHEET)
abstract class ErrorPage extends VerticalLayout {

    protected final H2 title = new H2();
    protected final Paragraph explanation = new Paragraph();

    ErrorPage(VaadinIcon icon) {
        addClassName("portal-error-page");
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        setSizeFull();
        Icon symbol = icon.create();
        symbol.setSize("48px");
        Anchor home = new Anchor("", getTranslation("error.backHome"));
        home.setId("error-home-link");
        add(symbol, title, explanation, home);
    }
}
