package vn.parindex.shell.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.security.PasswordResets;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.TextLimits;
import vn.parindex.shared.ui.Messages;
import vn.parindex.shared.ui.Notifications;

/**
 * Asks for a forgotten-password link by user name or e-mail. The answer is the same whatever was
 * typed, so the page never tells whether an account exists.
 */
@StyleSheet(PortalAppShell.STYLE_SHEET)
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
public class ForgotPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient AuthenticationContext authentication;
    private final transient PasswordResets passwordResets;
    private final Div panel = new Div();
    private final TextField identifier = new TextField();
    private final String agency;

    public ForgotPasswordView(
            AuthenticationContext authentication, PasswordResets passwordResets, OrganizationDirectory organization) {
        this.agency = organization.agency(getLocale()).orElseGet(() -> getTranslation("agency.unset"));
        this.authentication = authentication;
        this.passwordResets = passwordResets;
        addClassName("portal-login");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("portal-login-title");
        Div heading = new Div(VaadinIcon.CHART_GRID.create(), title);
        heading.addClassName("portal-login-heading");

        panel.addClassName("portal-login-panel");
        panel.setId("forgot-panel");
        panel.add(new H2(getTranslation("forgot.title")));
        if (passwordResets.available()) {
            showForm();
        } else {
            Paragraph unavailable = new Paragraph(getTranslation("forgot.unavailable", agency));
            unavailable.setId("forgot-unavailable");
            panel.add(unavailable);
        }
        RouterLink back = new RouterLink(getTranslation("forgot.backToLogin"), LoginView.class);
        back.setId("forgot-back");
        add(heading, panel, back);
    }

    private void showForm() {
        Paragraph intro = new Paragraph(
                getTranslation("forgot.intro", passwordResets.validity().toMinutes()));
        intro.addClassName("portal-muted");
        identifier.setLabel(getTranslation("forgot.identifier"));
        identifier.setId("forgot-identifier");
        identifier.setRequiredIndicatorVisible(true);
        identifier.setMaxLength(TextLimits.EMAIL);
        identifier.setWidthFull();
        identifier.focus();
        Button send = new Button(getTranslation("forgot.send"), event -> send());
        send.setId("forgot-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        send.setWidthFull();
        panel.add(intro, identifier, send);
    }

    private void send() {
        if (identifier.getValue().isBlank()) {
            identifier.setInvalid(true);
            identifier.setErrorMessage(getTranslation("forgot.identifier.required"));
            return;
        }
        try {
            passwordResets.request(identifier.getValue());
        } catch (BusinessRuleException refusal) {
            Notifications.error(Messages.of(this, refusal));
            return;
        }
        panel.removeAll();
        panel.add(new H2(getTranslation("forgot.title")));
        Paragraph answer = new Paragraph(
                getTranslation("forgot.answer", passwordResets.validity().toMinutes(), agency));
        answer.setId("forgot-answer");
        panel.add(answer);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forgot.pageTitle");
    }
}
