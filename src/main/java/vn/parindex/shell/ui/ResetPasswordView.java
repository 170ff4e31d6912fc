package vn.parindex.shell.ui;

import com.vaadin.flow.component.UI;
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
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Optional;
import vn.parindex.security.PasswordPolicy;
import vn.parindex.security.PasswordResets;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.Locales;
import vn.parindex.shared.ui.Messages;

/**
 * Where a forgotten-password link leads: a new password for the account, once, on a page in the
 * account's language. The token leaves the address bar as soon as the page is open. An unknown, expired, used or revoked link gets one message
 * and a way to ask for a new one.
 */
@StyleSheet(PortalAppShell.STYLE_SHEET)
@Route(value = PasswordResets.RESET_ROUTE, autoLayout = false)
@AnonymousAllowed
public class ResetPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The login page's query parameter that confirms a password was just set. */
    static final String DONE_PARAMETER = "password-reset";

    private final transient PasswordResets passwordResets;
    private final Div panel = new Div();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private String token;

    public ResetPasswordView(PasswordResets passwordResets) {
        this.passwordResets = passwordResets;
        addClassName("portal-login");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        panel.addClassName("portal-login-panel");
        panel.setId("reset-panel");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation()
                .getQueryParameters()
                .getParameters()
                .getOrDefault(PasswordResets.TOKEN_PARAMETER, List.of(""))
                .get(0);
        UI ui = event.getUI();
        ui.getPage().getHistory().replaceState(null, PasswordResets.RESET_ROUTE);
        Optional<PasswordResets.ResetAccount> account = passwordResets.accountFor(token);
        // The page, and the login page after it, speak the account's language.
        account.ifPresent(owner -> {
            ui.getSession().setAttribute(Locales.SESSION_ATTRIBUTE, owner.locale());
            ui.setLocale(owner.locale());
        });
        removeAll();
        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("portal-login-title");
        Div heading = new Div(VaadinIcon.CHART_GRID.create(), title);
        heading.addClassName("portal-login-heading");
        add(heading, panel);
        account.ifPresentOrElse(owner -> showForm(owner.username()), this::showInvalid);
    }

    private void showForm(String username) {
        panel.removeAll();
        panel.add(new H2(getTranslation("reset.title")));
        Paragraph account = new Paragraph(getTranslation("reset.account", username));
        account.setId("reset-account");
        password.setLabel(getTranslation("password.new"));
        password.setId("reset-password");
        password.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
        repeat.setLabel(getTranslation("password.repeat"));
        repeat.setId("reset-repeat");
        for (PasswordField field : new PasswordField[] {password, repeat}) {
            field.setRequired(true);
            field.setWidthFull();
        }
        Button save = new Button(getTranslation("reset.save"), event -> save());
        save.setId("reset-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setWidthFull();
        panel.add(account, password, repeat, save);
    }

    private void save() {
        password.setInvalid(false);
        repeat.setInvalid(false);
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setInvalid(true);
            repeat.setErrorMessage(getTranslation("password.mismatch"));
            return;
        }
        try {
            passwordResets.reset(token, password.getValue());
        } catch (BusinessRuleException refusal) {
            if ("passwordReset.invalidLink".equals(refusal.messageKey())) {
                showInvalid();
            } else {
                password.setInvalid(true);
                password.setErrorMessage(Messages.of(this, refusal));
            }
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(LoginView.class, QueryParameters.of(DONE_PARAMETER, "")));
    }

    private void showInvalid() {
        panel.removeAll();
        panel.add(new H2(getTranslation("reset.title")));
        Paragraph invalid = new Paragraph(getTranslation("passwordReset.invalidLink"));
        invalid.setId("reset-invalid");
        RouterLink again = new RouterLink(getTranslation("reset.requestNew"), ForgotPasswordView.class);
        again.setId("reset-request-new");
        panel.add(invalid, again);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.pageTitle");
    }
}
